"""Every action of the app window in one declarative table.

Menus, the toolbar, context menus and the Help > Keyboard shortcuts sheet are all generated
from `ACTIONS`, so a shortcut is written down once and the sheet can never drift from the menus.
Texts are marked with QT_TRANSLATE_NOOP for lupdate and translated when the QActions are made.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar

from codesign.canvas.style import COLOUR_NAMES
from codesign.model.palette import STICKY_PALETTE

CONTEXT = "actions"


@dataclass(frozen=True)
class ActionSpec:
    key: str
    text: str
    menu: str
    shortcuts: tuple[str, ...] = ()
    tip: str = ""
    toolbar: bool = False
    checkable: bool = False
    separator_before: bool = False
    short: str = ""
    """A shorter text for the toolbar button, where the menu text would be too wide."""


def _spec(
    key: str,
    text: str,
    menu: str,
    *shortcuts: str,
    tip: str = "",
    toolbar: bool = False,
    checkable: bool = False,
    separator_before: bool = False,
    short: str = "",
) -> ActionSpec:
    return ActionSpec(key, text, menu, shortcuts, tip, toolbar, checkable, separator_before, short)


MENUS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("actions", "&File")),
    ("edit", QT_TRANSLATE_NOOP("actions", "&Edit")),
    ("insert", QT_TRANSLATE_NOOP("actions", "&Insert")),
    ("colour", QT_TRANSLATE_NOOP("actions", "&Colour")),
    ("arrange", QT_TRANSLATE_NOOP("actions", "&Arrange")),
    ("themes", QT_TRANSLATE_NOOP("actions", "&Themes")),
    ("journey", QT_TRANSLATE_NOOP("actions", "&Journey")),
    ("voting", QT_TRANSLATE_NOOP("actions", "V&oting")),
    ("view", QT_TRANSLATE_NOOP("actions", "&View")),
    ("present", QT_TRANSLATE_NOOP("actions", "&Present")),
    ("help", QT_TRANSLATE_NOOP("actions", "&Help")),
)

FEELING_NAMES: dict[str, str] = {
    "very_negative": QT_TRANSLATE_NOOP("actions", "Feels very bad"),
    "negative": QT_TRANSLATE_NOOP("actions", "Feels bad"),
    "neutral": QT_TRANSLATE_NOOP("actions", "Feels neither good nor bad"),
    "positive": QT_TRANSLATE_NOOP("actions", "Feels good"),
    "very_positive": QT_TRANSLATE_NOOP("actions", "Feels very good"),
    "none": QT_TRANSLATE_NOOP("actions", "No feeling"),
}
"""A note's feeling, -2..+2, in words: the journey map's emotion scale for one note."""

_T = QT_TRANSLATE_NOOP
ACTIONS: tuple[ActionSpec, ...] = (
    _spec("new", _T("actions", "&New board"), "file", "Ctrl+N"),
    _spec("new_from_template", _T("actions", "New from &template…"), "file", "Ctrl+Shift+N",
          tip=_T("actions", "Start a board from a journey map, empathy map or other template")),
    _spec("open", _T("actions", "&Open…"), "file", "Ctrl+O"),
    _spec("recover", _T("actions", "Re&cover unsaved boards…"), "file",
          tip=_T("actions", "Boards that Codesign could not save before it closed")),
    _spec("join_room", _T("actions", "&Join room…"), "file",
          tip=_T("actions", "Edit a board another Codesign hosts on this network, together")),
    _spec("save", _T("actions", "&Save"), "file", "Ctrl+S", separator_before=True),
    _spec("save_as", _T("actions", "Save &As…"), "file", "Ctrl+Shift+S"),
    _spec("import", _T("actions", "&Import…"), "file", "Ctrl+I", separator_before=True,
          tip=_T("actions", "Make a new board from JSON Canvas, CSV, plain text or a PDF")),
    _spec("insert_picture", _T("actions", "Insert &picture…"), "file", "Ctrl+Shift+I",
          tip=_T("actions", "Put photos or images (JPEG, PNG, WebP, HEIC) on the board")),
    _spec("export", _T("actions", "&Export…"), "file", "Ctrl+E",
          tip=_T("actions", "Save the board as PDF, PNG, JSON Canvas, CSV or Markdown")),
    _spec("quit", _T("actions", "&Quit"), "file", "Ctrl+Q", separator_before=True),
    _spec("undo", _T("actions", "&Undo"), "edit", "Ctrl+Z", toolbar=True,
          short=_T("actions", "Undo")),
    _spec("redo", _T("actions", "&Redo"), "edit", "Ctrl+Shift+Z", "Ctrl+Y", toolbar=True,
          short=_T("actions", "Redo")),
    _spec("cut", _T("actions", "Cu&t"), "edit", "Ctrl+X", separator_before=True),
    _spec("copy", _T("actions", "&Copy"), "edit", "Ctrl+C"),
    _spec("paste", _T("actions", "&Paste"), "edit", "Ctrl+V",
          tip=_T("actions", "Paste items, or one note per line of copied text")),
    _spec("duplicate", _T("actions", "&Duplicate"), "edit", "Ctrl+D"),
    _spec("delete", _T("actions", "De&lete"), "edit", "Delete", "Backspace"),
    _spec("select_all", _T("actions", "Select &All"), "edit", "Ctrl+A", separator_before=True),
    _spec("new_note", _T("actions", "New &note"), "edit", "N", toolbar=True,
          separator_before=True, tip=_T("actions", "Add a sticky note at the pointer")),
    _spec("find", _T("actions", "&Find…"), "edit", "Ctrl+F", toolbar=True, separator_before=True,
          tip=_T("actions", "Find notes by their text")),
    _spec("find_next", _T("actions", "Find ne&xt"), "edit", "F3"),
    _spec("find_previous", _T("actions", "Find pre&vious"), "edit", "Shift+F3"),
    _spec("second_text", _T("actions", "Text in &Welsh and English…"), "edit", "Ctrl+Shift+Y",
          separator_before=True,
          tip=_T("actions", "The selected note, label, theme or map in a second language")),
    _spec("settings", _T("actions", "&Settings…"), "edit", "Ctrl+,", separator_before=True,
          tip=_T("actions", "Autosave, default paper size, projector look and language")),
    _spec("new_text", _T("actions", "&Text"), "insert", "T",
          tip=_T("actions", "Add free text at the pointer and type it")),
    _spec("new_heading", _T("actions", "&Heading"), "insert", "H",
          tip=_T("actions", "Add a heading at the pointer and type it")),
    _spec("connector_tool", _T("actions", "&Connector"), "insert", "C", checkable=True,
          separator_before=True,
          tip=_T("actions", "Drag from one item to another to join them with an arrow")),
    _spec("shape.rectangle", _T("actions", "Rectan&gle"), "insert", "R", checkable=True,
          separator_before=True,
          tip=_T("actions", "Drag on the board to draw a rectangle")),
    _spec("shape.ellipse", _T("actions", "&Ellipse"), "insert", "O", checkable=True,
          tip=_T("actions", "Drag on the board to draw an ellipse")),
    _spec("shape.line", _T("actions", "&Line"), "insert", "Shift+L", checkable=True,
          tip=_T("actions", "Drag on the board to draw a line")),
    _spec("pen", _T("actions", "&Pen"), "insert", "P", checkable=True,
          separator_before=True,
          tip=_T("actions", "Draw freehand ink; a stylus draws with its pressure")),
    _spec("eraser", _T("actions", "E&raser"), "insert", "E", checkable=True,
          tip=_T("actions", "Touch ink strokes to rub them out")),
    _spec("lasso", _T("actions", "L&asso select"), "insert", "L", checkable=True,
          tip=_T("actions", "Draw round strokes and items to select them")),
    _spec("finger_draws", _T("actions", "Draw with &finger"), "insert", checkable=True,
          tip=_T("actions", "On a touchscreen a finger draws with the pen instead of panning")),
    _spec("text.h1", _T("actions", "Heading &1 size"), "insert", separator_before=True),
    _spec("text.h2", _T("actions", "Heading &2 size"), "insert"),
    _spec("text.body", _T("actions", "Bo&dy text size"), "insert"),
    _spec("connector.label", _T("actions", "Edit connector la&bel"), "insert",
          separator_before=True),
    _spec("connector.arrow_start", _T("actions", "Arrowhead at the &start"), "insert",
          tip=_T("actions", "Show or hide the arrowhead where the connector starts")),
    _spec("connector.arrow_end", _T("actions", "Arrowhead at the e&nd"), "insert",
          tip=_T("actions", "Show or hide the arrowhead where the connector ends")),
    *(
        _spec(f"colour.{name}", COLOUR_NAMES[name], "colour", str(number), toolbar=True)
        for number, name in enumerate(STICKY_PALETTE, start=1)
    ),
    _spec("crop_picture", _T("actions", "Cro&p picture"), "arrange", separator_before=True,
          tip=_T("actions", "Drag over the part to keep, then press Enter (Esc cancels)")),
    _spec("lock_background", _T("actions", "Lock as bac&kground"), "arrange",
          tip=_T("actions", "Put the picture under everything, where it cannot be moved")),
    _spec("front", _T("actions", "Bring to &front"), "arrange", "Ctrl+]",
          separator_before=True),
    _spec("back", _T("actions", "Send to &back"), "arrange", "Ctrl+["),
    _spec("align.left", _T("actions", "Align &left"), "arrange", separator_before=True),
    _spec("align.centre", _T("actions", "Align &centre"), "arrange"),
    _spec("align.right", _T("actions", "Align &right"), "arrange"),
    _spec("align.top", _T("actions", "Align &top"), "arrange", separator_before=True),
    _spec("align.middle", _T("actions", "Align &middle"), "arrange"),
    _spec("align.bottom", _T("actions", "Align b&ottom"), "arrange"),
    _spec("distribute.horizontal", _T("actions", "Distribute &horizontally"), "arrange",
          separator_before=True),
    _spec("distribute.vertical", _T("actions", "Distribute &vertically"), "arrange"),
    _spec("group", _T("actions", "&Group into theme"), "themes", "Ctrl+G", toolbar=True,
          short=_T("actions", "Group"),
          tip=_T("actions", "Make a theme cluster of the selected notes")),
    _spec("draw_theme", _T("actions", "&Draw empty theme"), "themes",
          tip=_T("actions", "Drag out a rectangle on the board to make an empty theme")),
    _spec("rename_theme", _T("actions", "&Rename theme"), "themes", "Ctrl+R"),
    _spec("recolour_theme", _T("actions", "Re&colour theme"), "themes",
          tip=_T("actions", "Give the theme the next theme colour")),
    _spec("tidy_theme", _T("actions", "&Tidy theme"), "themes", "Ctrl+Shift+T",
          tip=_T("actions", "Arrange the theme's notes in a neat grid and fit the theme to them")),
    _spec("sort_by_votes", _T("actions", "Sort theme by &votes"), "themes",
          tip=_T("actions", "Lay the theme's notes out most-voted first")),
    _spec("ungroup", _T("actions", "&Ungroup"), "themes", "Ctrl+Shift+G", separator_before=True,
          tip=_T("actions", "Remove the theme and keep its notes where they are")),
    _spec("delete_theme", _T("actions", "Delete theme, &keep notes"), "themes"),
    _spec("delete_theme_notes", _T("actions", "Delete theme &with its notes"), "themes"),
    _spec("suggest_themes", _T("actions", "&Suggest themes…"), "themes", separator_before=True,
          tip=_T("actions", "Propose themes for unclustered notes by the words they share")),
    _spec("themes_panel", _T("actions", "Themes &panel"), "themes", checkable=True,
          separator_before=True, tip=_T("actions", "List the themes and their notes to read out")),
    _spec("new_journey", _T("actions", "New &journey map"), "journey",
          tip=_T("actions", "Add a journey map, stages across and lanes down, at the pointer")),
    _spec("journey.rename_map", _T("actions", "Rename &map"), "journey", separator_before=True),
    _spec("journey.rename_stage", _T("actions", "Rename &stage"), "journey"),
    _spec("journey.rename_lane", _T("actions", "Rename &lane"), "journey"),
    _spec("journey.stage_before", _T("actions", "Insert stage &before"), "journey",
          separator_before=True),
    _spec("journey.stage_after", _T("actions", "Insert stage &after"), "journey"),
    _spec("journey.stage_left", _T("actions", "Move stage lef&t"), "journey"),
    _spec("journey.stage_right", _T("actions", "Move stage &right"), "journey"),
    _spec("journey.remove_stage", _T("actions", "Remove stage (&keep its notes)"), "journey",
          tip=_T("actions", "The stage's notes wait in a row below the map")),
    _spec("journey.remove_stage_notes", _T("actions", "Remove stage and its &notes"), "journey"),
    _spec("journey.lane_above", _T("actions", "Add lane ab&ove"), "journey",
          separator_before=True),
    _spec("journey.lane_below", _T("actions", "Add lane b&elow"), "journey"),
    _spec("journey.lane_up", _T("actions", "Move lane &up"), "journey"),
    _spec("journey.lane_down", _T("actions", "Move lane &down"), "journey"),
    _spec("journey.remove_lane", _T("actions", "Remove lane (kee&p its notes)"), "journey",
          tip=_T("actions", "The lane's notes wait in a row below the map")),
    _spec("journey.remove_lane_notes", _T("actions", "Remove lane and &its notes"), "journey"),
    *(
        _spec(f"feeling.{key}", text, "journey", separator_before=key == "very_negative")
        for key, text in FEELING_NAMES.items()
    ),
    _spec("start_round", _T("actions", "&Start voting round…"), "voting"),
    _spec("voting_mode", _T("actions", "&Voting mode"), "voting", "Ctrl+Shift+D", checkable=True,
          toolbar=True, short=_T("actions", "Vote"),
          tip=_T("actions", "Tap a note to place the current voter's dot")),
    _spec("reveal_tally", _T("actions", "&Reveal tally"), "voting",
          tip=_T("actions", "Show everyone's dots and the totals")),
    _spec("close_round", _T("actions", "&Close round"), "voting",
          tip=_T("actions", "Stop voting and show the results")),
    _spec("results_on_board", _T("actions", "Show res&ults on the board"), "voting",
          tip=_T("actions", "The top notes and their votes on the board, as a frame to present")),
    _spec("show_votes", _T("actions", "Show votes on the &board"), "voting", checkable=True,
          separator_before=True),
    _spec("voting_panel", _T("actions", "Voting &panel"), "voting", checkable=True,
          tip=_T("actions", "Participants, whose turn it is, dots left and results")),
    _spec("zoom_out", _T("actions", "Zoom &out"), "view", "Ctrl+-", toolbar=True),
    _spec("zoom_in", _T("actions", "Zoom &in"), "view", "Ctrl+=", "Ctrl++", toolbar=True),
    _spec("zoom_reset", _T("actions", "&Actual size (100 %)"), "view", "Ctrl+0"),
    _spec("fit_board", _T("actions", "Fit &board"), "view", "Shift+1", toolbar=True,
          separator_before=True, short=_T("actions", "Fit")),
    _spec("fit_selection", _T("actions", "Fit &selection"), "view", "Shift+2"),
    _spec("minimap", _T("actions", "&Minimap"), "view", "Ctrl+Shift+M", checkable=True,
          separator_before=True, tip=_T("actions", "Show a small overview of the whole board")),
    _spec("snap", _T("actions", "S&nap to grid"), "view", checkable=True,
          tip=_T("actions", "Line notes up on the grid as they are moved")),
    _spec("touch_toolbar", _T("actions", "&Touch toolbar"), "view", checkable=True,
          tip=_T("actions", "Big buttons on the board for the people at the touchscreen")),
    _spec("present", _T("actions", "&Present"), "present", "F5", toolbar=True,
          tip=_T("actions", "Show the frames one by one; arrows or a clicker move, Escape leaves")),
    _spec("frames_panel", _T("actions", "&Frames panel"), "present", checkable=True,
          tip=_T("actions", "The presentation order: reorder, jump, save the current view")),
    _spec("save_view", _T("actions", "Save current &view as a frame"), "present"),
    _spec("projector", _T("actions", "Pro&jector window"), "present", "Ctrl+Shift+P",
          checkable=True, separator_before=True,
          tip=_T("actions", "The board full screen on the second screen, without toolbars")),
    _spec("projector_follow", _T("actions", "Projector &follows the presentation"), "present",
          checkable=True),
    _spec("projector_contrast", _T("actions", "&High-contrast projector"), "present",
          checkable=True, tip=_T("actions", "A plain white background for washed-out projectors")),
    _spec("projector_large_text", _T("actions", "&Larger text on the projector"), "present",
          checkable=True,
          tip=_T("actions", "Note text never smaller than 24 pixels on the wall")),
    _spec("spotlight", _T("actions", "&Spotlight"), "present", "Ctrl+Shift+H", checkable=True,
          separator_before=True,
          tip=_T("actions", "Dim everything but the frame presented or the theme selected")),
    _spec("blank", _T("actions", "&Blank the wall"), "present", "B", ".", checkable=True,
          tip=_T("actions", "A black wall, as a clicker's blank key asks; again to bring it back")),
    _spec("timer_toggle", _T("actions", "Start or pause the &timer"), "present", "Ctrl+T",
          separator_before=True),
    _spec("timer_add_minute", _T("actions", "&Add a minute to the timer"), "present",
          tip=_T("actions", "One more minute on the running timer, or after time is up")),
    _spec("timer_reset", _T("actions", "&Reset the timer"), "present"),
    _spec("participant_mode", _T("actions", "Participant &mode…"), "present", "Ctrl+Shift+L",
          separator_before=True,
          tip=_T("actions", "Lock the board with a PIN: people add, move and vote, not delete")),
    _spec("room_panel", _T("actions", "R&oom: phones join"), "present", checkable=True,
          separator_before=True,
          tip=_T("actions", "Phones on the local network join this board with a QR code and PIN")),
    _spec("shortcuts", _T("actions", "&Keyboard shortcuts"), "help", "F1", "Ctrl+/"),
    _spec("about", _T("actions", "&About Codesign"), "help", separator_before=True,
          tip=_T("actions", "Version, licences, and where recovery files and settings are kept")),
)  # fmt: skip


def specs_by_key(specs: tuple[ActionSpec, ...]) -> dict[str, ActionSpec]:
    """The table by key; a key written twice is an error when the module loads, where a dict
    would silently keep the later row."""
    found: dict[str, ActionSpec] = {}
    for spec in specs:
        if spec.key in found:
            raise ValueError(f"two rows for action {spec.key!r} in the actions table")
        found[spec.key] = spec
    return found


SPECS: dict[str, ActionSpec] = specs_by_key(ACTIONS)


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def display_text(spec: ActionSpec) -> str:
    """The action's text without mnemonics or ellipsis, as a sheet or tooltip shows it."""
    return translated(spec.text).replace("&", "").rstrip("…")


def build_actions(
    parent: QObject,
    handlers: Mapping[str, Callable[[], object]],
    icons: Mapping[str, QIcon] | None = None,
) -> dict[str, QAction]:
    """One QAction per table row, wired to its handler; `icons` adds the swatches and the like.

    Every row needs exactly one handler and every handler a row: a handler under a key the table
    lacks would never run, so both are errors at start-up rather than a dead menu entry.
    """
    missing = SPECS.keys() - handlers.keys()
    unknown = handlers.keys() - SPECS.keys()
    if missing or unknown:
        raise ValueError(
            f"actions without a handler: {sorted(missing)}; handlers without an action: "
            f"{sorted(unknown)}"
        )
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(parent)
        action.setObjectName(f"action.{spec.key}")
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        action.setCheckable(spec.checkable)
        _label(action, spec)
        if icons and spec.key in icons:
            action.setIcon(icons[spec.key])
            # A menu shows a checkable action's state by framing its icon, which reads less
            # plainly than the tick it draws when there is no icon.
            action.setIconVisibleInMenu(not spec.checkable)
        handler = handlers[spec.key]
        if spec.checkable:
            action.toggled.connect(handler)
        else:
            action.triggered.connect(lambda _checked=False, h=handler: h())
        actions[spec.key] = action
    return actions


def _label(action: QAction, spec: ActionSpec) -> None:
    """The action's texts in the current language: menu text, tooltip, status tip."""
    action.setText(translated(spec.text))
    tip = translated(spec.tip) if spec.tip else display_text(spec)
    if spec.shortcuts:
        native = QKeySequence(spec.shortcuts[0]).toString(QKeySequence.NativeText)
        tip = f"{tip} ({native})"
    action.setStatusTip(tip)
    action.setToolTip(tip)
    action.setIconText(translated(spec.short) if spec.short else "")


def retranslate(actions: Mapping[str, QAction], menus: Mapping[str, QMenu]) -> None:
    """Every action and menu title again in the language just chosen (no restart needed)."""
    for spec in ACTIONS:
        _label(actions[spec.key], spec)
    titles = dict(MENUS)
    for key, menu in menus.items():
        menu.setTitle(translated(titles[key]))


def fill_menu_bar(menu_bar: QMenuBar, actions: Mapping[str, QAction]) -> dict[str, QMenu]:
    menus = {key: menu_bar.addMenu(translated(title)) for key, title in MENUS}
    for spec in ACTIONS:
        menu = menus[spec.menu]
        if spec.separator_before and not menu.isEmpty():
            menu.addSeparator()
        menu.addAction(actions[spec.key])
    return menus


def fill_toolbar(toolbar: QToolBar, actions: Mapping[str, QAction]) -> None:
    """Toolbar groups follow the menus, separated, so related buttons sit together."""
    previous_menu = None
    for spec in ACTIONS:
        if not spec.toolbar:
            continue
        if previous_menu is not None and spec.menu != previous_menu:
            toolbar.addSeparator()
        toolbar.addAction(actions[spec.key])
        previous_menu = spec.menu


def shortcut_rows() -> list[tuple[str, str, str]]:
    """(menu, action, shortcuts) for every action that has a shortcut, in menu order."""
    titles = dict(MENUS)
    rows = []
    for spec in ACTIONS:
        if not spec.shortcuts:
            continue
        keys = ", ".join(QKeySequence(s).toString(QKeySequence.NativeText) for s in spec.shortcuts)
        rows.append((translated(titles[spec.menu]).replace("&", ""), display_text(spec), keys))
    return rows


def joined_handlers(*tables: Mapping[str, Callable[[], object]]) -> dict[str, Callable[[], object]]:
    """The window's action handlers from each controller's table. A key two controllers both
    claim is an error at start-up: with a plain merge the later one silently won."""
    joined: dict[str, Callable[[], object]] = {}
    for table in tables:
        for key, handler in table.items():
            if key in joined:
                raise ValueError(f"two handlers for action {key!r}")
            joined[key] = handler
    return joined
