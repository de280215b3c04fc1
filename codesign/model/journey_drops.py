"""Notes going into and out of journey map cells: snapping a drop, and following a drag.

A note belongs to the cell under its centre when it is let go, which is what people expect from
a paper wall: the note's middle says where it is. Its place within the cell is the slot nearest
that point, so dragging a note within its own cell reorders it.
"""

from collections.abc import Iterable, Mapping, Sequence

from codesign.model.items import BoxItem, JourneyMap, Note, Placement
from codesign.model.journey_geometry import cell_at, cell_rect, cell_slots
from codesign.model.journey_ops import Cell, JourneyEdit, cells_of, settle

Point = tuple[float, float]


def note_cell_at(journey: JourneyMap, x: float, y: float) -> Cell | None:
    """The cell under a point that may hold notes (emotion lanes hold the curve, not notes)."""
    cell = cell_at(journey, x, y)
    if cell is None or any(lane.id == cell[1] and lane.emotion for lane in journey.lanes):
        return None
    return cell


def drop_note(
    journey: JourneyMap, notes: Mapping[str, Note], note: Note, point: Point | None = None
) -> JourneyEdit:
    """`note` as dragged, let go at `point` (default: its centre) over this map.

    Over a cell it snaps into the nearest slot and belongs to that stage and lane; anywhere
    else it leaves the map (if it was in it) and stays where it was dropped. The returned edit
    always includes the note itself.
    """
    notes = {**notes, note.id: note}
    point = point or centre(note)
    cell = note_cell_at(journey, *point)
    if cell is None:
        edit = release_notes(journey, notes, [note.id])
    else:
        index = _slot_index(journey, notes, note, cell, point)
        edit = place_note(journey, notes, note.id, cell, index)
    if edit.note(note.id) is None:
        return JourneyEdit(edit.journey, (*edit.notes, note))
    return edit


def place_note(
    journey: JourneyMap,
    notes: Mapping[str, Note],
    note_id: str,
    cell: Cell,
    index: int | None = None,
) -> JourneyEdit:
    """Put a note in a cell at `index` among that cell's notes (default: last)."""
    if note_cell_at(journey, *_cell_centre(journey, cell)) != cell:
        raise ValueError(f"{cell!r} is not a cell of journey {journey.id!r} that holds notes")
    placements = [p for p in journey.placements if p.note != note_id]
    in_cell = [n for n, p in enumerate(placements) if (p.stage, p.lane) == cell]
    if index is None or index >= len(in_cell):
        at = in_cell[-1] + 1 if in_cell else len(placements)
    else:
        at = in_cell[max(0, index)]
    placements.insert(at, Placement(note=note_id, stage=cell[0], lane=cell[1]))
    return settle(journey.model_copy(update={"placements": tuple(placements)}), notes)


def release_notes(
    journey: JourneyMap, notes: Mapping[str, Note], note_ids: Iterable[str]
) -> JourneyEdit:
    """The notes leave the map where they are; the notes left in their cells close up."""
    gone = set(note_ids)
    placements = tuple(p for p in journey.placements if p.note not in gone)
    return settle(journey.model_copy(update={"placements": placements}), notes)


def follow_moves(
    journeys: Iterable[JourneyMap], notes: Mapping[str, Note], moved: Sequence[BoxItem]
) -> list[BoxItem]:
    """Every record a drag changes, once it ends: `moved` are the dragged items as let go.

    A moved map carries its notes (unless they were dragged too, when they keep their cell);
    a dragged note snaps into the cell under its centre on the topmost map there, or leaves
    its map when let go elsewhere. Records not otherwise changed come back as they were given.
    """
    result: dict[str, BoxItem] = {item.id: item for item in moved}
    before = list(journeys)
    current = {j.id: result.get(j.id, j) for j in before}
    home = {p.note: j.id for j in before for p in j.placements}
    working = {**notes, **{item.id: item for item in moved if isinstance(item, Note)}}
    touched = {j.id for j in before if j.id in result}
    arrivals: dict[str, list[Note]] = {}
    for note in (item for item in moved if isinstance(item, Note)):
        if home.get(note.id) in result:
            continue
        target = _topmost_under(current.values(), centre(note))
        if home.get(note.id) not in (None, target):
            touched.add(home[note.id])
            current[home[note.id]] = release_notes(
                current[home[note.id]], working, [note.id]
            ).journey
        if target is not None:
            arrivals.setdefault(target, []).append(note)
            touched.add(target)
    for journey_id in sorted(touched):
        arriving = sorted(arrivals.get(journey_id, []), key=lambda n: (n.y, n.x))
        # Each drop settles the whole map, so only a map nothing arrives in settles here.
        edit = (
            JourneyEdit(current[journey_id]) if arriving else settle(current[journey_id], working)
        )
        working.update({n.id: n for n in edit.notes})
        for note in arriving:
            edit = drop_note(edit.journey, working, note)
            working.update({n.id: n for n in edit.notes})
        result[journey_id] = edit.journey
        result.update({note_id: working[note_id] for note_id in _placed_ids(edit.journey)})
    result.update({item.id: working[item.id] for item in moved if isinstance(item, Note)})
    original: dict[str, BoxItem] = {**notes, **{j.id: j for j in before}}
    return [item for key, item in result.items() if original.get(key) != item]


def centre(note: BoxItem) -> Point:
    return note.x + note.width / 2, note.y + note.height / 2


def _placed_ids(journey: JourneyMap) -> list[str]:
    return [p.note for p in journey.placements]


def _topmost_under(journeys: Iterable[JourneyMap], point: Point) -> str | None:
    under = [j for j in journeys if note_cell_at(j, *point) is not None]
    return max(under, key=lambda j: (j.z, j.id)).id if under else None


def _cell_centre(journey: JourneyMap, cell: Cell) -> Point:
    x, y, width, height = cell_rect(journey, *cell)
    return x + width / 2, y + height / 2


def _slot_index(
    journey: JourneyMap, notes: Mapping[str, Note], note: Note, cell: Cell, point: Point
) -> int:
    others = [n for n in cells_of(journey).get(cell, []) if n != note.id]
    size = max(max(notes[n].width, notes[n].height) for n in [*others, note.id])
    slots = cell_slots(cell_rect(journey, *cell), len(others) + 1, size)
    half = size / 2
    distances = [(x + half - point[0]) ** 2 + (y + half - point[1]) ** 2 for x, y in slots]
    return distances.index(min(distances))
