"""A journey map on a wall: the map and its notes, updated edit by edit like the document."""

from codesign.model import Board, JourneyMap, Note
from codesign.model import journey_ops as ops
from codesign.model.journey_drops import drop_note, place_note
from codesign.model.journey_geometry import cell_rect, journey_size

STAGES = ["Need arises", "Looking for help", "Assessment"]
LANES = ["Doing", "Pain points"]


def empty_map(x: float = 0.0, y: float = 0.0, journey_id: str = "j") -> JourneyMap:
    return ops.new_journey(x, y, "ServiceLand", STAGES, LANES, "How it feels", journey_id)


def ids(journey: JourneyMap) -> tuple[list[str], list[str]]:
    return [s.id for s in journey.stages], [lane.id for lane in journey.lanes]


def centre_of(journey: JourneyMap, stage: int, lane: int) -> tuple[float, float]:
    stages, lanes = ids(journey)
    x, y, w, h = cell_rect(journey, stages[stage], lanes[lane])
    return x + w / 2, y + h / 2


def note_at(note_id: str, point: tuple[float, float], text: str = "") -> Note:
    return Note(id=note_id, x=point[0] - 80, y=point[1] - 80, text=text)


class Wall:
    """A map and its notes, updated by each edit the way the document would be."""

    def __init__(self, journey: JourneyMap) -> None:
        self.journey = journey
        self.notes: dict[str, Note] = {}

    def take(self, edit: ops.JourneyEdit) -> ops.JourneyEdit:
        self.journey = edit.journey
        self.notes.update({note.id: note for note in edit.notes})
        for gone in edit.removed:
            del self.notes[gone]
        return edit

    def drop(self, note_id: str, stage: int, lane: int, text: str = "") -> Note:
        note = self.notes.get(note_id) or note_at(note_id, (0, 0), text)
        x, y = centre_of(self.journey, stage, lane)
        moved = note.model_copy(update={"x": x - note.width / 2, "y": y - note.height / 2})
        return self.take(drop_note(self.journey, self.notes, moved)).note(note_id) or moved

    def place(self, note_id: str, stage: int, lane: int) -> Note:
        """Appends, where a drop would take the slot nearest the pointer."""
        stages, lanes = ids(self.journey)
        notes = {**self.notes, note_id: self.notes.get(note_id) or Note(id=note_id)}
        self.take(place_note(self.journey, notes, note_id, (stages[stage], lanes[lane])))
        return self.notes[note_id]

    def board(self) -> Board:
        return Board(items=(self.journey, *self.notes.values()))

    def cell_of(self, note_id: str) -> tuple[str, str] | None:
        place = next((p for p in self.journey.placements if p.note == note_id), None)
        return (place.stage, place.lane) if place else None

    def assert_settled(self) -> None:
        self.board()
        assert (self.journey.width, self.journey.height) == journey_size(self.journey)
        for place in self.journey.placements:
            note = self.notes[place.note]
            x, y, w, h = cell_rect(self.journey, place.stage, place.lane)
            assert x < note.x and note.x + note.width < x + w
            assert y < note.y and note.y + note.height < y + h
            assert note.z > self.journey.z
