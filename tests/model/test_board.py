from typing import get_args

import pytest
from pydantic import ValidationError

from codesign.model import (
    STICKY_PALETTE,
    Board,
    Cluster,
    Connector,
    Dot,
    Note,
    Participant,
    VotingRound,
    resolve_colour,
)
from codesign.model.items import JourneyMap, Lane, Placement, Stage
from codesign.model.palette import PaletteName
from tests.boards import themed_board


def test_a_good_board_validates_and_indexes_its_items():
    board = themed_board()
    assert board.by_id["c1"].title == "Communication"
    assert [n.id for n in board.of_kind(Note)] == ["n1", "n2", "n3", "n4"]
    assert board.rounds[0].tally() == {"n1": 2, "n3": 1}


@pytest.mark.parametrize(
    ("items", "message"),
    [
        ((Note(id="a"), Note(id="a")), "duplicate id 'a'"),
        ((Cluster(id="c", members=("ghost",)),), "'ghost', not a note"),
        (
            (Note(id="a"), Cluster(id="c", members=("a",)), Cluster(id="d", members=("a",))),
            "in two clusters",
        ),
        ((Note(id="a"), Connector(id="e", source="a", target="b")), "missing 'b'"),
        (
            (
                Note(id="a"),
                JourneyMap(
                    id="j",
                    stages=(Stage(id="s"),),
                    lanes=(Lane(id="l"),),
                    placements=(Placement(note="a", stage="s", lane="nope"),),
                ),
            ),
            "missing lane 'nope'",
        ),
    ],
)
def test_references_that_disagree_are_refused(items, message):
    with pytest.raises(ValidationError, match=message):
        Board(items=items)


def test_negative_size_is_refused():
    with pytest.raises(ValidationError, match="greater than 0"):
        Note(id="a", width=-10)


def test_ids_are_unique_across_participants_and_items():
    with pytest.raises(ValidationError, match="duplicate id 'p1'"):
        Board(items=(Note(id="p1"),), participants=(Participant(id="p1", name="Ann"),))


def test_unknown_colour_is_refused_with_the_palette_named():
    with pytest.raises(ValidationError, match="'yellow', 'orange'"):
        Note(id="a", colour="chartreuse")


def test_hex_colours_are_accepted_and_resolved():
    assert resolve_colour(Note(id="a", colour="#ff00aa").colour) == "#FF00AA"
    assert resolve_colour("yellow") == STICKY_PALETTE["yellow"]


def test_votes_over_budget_or_stacked_without_leave_are_refused():
    with pytest.raises(ValidationError, match="budget of 1"):
        VotingRound(
            id="r", budget=1, allow_stacking=True, dots=(Dot(voter="p", note="n", count=2),)
        )
    with pytest.raises(ValidationError, match="does not allow stacking"):
        VotingRound(id="r", budget=5, dots=(Dot(voter="p", note="n", count=2),))


def test_a_dot_from_a_stranger_is_refused():
    board = themed_board()
    stranger = board.rounds[0].model_copy(update={"dots": (Dot(voter="p9", note="n1"),)})
    with pytest.raises(ValidationError, match="unknown voter 'p9'"):
        Board.model_validate({**board.model_dump(), "rounds": [stranger.model_dump()]})


def test_items_of_an_unknown_kind_are_kept_whole():
    board = Board.model_validate(
        {"items": [{"id": "s1", "kind": "sketch", "z": 3, "strokes": [[0, 0], [4, 4]]}]}
    )
    dumped = board.model_dump()["items"][0]
    assert dumped == {"id": "s1", "kind": "sketch", "z": 3, "strokes": [[0, 0], [4, 4]]}


def test_the_palette_names_in_the_schema_are_the_palette():
    assert set(get_args(PaletteName)) == set(STICKY_PALETTE)
