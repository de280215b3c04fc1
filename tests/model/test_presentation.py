import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from codesign.model import Board, Cluster, JourneyMap, Lane, Note, Stage
from codesign.model.bookmarks import Bookmark
from codesign.model.journey_geometry import journey_size
from codesign.model.presentation import (
    board_frames,
    move_by,
    move_to,
    ordered_frames,
    reading_order,
    step,
)
from codesign.storage import board_to_bytes, parse_board
from tests.boards import themed_board
from tests.strategies import boards


def _wall() -> Board:
    """Two themes side by side (the right one a little higher), a journey below, a bookmark."""
    return Board(
        items=(
            Note(id="n1", x=0, y=0),
            Cluster(id="right", x=600, y=-30, width=400, height=300, title="Evidence"),
            Cluster(id="left", x=0, y=0, width=400, height=300, title="Communication"),
            JourneyMap(
                id="j",
                x=0,
                y=500,
                title="ServiceLand",
                stages=(Stage(id="s1"), Stage(id="s2")),
                lanes=(Lane(id="l1"),),
            ),
        ),
        bookmarks=(Bookmark(id="b", title="Agenda", x=-2000, y=2000),),
    )


def test_unordered_frames_follow_reading_order():
    frames = board_frames(_wall())
    assert [f.id for f in frames] == ["left", "right", "j", "b"]
    assert [f.kind for f in frames] == ["cluster", "cluster", "journey", "bookmark"]
    assert frames[0].title == "Communication"


def test_a_journey_frame_is_as_big_as_its_stages_and_lanes():
    wall = _wall()
    journey = next(f for f in board_frames(wall) if f.id == "j")
    assert journey.rect == (0, 500, *journey_size(wall.by_id["j"]))


def test_the_explicit_order_comes_first_then_new_frames_in_reading_order():
    board = _wall().model_copy(update={"frame_order": ("b", "right")})
    assert [f.id for f in board_frames(board)] == ["b", "right", "left", "j"]


def test_a_stale_order_skips_deleted_frames_and_non_frames():
    records = list(_wall().items)
    assert [f.id for f in ordered_frames(records, ("gone", "n1", "j"))] == ["j", "left", "right"]


def test_frame_order_must_name_frames_once():
    with pytest.raises(ValidationError, match="not a cluster, journey map or bookmark"):
        _wall().model_validate({**_wall().model_dump(), "frame_order": ["n1"]})
    with pytest.raises(ValidationError, match="duplicate frame in frame_order id 'j'"):
        _wall().model_validate({**_wall().model_dump(), "frame_order": ["j", "j"]})
    with pytest.raises(ValidationError, match="duplicate id 'n1'"):
        Board(items=(Note(id="n1"),), bookmarks=(Bookmark(id="n1"),))


def test_bookmarks_and_order_survive_a_save():
    board = _wall().model_copy(update={"frame_order": ("j", "b")})
    again = parse_board(board_to_bytes(board), "wall.json")
    assert again.bookmarks == board.bookmarks
    assert again.frame_order == ("j", "b")


def test_next_and_previous_stop_at_the_ends_unless_wrapping():
    frames = board_frames(_wall())
    assert step(frames, None, 1) == "left"
    assert step(frames, None, -1) == "b"
    assert step(frames, "left", 1) == "right"
    assert step(frames, "b", 1) == "b"
    assert step(frames, "left", -1) == "left"
    assert step(frames, "b", 1, wrap=True) == "left"
    assert step(frames, "left", -1, wrap=True) == "b"
    assert step(frames, "deleted", 1) == "left"
    assert step([], None, 1) is None


def test_reorder_moves_to_an_index_or_by_a_step_and_clamps():
    order = ("a", "b", "c")
    assert move_to(order, "c", 0) == ("c", "a", "b")
    assert move_to(order, "a", 99) == ("b", "c", "a")
    assert move_by(order, "b", -1) == ("b", "a", "c")
    assert move_by(order, "a", -1) == order
    assert move_by(order, "c", 1) == order
    with pytest.raises(KeyError):
        move_by(order, "z", 1)


def test_reading_order_of_the_themed_board():
    assert [f.id for f in reading_order(board_frames(themed_board()))] == ["c1", "c2"]


@given(
    board=boards(),
    order=st.lists(st.sampled_from(["c0", "c1", "c2", "c3", "n0", "gone", "b"]), max_size=8),
    bookmark=st.booleans(),
)
def test_every_frame_is_in_the_show_exactly_once_whatever_the_order(board, order, bookmark):
    records = [*board.items, *([Bookmark(id="b")] if bookmark else [])]
    frame_ids = {r.id for r in records if isinstance(r, Cluster | JourneyMap | Bookmark)}
    shown = [frame.id for frame in ordered_frames(records, order)]
    assert sorted(shown) == sorted(frame_ids)
    explicit = [key for key in dict.fromkeys(order) if key in frame_ids]
    assert shown[: len(explicit)] == explicit
