"""Journey map edits, each one undo step: the pure operations in `journey_ops`, pushed whole.

Each command rewrites the map and every note the edit moved in the same step, so undoing a
reordered stage puts both the columns and the notes back exactly.
"""

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from codesign.commands.change_records import record_change
from codesign.commands.outcome import Outcome
from codesign.commands.removal import removal_plan
from codesign.document import BoardDocument, RecordValue
from codesign.model import BoxItem, JourneyMap, Note, VotingRound
from codesign.model import journey_drops as drops
from codesign.model import journey_ops as ops

DEFAULT_STAGES = (
    QT_TRANSLATE_NOOP("journeys", "Need arises"),
    QT_TRANSLATE_NOOP("journeys", "Looking for help"),
    QT_TRANSLATE_NOOP("journeys", "First contact"),
    QT_TRANSLATE_NOOP("journeys", "Assessment"),
    QT_TRANSLATE_NOOP("journeys", "Waiting"),
    QT_TRANSLATE_NOOP("journeys", "Support"),
    QT_TRANSLATE_NOOP("journeys", "Review"),
)
DEFAULT_LANES = (
    QT_TRANSLATE_NOOP("journeys", "Doing"),
    QT_TRANSLATE_NOOP("journeys", "Thinking and feeling"),
    QT_TRANSLATE_NOOP("journeys", "Touchpoints"),
    QT_TRANSLATE_NOOP("journeys", "Pain points"),
    QT_TRANSLATE_NOOP("journeys", "Opportunities"),
)
EMOTION_LANE = QT_TRANSLATE_NOOP("journeys", "How it feels")
"""Stage and lane titles are board content, but a new map starts in the facilitator's language."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("commands", text)


def _content(text: str) -> str:
    return QCoreApplication.translate("journeys", text)


def journey_of(document: BoardDocument, journey_id: str) -> JourneyMap:
    journey = document.get(journey_id)
    if not isinstance(journey, JourneyMap):
        raise KeyError(journey_id)
    return journey


def placed_notes(document: BoardDocument, journey: JourneyMap) -> dict[str, Note]:
    notes = {}
    for place in journey.placements:
        note = document.get(place.note)
        assert isinstance(note, Note)
        notes[note.id] = note
    return notes


def _push(
    document: BoardDocument, text: str, edit: ops.JourneyEdit, made: Sequence[str] = ()
) -> Outcome:
    if not edit.removed:
        return record_change(document, text, edit.records, made=made)
    # Notes deleted with their stage or lane also leave clusters, connectors and votes.
    items = [edit.journey if i.id == edit.journey.id else i for i in document.items()]
    updated, removed = removal_plan(items, document.records_of(VotingRound), edit.removed)
    rewritten = {record.id: record for record in updated if isinstance(record, BoxItem)}
    new_values: list[RecordValue] = [rewritten.pop(r.id, r) for r in edit.records]
    new_values += [*rewritten.values(), *(r for r in updated if not isinstance(r, BoxItem))]
    return record_change(document, text, new_values, removed)


def _edit(document: BoardDocument, journey_id: str) -> tuple[JourneyMap, dict[str, Note]]:
    journey = journey_of(document, journey_id)
    return journey, placed_notes(document, journey)


def create_journey(
    document: BoardDocument, x: float, y: float, title: str | None = None
) -> Outcome:
    """A map with the usual seven stages and five lanes plus an emotion lane, behind the
    notes already on the board so nothing disappears under it."""
    z = min((item.z for item in document.items()), default=1) - 1
    journey = ops.new_journey(
        x,
        y,
        title if title is not None else _content("Customer journey"),
        [_content(t) for t in DEFAULT_STAGES],
        [_content(t) for t in DEFAULT_LANES],
        _content(EMOTION_LANE),
        z=z,
    )
    return record_change(document, _tr("Add journey map"), [journey], made=[journey.id])


def rename_journey(document: BoardDocument, journey_id: str, title: str) -> Outcome:
    journey = journey_of(document, journey_id).model_copy(update={"title": title})
    return record_change(document, _tr("Rename journey map"), [journey])


def add_stage(
    document: BoardDocument, journey_id: str, index: int | None = None, title: str | None = None
) -> Outcome:
    """Insert a stage at `index` (default: at the end); it makes the stage's id."""
    stage_title = title if title is not None else _content("New stage")
    edit = ops.add_stage(*_edit(document, journey_id), stage_title, index)
    made = edit.journey.stages[len(edit.journey.stages) - 1 if index is None else index].id
    return _push(document, _tr("Add stage"), edit, made=[made])


def add_lane(
    document: BoardDocument,
    journey_id: str,
    index: int | None = None,
    title: str | None = None,
    emotion: bool = False,
) -> Outcome:
    """Insert a lane (an emotion lane if `emotion`) at `index` (default: last); it makes the
    lane's id."""
    default = EMOTION_LANE if emotion else QT_TRANSLATE_NOOP("journeys", "New lane")
    lane_title = title if title is not None else _content(default)
    edit = ops.add_lane(*_edit(document, journey_id), lane_title, index, emotion)
    made = edit.journey.lanes[len(edit.journey.lanes) - 1 if index is None else index].id
    return _push(document, _tr("Add lane"), edit, made=[made])


def remove_stage(
    document: BoardDocument, journey_id: str, stage_id: str, remove_notes: bool = False
) -> Outcome:
    """The stage's notes stay on the board below the map, or are deleted with `remove_notes`."""
    edit = ops.remove_stage(*_edit(document, journey_id), stage_id, remove_notes)
    return _push(document, _tr("Remove stage"), edit)


def remove_lane(
    document: BoardDocument, journey_id: str, lane_id: str, remove_notes: bool = False
) -> Outcome:
    """The lane's notes stay on the board below the map, or are deleted with `remove_notes`."""
    edit = ops.remove_lane(*_edit(document, journey_id), lane_id, remove_notes)
    return _push(document, _tr("Remove lane"), edit)


def rename_stage(document: BoardDocument, journey_id: str, stage_id: str, title: str) -> Outcome:
    journey = ops.rename_stage(journey_of(document, journey_id), stage_id, title)
    return record_change(document, _tr("Rename stage"), [journey])


def rename_lane(document: BoardDocument, journey_id: str, lane_id: str, title: str) -> Outcome:
    journey = ops.rename_lane(journey_of(document, journey_id), lane_id, title)
    return record_change(document, _tr("Rename lane"), [journey])


def move_stage(document: BoardDocument, journey_id: str, stage_id: str, index: int) -> Outcome:
    edit = ops.move_stage(*_edit(document, journey_id), stage_id, index)
    return _push(document, _tr("Reorder stages"), edit)


def move_lane(document: BoardDocument, journey_id: str, lane_id: str, index: int) -> Outcome:
    edit = ops.move_lane(*_edit(document, journey_id), lane_id, index)
    return _push(document, _tr("Reorder lanes"), edit)


def resize_stage(document: BoardDocument, journey_id: str, stage_id: str, width: float) -> Outcome:
    edit = ops.resize_stage(*_edit(document, journey_id), stage_id, width)
    return _push(document, _tr("Resize stage"), edit)


def resize_lane(document: BoardDocument, journey_id: str, lane_id: str, height: float) -> Outcome:
    edit = ops.resize_lane(*_edit(document, journey_id), lane_id, height)
    return _push(document, _tr("Resize lane"), edit)


def set_stage_emotion(
    document: BoardDocument, journey_id: str, stage_id: str, score: int | None
) -> Outcome:
    journey = ops.set_stage_emotion(journey_of(document, journey_id), stage_id, score)
    return record_change(document, _tr("Set how it feels"), [journey])


def set_note_feeling(
    document: BoardDocument, note_ids: Iterable[str], feeling: int | None
) -> Outcome:
    notes = [document.get(key) for key in note_ids]
    changed = [ops.set_feeling(note, feeling) for note in notes if isinstance(note, Note)]
    return record_change(document, _tr("Set feeling"), changed)


def place_note(
    document: BoardDocument, journey_id: str, note_id: str, stage_id: str, lane_id: str
) -> Outcome:
    """Put a note in a cell without dragging it there (from a menu, or the keyboard); a note
    in another map leaves that one in the same step."""
    journey, notes = _edit(document, journey_id)
    note = document.get(note_id)
    assert isinstance(note, Note)
    edit = drops.place_note(journey, {**notes, note_id: note}, note_id, (stage_id, lane_id))
    changed: list[RecordValue] = list(edit.records)
    for other in document.records_of(JourneyMap):
        if other.id != journey_id and any(p.note == note_id for p in other.placements):
            changed += drops.release_notes(other, placed_notes(document, other), [note_id]).records
    return record_change(document, _tr("Place note in journey map"), changed)


def moved_records(document: BoardDocument, moved: Sequence[BoxItem]) -> list[BoxItem]:
    """What a finished drag of `moved` (as let go) changes, journey snapping included.

    A move command pushes these in its one undo step: moved maps bring their notes, dropped
    notes snap into cells or leave their map.
    """
    maps = list(document.records_of(JourneyMap))
    notes = {key: note for journey in maps for key, note in placed_notes(document, journey).items()}
    return drops.follow_moves(maps, notes, moved)
