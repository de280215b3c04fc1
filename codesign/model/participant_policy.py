"""What participants may do while the board is locked: one rule, read by every layer.

The document asks `refusal()` about every change before its undo step is pushed, so no route
(a key, a menu, a panel button, a touch, paste, undo) can edit round it; the window asks
`allowed_while_locked()` about each action and panel button only to grey out what the document
would refuse anyway.

The rule looks at records, not at commands: a change may add notes, themes and votes, and edit,
move and recolour what is there, but it may not take away anything that was on the board when
it was locked (the facilitator's work), empty a theme's title or a theme, reshape a journey map,
run a vote, or touch the board's details, the presentation and a background picture.

The action list is an allow-list of action and button keys: one added later is refused while
locked until someone decides it is safe, which is the right way round for a lock.
"""

from collections.abc import Iterable, Mapping, Set
from enum import Enum

from codesign.model.bilingual import BoardLanguages
from codesign.model.board import BoardInfo
from codesign.model.bookmarks import Bookmark, FrameOrder
from codesign.model.items import Cluster, JourneyMap, Picture
from codesign.model.kinds import PROTECTED_WHEN_LOCKED
from codesign.model.votes import Participant, VotingRound

ALLOWED_WHILE_LOCKED: frozenset[str] = frozenset(
    {
        "save",
        "undo",
        "redo",
        "cut",
        "copy",
        "paste",
        "duplicate",
        "delete",
        "select_all",
        "new_note",
        "find",
        "find_next",
        "find_previous",
        "front",
        "back",
        "zoom_in",
        "zoom_out",
        "zoom_reset",
        "fit_board",
        "fit_selection",
        "minimap",
        "snap",
        "touch_toolbar",
        "shortcuts",
        "group",
        "draw_theme",
        "rename_theme",
        "recolour_theme",
        "tidy_theme",
        "themes_panel",
        "voting_mode",
        "voting_panel",
        "show_votes",
        "sort_by_votes",
        "participant_mode",
        "present",
        "blank",
        "spotlight",
        "journey.rename_map",
        "journey.rename_stage",
        "journey.rename_lane",
        "voting.choose_voter",
        "voting.add_voter",
        "edit_note",
        "second_text",
        "find_bar",
        "new_text",
        "new_heading",
        "connector_tool",
        "shape.rectangle",
        "shape.ellipse",
        "shape.line",
        "pen",
        "eraser",
        "lasso",
        "finger_draws",
        "text.h1",
        "text.h2",
        "text.body",
        "connector.label",
        "connector.arrow_start",
        "connector.arrow_end",
    }
)
"""Keys of actions and panel buttons that are safe in participants' hands. Refused by omission,
among others: every file dialog (`new`, `open`, `save_as`, `import`, `export`, `recover`), the
projector and its screen, `ungroup` and the theme deletions, `suggest_themes` (reshapes the whole
board), the vote's running (`start_round`, `close_round`, `reveal_tally`), every journey map
change but renaming, the frames (`save_view`, `frames.up`, `frames.down`, `frames.delete`) and
the timer (`timer_toggle`, `timer_reset`, `timer_set`): the timer is the facilitator's.

Drawing is allowed, as a facilitator hands round felt-tips and sticky notes alike: text,
headings, connectors, shapes and ink are added and changed like notes, and the eraser rubs out
participants' own strokes but is refused on ink that was there when the board was locked (the
graphic recorder's), by the same rule that keeps the facilitator's notes."""

ALLOWED_PREFIXES_WHILE_LOCKED: tuple[str, ...] = ("colour.", "align.", "distribute.", "feeling.")
"""Families of actions: recolouring notes, tidying them up, saying how a note feels."""


def allowed_while_locked(key: str) -> bool:
    return key in ALLOWED_WHILE_LOCKED or key.startswith(ALLOWED_PREFIXES_WHILE_LOCKED)


REMOVING_KEYS: tuple[str, ...] = ("cut", "delete")
"""Actions that take the selection off the board: allowed, but not on the facilitator's items."""


def removal_refused(keys: Iterable[str], baseline: Set[str]) -> bool:
    """Whether taking `keys` off the locked board would be refused: some were there when it was
    locked. The window greys Cut and Delete out by it, so menus never offer a refused removal."""
    return any(key in baseline for key in keys)


class Refusal(Enum):
    """Why the document refused a change while locked; the window words each one once."""

    FACILITATORS_ITEM = "facilitators_item"
    """Deleting something that was on the board when it was locked."""
    THEME_TITLE = "theme_title"
    THEME_EMPTIED = "theme_emptied"
    JOURNEY_SHAPE = "journey_shape"
    VOTING = "voting"
    BOARD = "board"
    """The board's details, its saved views and the presentation order."""


FACILITATORS_ONLY = (BoardInfo, Bookmark, FrameOrder, BoardLanguages)
JOURNEY_FREE_FIELDS = frozenset({"title", "title_alt", "colour", "x", "y", "z", "placements"})
"""A journey map's fields participants may change: its name, colour, place and which notes sit
in it. Its stages and lanes may change their titles and a stage its emotion, nothing else."""


def refusal(
    before: Mapping[str, object | None], after: Mapping[str, object | None], baseline: Set[str]
) -> Refusal | None:
    """Why participants may not make the change from `before` to `after` (keyed alike), or None.

    `baseline` holds the keys that were on the board when it was locked. Costs one look per
    changed record, so a change of 10,000 new notes is checked as quickly as it is made.
    """
    for key, new in after.items():
        found = _refusal(key, before.get(key), new, baseline)
        if found is not None:
            return found
    return None


def _refusal(
    key: str, old: object | None, new: object | None, baseline: Set[str]
) -> Refusal | None:
    record = new if new is not None else old
    if isinstance(record, FACILITATORS_ONLY):
        return Refusal.BOARD
    if isinstance(record, VotingRound):
        return _round_refusal(old, new)
    if new is None:
        return Refusal.FACILITATORS_ITEM if removal_refused((key,), baseline) else None
    if old is None:
        return Refusal.JOURNEY_SHAPE if isinstance(new, PROTECTED_WHEN_LOCKED) else None
    if isinstance(new, Participant):
        return Refusal.VOTING if new != old else None
    if isinstance(old, Cluster) and isinstance(new, Cluster):
        if old.title.strip() and not new.title.strip():
            return Refusal.THEME_TITLE
        if old.members and not new.members:
            return Refusal.THEME_EMPTIED
    if isinstance(old, JourneyMap) and isinstance(new, JourneyMap):
        return None if _same_shape(old, new) else Refusal.JOURNEY_SHAPE
    if isinstance(old, Picture) and isinstance(new, Picture):
        return Refusal.BOARD if old != new and (old.background or new.background) else None
    return None


def _round_refusal(old: object | None, new: object | None) -> Refusal | None:
    """Dots may come and go in a round; starting, closing or reshaping one is not theirs."""
    if not (isinstance(old, VotingRound) and isinstance(new, VotingRound)):
        return Refusal.VOTING
    if old.model_copy(update={"dots": new.dots}) != new:
        return Refusal.VOTING
    return None


def _same_shape(old: JourneyMap, new: JourneyMap) -> bool:
    fixed = set(JourneyMap.model_fields) - JOURNEY_FREE_FIELDS
    if any(getattr(old, name) != getattr(new, name) for name in fixed - {"stages", "lanes"}):
        return False
    return _same_rows(old.stages, new.stages, {"title", "title_alt", "emotion"}) and _same_rows(
        old.lanes, new.lanes, {"title", "title_alt"}
    )


def _same_rows(old: Iterable[object], new: Iterable[object], free: set[str]) -> bool:
    old_rows, new_rows = list(old), list(new)
    if len(old_rows) != len(new_rows):
        return False
    return all(
        a.model_copy(update={name: getattr(b, name) for name in free}) == b  # type: ignore[attr-defined]
        for a, b in zip(old_rows, new_rows, strict=True)
    )
