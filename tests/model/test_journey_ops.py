"""Journey map structure: stages, lanes, sizes, emotion, as pure functions."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from codesign.model import Board, Note
from codesign.model import journey_ops as ops
from codesign.model.journey_drops import release_notes
from codesign.model.journey_geometry import (
    CELL_GAP,
    MIN_STAGE_WIDTH,
    cell_at,
    emotion_from_y,
    emotion_points,
    emotion_y,
    journey_size,
    lane_top,
)
from tests.model.journey_wall import STAGES, Wall, empty_map, ids


def test_a_new_map_is_sized_by_its_stages_and_lanes():
    journey = empty_map()
    assert [s.title for s in journey.stages] == STAGES
    assert [lane.emotion for lane in journey.lanes] == [False, False, True]
    assert (journey.width, journey.height) == journey_size(journey)
    Board(items=(journey,))


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
