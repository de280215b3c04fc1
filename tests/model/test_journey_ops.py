"""Journey map structure and placement, as pure functions on frozen records."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from codesign.model import Board, JourneyMap, Note
from codesign.model import journey_ops as ops
from codesign.model.journey_drops import drop_note, follow_moves, place_note, release_notes
from codesign.model.journey_geometry import (
    CELL_GAP,
    MIN_STAGE_WIDTH,
    cell_at,
    cell_rect,
    emotion_from_y,
    emotion_points,
    emotion_y,
    journey_size,
    lane_top,
    stage_left,
)

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


def test_a_new_map_is_sized_by_its_stages_and_lanes():
    journey = empty_map()
    assert [s.title for s in journey.stages] == STAGES
    assert [lane.emotion for lane in journey.lanes] == [False, False, True]
    assert (journey.width, journey.height) == journey_size(journey)
    Board(items=(journey,))


def test_a_dropped_note_snaps_into_the_cell_under_its_centre():
    wall = Wall(empty_map(100, 50))
    stages, lanes = ids(wall.journey)
    note = wall.drop("n1", 1, 0, "Ring three different numbers")
    assert wall.cell_of("n1") == (stages[1], lanes[0])
    assert (note.x, note.y) == (
        stage_left(wall.journey, stages[1]) + CELL_GAP,
        lane_top(wall.journey, lanes[0]) + CELL_GAP,
    )
    wall.assert_settled()


def test_a_full_cell_grows_its_lane_and_reflows():
    wall = Wall(empty_map())
    before = wall.journey.lanes[0].height
    for n in range(5):
        wall.place(f"n{n}", 0, 0)
    assert wall.journey.lanes[0].height > before
    assert len({(wall.notes[f"n{n}"].x, wall.notes[f"n{n}"].y) for n in range(5)}) == 5
    wall.assert_settled()
    wall.take(release_notes(wall.journey, wall.notes, ["n0"]))
    assert wall.cell_of("n0") is None
    assert (wall.notes["n1"].x, wall.notes["n1"].y) == (
        wall.journey.x + 180 + CELL_GAP,
        lane_top(wall.journey, wall.journey.lanes[0].id) + CELL_GAP,
    )


def test_dropping_within_a_cell_reorders_by_the_nearest_slot():
    wall = Wall(empty_map())
    first = wall.place("a", 0, 0)
    second = wall.place("b", 0, 0)
    assert second.x > first.x
    moved = wall.notes["b"].model_copy(update={"x": first.x - 20})
    wall.take(drop_note(wall.journey, wall.notes, moved))
    assert [p.note for p in wall.journey.placements] == ["b", "a"]
    assert wall.notes["b"].x == first.x


@pytest.mark.parametrize("where", ["outside", "header", "emotion"])
def test_a_note_let_go_off_the_cells_leaves_the_map_where_it_was_dropped(where):
    wall = Wall(empty_map())
    wall.drop("n1", 0, 0)
    point = {
        "outside": (-500.0, -500.0),
        "header": (wall.journey.x + 20, wall.journey.y + 20),
        "emotion": centre_of(wall.journey, 0, 2),
    }[where]
    edit = wall.take(drop_note(wall.journey, wall.notes, note_at("n1", point)))
    assert wall.cell_of("n1") is None
    assert (edit.note("n1").x, edit.note("n1").y) == (point[0] - 80, point[1] - 80)


def test_placing_in_an_emotion_lane_is_refused():
    journey = empty_map()
    stages, lanes = ids(journey)
    with pytest.raises(ValueError, match="not a cell"):
        place_note(journey, {"n": Note(id="n")}, "n", (stages[0], lanes[2]))


def test_inserting_a_stage_pushes_later_notes_right():
    wall = Wall(empty_map())
    wall.drop("early", 0, 0)
    late = wall.drop("late", 2, 1)
    wall.take(ops.add_stage(wall.journey, wall.notes, "First contact", 1, "contact"))
    assert [s.id for s in wall.journey.stages][1] == "contact"
    assert wall.notes["late"].x == late.x + ops.DEFAULT_STAGE_WIDTH
    wall.assert_settled()


def test_reordering_a_stage_carries_its_notes():
    wall = Wall(empty_map())
    stages, lanes = ids(wall.journey)
    wall.drop("n1", 0, 1)
    wall.take(ops.move_stage(wall.journey, wall.notes, stages[0], 2))
    assert [s.id for s in wall.journey.stages] == [stages[1], stages[2], stages[0]]
    assert cell_at(wall.journey, wall.notes["n1"].x + 80, wall.notes["n1"].y + 80) == (
        stages[0],
        lanes[1],
    )
    wall.take(ops.move_lane(wall.journey, wall.notes, lanes[1], 0))
    assert wall.notes["n1"].y == lane_top(wall.journey, lanes[1]) + CELL_GAP
    wall.assert_settled()


@pytest.mark.parametrize("axis", ["stage", "lane"])
def test_removing_a_column_or_row_parks_its_notes_below_the_map(axis):
    wall = Wall(empty_map())
    stages, lanes = ids(wall.journey)
    wall.drop("gone", 1, 1)
    wall.drop("stays", 0, 0)
    if axis == "stage":
        wall.take(ops.remove_stage(wall.journey, wall.notes, stages[1]))
    else:
        wall.take(ops.remove_lane(wall.journey, wall.notes, lanes[1]))
    assert wall.cell_of("gone") is None and wall.cell_of("stays") is not None
    assert wall.notes["gone"].y > wall.journey.y + wall.journey.height
    wall.assert_settled()


def test_removing_a_stage_can_delete_its_notes():
    wall = Wall(empty_map())
    stages, _lanes = ids(wall.journey)
    wall.drop("gone", 1, 1)
    edit = wall.take(ops.remove_stage(wall.journey, wall.notes, stages[1], remove_notes=True))
    assert edit.removed == ("gone",)
    assert len(wall.journey.stages) == 2
    wall.assert_settled()


def test_resizing_is_clamped_to_what_the_notes_need():
    wall = Wall(empty_map())
    stages, lanes = ids(wall.journey)
    wall.drop("a", 0, 0)
    wall.drop("b", 0, 0)
    wall.take(ops.resize_stage(wall.journey, wall.notes, stages[0], 10))
    assert wall.journey.stages[0].width == 160 + 2 * CELL_GAP
    assert wall.journey.lanes[0].height == 2 * (160 + CELL_GAP) + CELL_GAP
    wall.take(ops.resize_stage(wall.journey, wall.notes, stages[1], 10))
    assert wall.journey.stages[1].width == MIN_STAGE_WIDTH
    wall.take(ops.resize_lane(wall.journey, wall.notes, lanes[0], 1))
    assert wall.journey.lanes[0].height == 2 * (160 + CELL_GAP) + CELL_GAP
    wall.take(ops.resize_lane(wall.journey, wall.notes, lanes[1], 500))
    assert wall.journey.lanes[1].height == 500
    wall.assert_settled()


def test_renaming_and_emotion_change_only_the_map():
    journey = empty_map()
    stages, lanes = ids(journey)
    journey = ops.rename_stage(journey, stages[0], "Angen yn codi")
    journey = ops.rename_lane(journey, lanes[0], "Gwneud")
    journey = ops.set_stage_emotion(journey, stages[2], -2)
    assert journey.stages[0].title == "Angen yn codi"
    assert journey.lanes[0].title == "Gwneud"
    assert [s.emotion for s in journey.stages] == [None, None, -2]
    assert ops.set_feeling(Note(id="n"), 1).feeling == 1
    with pytest.raises(KeyError):
        ops.rename_stage(journey, "missing", "x")


@pytest.mark.parametrize("score", [-2, -1, 0, 1, 2])
def test_emotion_scores_map_to_heights_and_back(score):
    journey = empty_map()
    lane = journey.lanes[2]
    top = lane_top(journey, lane.id)
    y = emotion_y(journey, lane.id, score)
    assert top < y < top + lane.height
    assert emotion_from_y(journey, lane.id, y) == score
    assert emotion_from_y(journey, lane.id, y + 3) == score


def test_emotion_drags_past_the_lane_clamp_and_higher_is_happier():
    journey = empty_map()
    lane_id = journey.lanes[2].id
    assert emotion_from_y(journey, lane_id, -1e6) == 2
    assert emotion_from_y(journey, lane_id, 1e6) == -2
    assert emotion_y(journey, lane_id, 2) < emotion_y(journey, lane_id, -2)
    journey = ops.set_stage_emotion(journey, journey.stages[1].id, 1)
    [(stage_id, x, y)] = emotion_points(journey, lane_id)
    assert stage_id == journey.stages[1].id
    assert cell_at(journey, x, y) == (stage_id, lane_id)


def test_moving_the_map_moves_its_notes():
    wall = Wall(empty_map())
    note = wall.drop("n1", 1, 1)
    wall.take(ops.move_journey(wall.journey, wall.notes, 300, -40))
    assert (wall.notes["n1"].x, wall.notes["n1"].y) == (note.x + 300, note.y - 40)


def test_following_a_drag_between_two_maps():
    first = Wall(empty_map(journey_id="first"))
    first.place("n1", 0, 0)
    first.place("n2", 0, 0)
    second = empty_map(0, 2000, journey_id="second")
    target = note_at("n1", centre_of(second, 1, 1))
    changed = {r.id: r for r in follow_moves([first.journey, second], first.notes, [target])}
    assert [p.note for p in changed["first"].placements] == ["n2"]
    assert [p.note for p in changed["second"].placements] == ["n1"]
    assert changed["n2"].x == first.notes["n1"].x
    Board(items=(changed["first"], changed["second"], changed["n1"], changed["n2"]))


def test_following_a_map_dragged_with_some_of_its_notes():
    wall = Wall(empty_map())
    wall.drop("n1", 0, 0)
    wall.drop("n2", 1, 1)
    moved = [
        wall.journey.model_copy(update={"x": 500.0}),
        wall.notes["n1"].model_copy(update={"x": wall.notes["n1"].x + 500}),
    ]
    changed = {r.id: r for r in follow_moves([wall.journey], wall.notes, moved)}
    assert changed["n1"].x == wall.notes["n1"].x + 500
    assert changed["n2"].x == wall.notes["n2"].x + 500
    assert changed["j"].placements == wall.journey.placements


def test_following_a_drag_that_touches_no_map_changes_only_the_dragged():
    wall = Wall(empty_map())
    loose = Note(id="loose", x=-900, y=-900)
    moved = loose.model_copy(update={"x": -800.0})
    assert follow_moves([wall.journey], {"loose": loose}, [moved]) == [moved]


edits = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "drop",
                "add_stage",
                "add_lane",
                "remove_stage",
                "remove_lane",
                "move_stage",
                "move_lane",
                "resize_stage",
                "resize_lane",
                "move_map",
                "release",
            ]
        ),
        st.integers(0, 7),
        st.integers(0, 7),
        st.floats(1, 900),
    ),
    max_size=25,
)


@settings(max_examples=60, deadline=None)
@given(edits)
def test_any_sequence_of_edits_keeps_the_map_valid_and_notes_in_their_cells(steps):
    wall = Wall(empty_map())
    for n, (op, a, b, size) in enumerate(steps):
        stages, lanes = ids(wall.journey)
        note_lanes = [i for i, lane in enumerate(wall.journey.lanes) if not lane.emotion]
        if op == "drop" and stages and note_lanes:
            wall.drop(f"n{n % 6}", a % len(stages), note_lanes[b % len(note_lanes)])
        elif op == "add_stage":
            wall.take(ops.add_stage(wall.journey, wall.notes, "New", a % (len(stages) + 1)))
        elif op == "add_lane":
            wall.take(ops.add_lane(wall.journey, wall.notes, "New", a % (len(lanes) + 1)))
        elif op == "remove_stage" and stages:
            wall.take(ops.remove_stage(wall.journey, wall.notes, stages[a % len(stages)], b % 2))
        elif op == "remove_lane" and lanes:
            wall.take(ops.remove_lane(wall.journey, wall.notes, lanes[a % len(lanes)], b % 2))
        elif op == "move_stage" and stages:
            wall.take(ops.move_stage(wall.journey, wall.notes, stages[a % len(stages)], b))
        elif op == "move_lane" and lanes:
            wall.take(ops.move_lane(wall.journey, wall.notes, lanes[a % len(lanes)], b))
        elif op == "resize_stage" and stages:
            wall.take(ops.resize_stage(wall.journey, wall.notes, stages[a % len(stages)], size))
        elif op == "resize_lane" and lanes:
            wall.take(ops.resize_lane(wall.journey, wall.notes, lanes[a % len(lanes)], size))
        elif op == "move_map":
            wall.take(ops.move_journey(wall.journey, wall.notes, size - a * 100, b * 50.0))
        elif op == "release" and wall.journey.placements:
            note_id = wall.journey.placements[a % len(wall.journey.placements)].note
            wall.take(release_notes(wall.journey, wall.notes, [note_id]))
        wall.assert_settled()


drags = st.lists(
    st.tuples(
        st.sampled_from(["n0", "n1", "n2", "n3", "left", "right"]),
        st.floats(-600, 2600),
        st.floats(-400, 1400),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(drags)
def test_any_sequence_of_drags_keeps_notes_in_one_cell_under_their_centre(steps):
    records: dict = {
        "left": empty_map(0, 0, "left"),
        "right": empty_map(1400, 300, "right"),
        **{f"n{i}": Note(id=f"n{i}", x=-400, y=i * 200.0) for i in range(4)},
    }
    for item_id, x, y in steps:
        moved = records[item_id].model_copy(update={"x": x, "y": y})
        maps = [records["left"], records["right"]]
        notes = {key: value for key, value in records.items() if isinstance(value, Note)}
        records.update({item.id: item for item in follow_moves(maps, notes, [moved])})
        Board(items=tuple(records.values()))
        homes = [p.note for key in ("left", "right") for p in records[key].placements]
        assert len(homes) == len(set(homes))
        for key in ("left", "right"):
            journey = records[key]
            assert (journey.width, journey.height) == journey_size(journey)
            for place in journey.placements:
                note = records[place.note]
                centre = (note.x + note.width / 2, note.y + note.height / 2)
                assert cell_at(journey, *centre) == (place.stage, place.lane)
