"""Each command is one undo step that keeps the board valid; undo restores it exactly."""

import pytest

from codesign.commands.arrange import Alignment, Axis, align_items, distribute_items
from codesign.commands.clipboard import duplicate_items
from codesign.commands.notes import bring_to_front, recolour_items, restack, send_to_back
from codesign.commands.removal import delete_items, removal_plan
from codesign.document import BoardDocument
from codesign.model import Board, Connector, JourneyMap, Lane, Note, Placement, Stage, VotingRound
from tests.boards import themed_board
from tests.undo import one_step


@pytest.fixture
def document():
    return BoardDocument(themed_board())


def test_deleting_a_note_drops_every_reference_to_it(document):
    one_step(document, lambda: delete_items(document, ["n1"]))
    board = document.board()
    assert "n1" not in board.by_id
    assert board.by_id["c1"].members == ("n2",)
    (voting,) = board.rounds
    assert [d.note for d in voting.dots] == ["n3"]


def test_deleting_a_cluster_takes_its_connector_and_voting_scope(document):
    one_step(document, lambda: delete_items(document, ["c2"]))
    board = document.board()
    assert "e1" not in board.by_id
    assert "n3" in board.by_id


def test_connectors_on_connectors_go_to_a_fixed_point():
    board = themed_board()
    chain = Connector(id="e2", source="e1", target="n1")
    items = [*board.items, chain]
    _updated, removed = removal_plan(items, board.rounds, ["c1"])
    assert removed == ["c1", "e1", "e2"]


def test_deleting_nothing_pushes_nothing(document):
    assert not delete_items(document, ["missing"]).pushed
    assert document.undo_stack.count() == 0


def test_recolour_is_one_step_for_the_whole_selection(document):
    one_step(document, lambda: recolour_items(document, ["n1", "n2", "l1"], "teal"))
    assert {document.get(k).colour for k in ("n1", "n2")} == {"teal"}
    assert document.get("l1").colour == "#1F1F1F"
    assert document.undo_stack.undoText() == "Change colour"


def test_restack_keeps_the_moved_items_in_their_own_order():
    items = [Note(id="a", z=3), Note(id="b", z=1), Note(id="c", z=7)]
    assert [(i.id, i.z) for i in restack(items, ["a", "b"], to_front=True)] == [
        ("b", 8),
        ("a", 9),
    ]
    assert [(i.id, i.z) for i in restack(items, ["c"], to_front=False)] == [("c", 0)]


def test_front_and_back(document):
    one_step(document, lambda: bring_to_front(document, ["n1"]))
    assert document.board().items[-1].id == "n1"
    one_step(document, lambda: send_to_back(document, ["n4"]))
    assert document.board().items[0].id == "n4"


def test_align_and_distribute_are_one_step_each(document):
    one_step(document, lambda: align_items(document, ["n1", "n4"], Alignment.RIGHT))
    assert document.get("n1").x == document.get("n4").x == 180
    one_step(document, lambda: distribute_items(document, ["n1", "n2", "n4"], Axis.VERTICAL))
    assert document.undo_stack.undoText() == "Distribute"


def test_duplicate_makes_fresh_ids_and_keeps_internal_links(document):
    new_ids = one_step(document, lambda: duplicate_items(document, ["c1", "n1", "n2", "c2"]).made)
    assert len(new_ids) == 4
    board = document.board()
    copies = [board.by_id[k] for k in new_ids]
    cluster = next(c for c in copies if c.kind == "cluster" and c.title == "Communication")
    assert set(cluster.members) <= set(new_ids)
    assert len(cluster.members) == 2
    connectors = [i for i in board.items if isinstance(i, Connector)]
    assert len(connectors) == 2
    assert all(board.by_id[k].z > 0 for k in new_ids)
    assert next(iter(board.of_kind(VotingRound)), None) is None


def test_deleting_a_placed_note_empties_its_journey_cell():
    journey = JourneyMap(
        id="j1",
        stages=(Stage(id="s1"),),
        lanes=(Lane(id="l1"),),
        placements=(Placement(note="a", stage="s1", lane="l1"),),
    )
    document = BoardDocument(Board(items=(Note(id="a"), Note(id="b"), journey)))
    one_step(document, lambda: delete_items(document, ["a"]))
    assert document.board().by_id["j1"].placements == ()
    one_step(document, lambda: delete_items(document, ["j1"]))
    assert "b" in document.board().by_id
