"""Right-click menus: one for board items, one for empty canvas, built from the actions table.

A right-click on an unselected item selects it first, as in every drawing tool, so the menu
always acts on what the person is looking at. On a locked board, Cut and Delete on the
facilitator's items are shown greyed out: the lock would refuse them, and the same shortcuts
in the Edit menu stay live so that pressing one says why. On empty canvas, New note and Paste
land where the click was rather than where the pointer ends up after choosing from the menu.
"""

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QPointF
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from codesign.canvas.view import BoardView
from codesign.model import Connector, JourneyMap, Label, Note, Shape, Stroke, resolve_colour
from codesign.model.ink import INK_COLOURS
from codesign.model.items import Picture
from codesign.model.kinds import KINDS
from codesign.model.participant_policy import REMOVING_KEYS, removal_refused
from codesign.ui.common.actions import COLOUR_NAMES
from codesign.ui.editing.clipboard_actions import ClipboardActions
from codesign.ui.editing.edit_actions import EditActions
from codesign.ui.editing.ink_names import INK_NAMES

if TYPE_CHECKING:
    from codesign.ui.editing.bilingual_actions import BilingualActions
    from codesign.ui.editing.draw_actions import DrawActions
    from codesign.ui.editing.picture_actions import PictureActions
    from codesign.ui.journeys.journey_actions import JourneyActions

ITEM_KEYS = ["cut", "copy", "paste", "duplicate", "delete", ""]
ARRANGE_KEYS = ["front", "back", "", "fit_selection"]
PICTURE_KEYS = ["crop_picture", "lock_background", ""]
ALIGN_KEYS = [
    "align.left",
    "align.centre",
    "align.right",
    "",
    "align.top",
    "align.middle",
    "align.bottom",
    "",
    "distribute.horizontal",
    "distribute.vertical",
]
CANVAS_KEYS = ["", "select_all", "", "zoom_reset", "fit_board"]
STAGE_KEYS = [
    "journey.rename_stage",
    "journey.stage_before",
    "journey.stage_after",
    "journey.stage_left",
    "journey.stage_right",
    "",
    "journey.remove_stage",
    "journey.remove_stage_notes",
]
LANE_KEYS = [
    "journey.rename_lane",
    "journey.lane_above",
    "journey.lane_below",
    "journey.lane_up",
    "journey.lane_down",
    "",
    "journey.remove_lane",
    "journey.remove_lane_notes",
]
FEELING_KEYS = [
    "feeling.very_positive",
    "feeling.positive",
    "feeling.neutral",
    "feeling.negative",
    "feeling.very_negative",
    "",
    "feeling.none",
]
THEME_KEYS = [
    "group",
    "rename_theme",
    "recolour_theme",
    "tidy_theme",
    "sort_by_votes",
    "",
    "ungroup",
    "delete_theme",
    "delete_theme_notes",
]


TEXT_KEYS = ["text.h1", "text.h2", "text.body", ""]


def _add_connector_entries(
    menu: QMenu, actions: Mapping[str, QAction], connector: Connector, draw: "DrawActions"
) -> None:
    """A connector's label, its arrowheads ticked as they are, and its ink colour."""
    _add(menu, actions, ["connector.label"])
    for key, shown in (
        ("connector.arrow_start", connector.arrow_start),
        ("connector.arrow_end", connector.arrow_end),
    ):
        toggle = menu.addAction(actions[key].text())
        toggle.setCheckable(True)
        toggle.setChecked(shown)
        toggle.triggered.connect(lambda _checked=False, k=key: actions[k].trigger())
    colours = menu.addMenu(QCoreApplication.translate("actions", "Connector &colour"))
    for name, value in INK_COLOURS.items():
        choice = colours.addAction(QCoreApplication.translate("PenBar", INK_NAMES[name]))
        choice.setCheckable(True)
        choice.setChecked(resolve_colour(connector.colour) == value.upper())
        choice.triggered.connect(lambda _checked=False, v=value: draw.recolour_connector(v))
    menu.addSeparator()


def item_id_at(view: BoardView, pos: QPoint) -> str | None:
    """The board item under a viewport position, climbing from child items such as handles."""
    item = view.itemAt(pos)
    while item is not None:
        item_id = getattr(item, "item_id", None)
        if item_id is not None:
            return item_id
        item = item.parentItem()
    return None


def build_context_menu(
    view: BoardView,
    actions: Mapping[str, QAction],
    pos: QPoint,
    edit: EditActions,
    clip: ClipboardActions,
    journeys: "JourneyActions | None" = None,
    bilingual: "BilingualActions | None" = None,
    pictures: "PictureActions | None" = None,
    draw: "DrawActions | None" = None,
) -> QMenu:
    menu = QMenu(view)
    menu.setObjectName("BoardContextMenu")
    scene = view.scene()
    item_id = item_id_at(view, pos)
    record = scene.document.get(item_id) if item_id is not None else None
    if isinstance(record, Picture) and record.background:
        # Out of reach of clicks and rubber bands: the menu is the way to let it go again.
        if pictures is not None:
            unlock = menu.addAction(QCoreApplication.translate("actions", "&Unlock background"))
            unlock.setObjectName("UnlockBackground")
            unlock.triggered.connect(lambda _checked=False: pictures.unlock(record.id))
            menu.addSeparator()
        item_id = None
    if journeys is not None:
        on_note = item_id is not None and isinstance(scene.document.get(item_id), Note)
        _add_journey_menus(menu, actions, journeys, view.mapToScene(pos), on_note, bilingual)
    if item_id is not None:
        if item_id not in scene.selected_ids():
            scene.select_ids([item_id])
        record = scene.document.get(item_id)
        if draw is not None and isinstance(record, Connector):
            _add_connector_entries(menu, actions, record, draw)
        elif isinstance(record, Label):
            _add(menu, actions, TEXT_KEYS)
        if bilingual is not None and not isinstance(
            record, JourneyMap | Connector | Shape | Stroke
        ):
            bilingual.entries(menu, item_id)
            menu.addSeparator()
        _add(menu, actions, ITEM_KEYS, refused=_refused_here(view))
        if isinstance(record, Picture):
            _add(menu, actions, PICTURE_KEYS)
        spec = KINDS.get(getattr(record, "kind", ""))
        if spec is not None and spec.colourable:
            colours = menu.addMenu(QCoreApplication.translate("actions", "&Colour"))
            _add(colours, actions, [f"colour.{name}" for name in COLOUR_NAMES])
        menu.addSeparator()
        _add(menu, actions, ARRANGE_KEYS)
        if spec is not None and (spec.colourable or spec.holds_members):
            # What a theme gathers (notes) or is: a picture or a label is in no theme.
            themes = menu.addMenu(QCoreApplication.translate("actions", "&Themes"))
            _add(themes, actions, THEME_KEYS)
        if actions["align.left"].isEnabled():
            align = menu.addMenu(QCoreApplication.translate("actions", "&Align and distribute"))
            _add(align, actions, ALIGN_KEYS)
        return menu
    at = view.mapToScene(pos)
    here = menu.addAction(actions["new_note"].icon(), actions["new_note"].text())
    here.triggered.connect(lambda _checked=False: edit.new_note(QPointF(at)))
    paste = menu.addAction(actions["paste"].text())
    paste.setEnabled(actions["paste"].isEnabled())
    paste.triggered.connect(lambda _checked=False: clip.paste(QPointF(at)))
    if journeys is not None:
        journey = menu.addAction(actions["new_journey"].text())
        journey.setEnabled(actions["new_journey"].isEnabled())  # off while locked
        journey.triggered.connect(lambda _checked=False: journeys.new_journey(QPointF(at)))
    _add(menu, actions, CANVAS_KEYS)
    return menu


def pop_up(menu: QMenu, view: BoardView, pos: QPoint) -> None:
    """Show a menu from `build_context_menu` at the click, and let it go once closed."""
    menu.popup(view.viewport().mapToGlobal(pos))
    menu.aboutToHide.connect(menu.deleteLater)


def _add_journey_menus(
    menu: QMenu,
    actions: Mapping[str, QAction],
    journeys: "JourneyActions",
    at: QPointF,
    on_note: bool,
    bilingual: "BilingualActions | None" = None,
) -> None:
    """On a map, what was right-clicked comes first: its stage, its lane, a note's feeling."""
    journeys.aim(at)
    menu.aboutToHide.connect(journeys.forget_aim)
    target = journeys.target()
    if target is None:
        return
    tr = QCoreApplication.translate
    journey = target.journey
    if target.stage_id is None and target.lane_id is None:
        _add(menu, actions, ["journey.rename_map"])
        if bilingual is not None:
            bilingual.entries(menu, journey.id)
        menu.addSeparator()
        return
    if target.stage_id is not None:
        stage = next(s for s in journey.stages if s.id == target.stage_id)
        title = tr("actions", "&Stage “{name}”").format(name=_short(stage.title))
        _add(stage_menu := menu.addMenu(title), actions, STAGE_KEYS)
        if bilingual is not None:
            stage_menu.addSeparator()
            bilingual.entries(stage_menu, journey.id, stage.id)
    if target.lane_id is not None:
        lane = next(lane for lane in journey.lanes if lane.id == target.lane_id)
        title = tr("actions", "&Lane “{name}”").format(name=_short(lane.title))
        _add(lane_menu := menu.addMenu(title), actions, LANE_KEYS)
        if bilingual is not None:
            lane_menu.addSeparator()
            bilingual.entries(lane_menu, journey.id, lane.id)
    if on_note:
        _add(menu.addMenu(tr("actions", "&Feeling")), actions, FEELING_KEYS)
    menu.addAction(actions["journey.rename_map"])
    menu.addSeparator()


def _short(title: str, limit: int = 32) -> str:
    """A stage or lane title short enough for a menu, whole words where it can be."""
    title = " ".join(title.split())
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def _refused_here(view: BoardView) -> frozenset[str]:
    """The item actions the lock would refuse on the selection: removing what was there."""
    scene = view.scene()
    document = scene.document
    if document.is_locked and removal_refused(scene.selected_ids(), document.baseline):
        return frozenset(REMOVING_KEYS)
    return frozenset()


def _add(
    menu: QMenu,
    actions: Mapping[str, QAction],
    keys: list[str],
    refused: frozenset[str] = frozenset(),
) -> None:
    """The window's actions by key; a `refused` one as a greyed-out entry of the same name, as
    the shared action stays enabled for the selections the lock allows."""
    for key in keys:
        if key in refused:
            stand_in = menu.addAction(actions[key].icon(), actions[key].text())
            stand_in.setShortcut(actions[key].shortcut())  # shown only: it is disabled
            stand_in.setEnabled(False)
        elif key:
            menu.addAction(actions[key])
        elif menu.actions() and not menu.actions()[-1].isSeparator():
            menu.addSeparator()
