"""Editing a journey map's structure: stages, lanes, their sizes, and where placed notes sit.

Every operation returns new frozen records and ends in `settle`, the one rule for where notes
go: each cell lays its notes out in a grid (`cell_slots`) in placement order, a stage is never
narrower than its widest note and a lane grows until every cell in it fits its notes. Because
the rule is applied after every change, moving the map, reordering a stage or resizing a lane
all carry the notes along without any of them keeping its own idea of where it belongs.
"""

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from codesign.model.ids import new_id
from codesign.model.items import NOTE_SIZE, JourneyMap, Lane, Note, Stage
from codesign.model.journey_geometry import (
    CELL_GAP,
    MIN_LANE_HEIGHT,
    MIN_STAGE_WIDTH,
    cell_rect,
    cell_slots,
    journey_size,
)

DEFAULT_STAGE_WIDTH = 2 * NOTE_SIZE + 3 * CELL_GAP
"""Two notes side by side: enough to compare, narrow enough for seven stages on a projector."""
DEFAULT_LANE_HEIGHT = NOTE_SIZE + 2 * CELL_GAP
DEFAULT_EMOTION_LANE_HEIGHT = 160.0

Axis = Literal["stages", "lanes"]
_PLACEMENT_FIELD = {"stages": "stage", "lanes": "lane"}
Cell = tuple[str, str]


@dataclass(frozen=True)
class JourneyEdit:
    """The outcome of one edit: the new map, every note it moved, and notes to delete."""

    journey: JourneyMap
    notes: tuple[Note, ...] = ()
    removed: tuple[str, ...] = ()

    @property
    def records(self) -> tuple[JourneyMap | Note, ...]:
        return (self.journey, *self.notes)

    def note(self, note_id: str) -> Note | None:
        return next((note for note in self.notes if note.id == note_id), None)


def new_journey(
    x: float,
    y: float,
    title: str,
    stage_titles: Iterable[str],
    lane_titles: Iterable[str],
    emotion_title: str | None = None,
    journey_id: str | None = None,
    z: int = 0,
) -> JourneyMap:
    """An empty map; with `emotion_title`, an emotion lane is added below the other lanes."""
    stages = tuple(
        Stage(id=new_id("stage"), title=t, width=DEFAULT_STAGE_WIDTH) for t in stage_titles
    )
    lanes = [Lane(id=new_id("lane"), title=t, height=DEFAULT_LANE_HEIGHT) for t in lane_titles]
    if emotion_title is not None:
        lanes.append(
            Lane(
                id=new_id("lane"),
                title=emotion_title,
                height=DEFAULT_EMOTION_LANE_HEIGHT,
                emotion=True,
            )
        )
    journey = JourneyMap(
        id=journey_id or new_id("journey"), x=x, y=y, z=z, title=title, stages=stages
    )
    return settle(journey.model_copy(update={"lanes": tuple(lanes)}), {}).journey


def settle(journey: JourneyMap, notes: Mapping[str, Note]) -> JourneyEdit:
    """Grow stages and lanes to fit their cells, size the map, and put placed notes in slots.

    `notes` must hold every placed note; only notes whose record changes are returned.
    """
    cells = cells_of(journey)
    note_size = {cell: _note_size(ids, notes) for cell, ids in cells.items()}
    stages = tuple(_fit_stage(stage, note_size) for stage in journey.stages)
    widths = {stage.id: stage.width for stage in stages}
    lanes = tuple(_fit_lane(lane, cells, note_size, widths) for lane in journey.lanes)
    journey = journey.model_copy(update={"stages": stages, "lanes": lanes})
    width, height = journey_size(journey)
    if (width, height) != (journey.width, journey.height):
        journey = journey.model_copy(update={"width": width, "height": height})
    moved: list[Note] = []
    for cell, ids in cells.items():
        slots = cell_slots(cell_rect(journey, *cell), len(ids), note_size[cell])
        for note_id, (x, y) in zip(ids, slots, strict=True):
            note = notes[note_id]
            update: dict[str, float | int] = {}
            if (note.x, note.y) != (x, y):
                update.update(x=x, y=y)
            if note.z <= journey.z:
                update["z"] = journey.z + 1
            if update:
                moved.append(note.model_copy(update=update))
    return JourneyEdit(journey, tuple(moved))


def cells_of(journey: JourneyMap) -> dict[Cell, list[str]]:
    """Each occupied cell's note ids, in placement order (the order of its slots)."""
    cells: dict[Cell, list[str]] = {}
    for place in journey.placements:
        cells.setdefault((place.stage, place.lane), []).append(place.note)
    return cells


def add_stage(
    journey: JourneyMap,
    notes: Mapping[str, Note],
    title: str = "",
    index: int | None = None,
    stage_id: str | None = None,
) -> JourneyEdit:
    stage = Stage(id=stage_id or new_id("stage"), title=title, width=DEFAULT_STAGE_WIDTH)
    return settle(_insert(journey, "stages", stage, index), notes)


def add_lane(
    journey: JourneyMap,
    notes: Mapping[str, Note],
    title: str = "",
    index: int | None = None,
    emotion: bool = False,
    lane_id: str | None = None,
) -> JourneyEdit:
    height = DEFAULT_EMOTION_LANE_HEIGHT if emotion else DEFAULT_LANE_HEIGHT
    lane = Lane(id=lane_id or new_id("lane"), title=title, height=height, emotion=emotion)
    return settle(_insert(journey, "lanes", lane, index), notes)


def remove_stage(
    journey: JourneyMap, notes: Mapping[str, Note], stage_id: str, remove_notes: bool = False
) -> JourneyEdit:
    """Without `remove_notes`, the stage's notes leave the map and wait in a row below it."""
    return _remove(journey, notes, "stages", stage_id, remove_notes)


def remove_lane(
    journey: JourneyMap, notes: Mapping[str, Note], lane_id: str, remove_notes: bool = False
) -> JourneyEdit:
    """Without `remove_notes`, the lane's notes leave the map and wait in a row below it."""
    return _remove(journey, notes, "lanes", lane_id, remove_notes)


def rename_stage(journey: JourneyMap, stage_id: str, title: str) -> JourneyMap:
    return _update(journey, "stages", stage_id, title=title)


def rename_lane(journey: JourneyMap, lane_id: str, title: str) -> JourneyMap:
    return _update(journey, "lanes", lane_id, title=title)


def move_stage(
    journey: JourneyMap, notes: Mapping[str, Note], stage_id: str, index: int
) -> JourneyEdit:
    """Reorder a stage to `index` (counted without it); its notes travel with it."""
    return settle(_reorder(journey, "stages", stage_id, index), notes)


def move_lane(
    journey: JourneyMap, notes: Mapping[str, Note], lane_id: str, index: int
) -> JourneyEdit:
    """Reorder a lane to `index` (counted without it); its notes travel with it."""
    return settle(_reorder(journey, "lanes", lane_id, index), notes)


def resize_stage(
    journey: JourneyMap, notes: Mapping[str, Note], stage_id: str, width: float
) -> JourneyEdit:
    """Narrower than its notes allow is clamped; a narrower stage makes its lanes taller."""
    width = max(width, MIN_STAGE_WIDTH)
    return settle(_update(journey, "stages", stage_id, width=width), notes)


def resize_lane(
    journey: JourneyMap, notes: Mapping[str, Note], lane_id: str, height: float
) -> JourneyEdit:
    """Shorter than the lane's fullest cell allows is clamped by `settle`."""
    height = max(height, MIN_LANE_HEIGHT)
    return settle(_update(journey, "lanes", lane_id, height=height), notes)


def set_stage_emotion(journey: JourneyMap, stage_id: str, score: int | None) -> JourneyMap:
    """Score -2 (very negative) to +2 (very positive), or None for "not talked about"."""
    return _update(journey, "stages", stage_id, emotion=score)


def set_feeling(note: Note, feeling: int | None) -> Note:
    return note.model_copy(update={"feeling": feeling})


def move_journey(journey: JourneyMap, notes: Mapping[str, Note], x: float, y: float) -> JourneyEdit:
    """The whole map moves as one: its placed notes keep their cells."""
    return settle(journey.model_copy(update={"x": x, "y": y}), notes)


def _insert(journey: JourneyMap, axis: Axis, record: Stage | Lane, index: int | None) -> JourneyMap:
    records = list(getattr(journey, axis))
    records.insert(len(records) if index is None else index, record)
    return journey.model_copy(update={axis: tuple(records)})


def _update(journey: JourneyMap, axis: Axis, record_id: str, **changes: object) -> JourneyMap:
    records = getattr(journey, axis)
    _index_of(records, record_id)
    updated = tuple(r.model_copy(update=changes) if r.id == record_id else r for r in records)
    return journey.model_copy(update={axis: updated})


def _reorder(journey: JourneyMap, axis: Axis, record_id: str, index: int) -> JourneyMap:
    records = list(getattr(journey, axis))
    record = records.pop(_index_of(records, record_id))
    records.insert(max(0, min(index, len(records))), record)
    return journey.model_copy(update={axis: tuple(records)})


def _remove(
    journey: JourneyMap, notes: Mapping[str, Note], axis: Axis, record_id: str, remove_notes: bool
) -> JourneyEdit:
    records = getattr(journey, axis)
    _index_of(records, record_id)
    field = _PLACEMENT_FIELD[axis]
    leaving = [p.note for p in journey.placements if getattr(p, field) == record_id]
    kept = tuple(p for p in journey.placements if getattr(p, field) != record_id)
    trimmed = journey.model_copy(
        update={axis: tuple(r for r in records if r.id != record_id), "placements": kept}
    )
    edit = settle(trimmed, notes)
    if remove_notes:
        return JourneyEdit(edit.journey, edit.notes, tuple(leaving))
    return JourneyEdit(edit.journey, (*edit.notes, *park_below(edit.journey, notes, leaving)))


def park_below(journey: JourneyMap, notes: Mapping[str, Note], note_ids: list[str]) -> list[Note]:
    """Notes that left the map, in a row under it: visible, out of the way, and not on top
    of the cells that slid into the gap."""
    x = journey.x
    y = journey.y + journey.height + 2 * CELL_GAP
    placed = []
    for note_id in note_ids:
        note = notes[note_id]
        placed.append(note.model_copy(update={"x": x, "y": y}))
        x += note.width + CELL_GAP
    return placed


def _index_of(records: Iterable[Stage | Lane], record_id: str) -> int:
    for index, record in enumerate(records):
        if record.id == record_id:
            return index
    raise KeyError(record_id)


def _note_size(note_ids: list[str], notes: Mapping[str, Note]) -> float:
    return max(max(notes[i].width, notes[i].height) for i in note_ids)


def _fit_stage(stage: Stage, note_size: Mapping[Cell, float]) -> Stage:
    sizes = [size for (stage_id, _lane), size in note_size.items() if stage_id == stage.id]
    need = max([MIN_STAGE_WIDTH, *(size + 2 * CELL_GAP for size in sizes)])
    return stage if stage.width >= need else stage.model_copy(update={"width": need})


def _fit_lane(
    lane: Lane,
    cells: Mapping[Cell, list[str]],
    note_size: Mapping[Cell, float],
    widths: Mapping[str, float],
) -> Lane:
    need = MIN_LANE_HEIGHT
    for (stage_id, lane_id), ids in cells.items():
        if lane_id != lane.id:
            continue
        size = note_size[stage_id, lane_id]
        per_row = max(1, int((widths[stage_id] - CELL_GAP) // (size + CELL_GAP)))
        need = max(need, math.ceil(len(ids) / per_row) * (size + CELL_GAP) + CELL_GAP)
    return lane if lane.height >= need else lane.model_copy(update={"height": need})
