"""Notes dropped into, within, out of and between journey maps."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from codesign.model import Board, Note
from codesign.model import journey_ops as ops
from codesign.model.journey_drops import drop_note, follow_moves, place_note, release_notes
from codesign.model.journey_geometry import (
    CELL_GAP,
    cell_at,
    journey_size,
    lane_top,
    stage_left,
)
from tests.model.journey_wall import Wall, centre_of, empty_map, ids, note_at


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
