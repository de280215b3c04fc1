"""Voting commands: a full round as a room would run it, every dot one undo step."""

import pytest

from codesign.commands.clusters import make_cluster
from codesign.commands.votes import (
    add_anonymous_voters,
    add_participant,
    close_round,
    open_round,
    place_dot,
    round_results,
    set_tally_hidden,
    start_round,
    take_back_dot,
    votable_notes,
)
from codesign.document import BoardDocument
from codesign.model import Board, Note, Participant, VotingRound
from codesign.model.voting import remaining_budget
from codesign.storage import board_to_bytes, load_board
from tests.boards import themed_board
from tests.undo import one_step


@pytest.fixture
def document(qapp):
    return BoardDocument(themed_board())


def votes(document, round_id):
    return [(r.id, r.votes, r.rank, r.tied) for r in round_results(document, round_id).notes]


def test_adding_a_participant_takes_one_step_and_a_fresh_colour(document):
    ruth = one_step(document, lambda: add_participant(document, " Ruth ").made_id)
    person = document.get(ruth)
    assert person.name == "Ruth"
    assert person.colour not in {p.colour for p in themed_board().participants}


def test_anonymous_voters_are_added_in_one_step(document):
    ids = one_step(document, lambda: add_anonymous_voters(document, 3).made)
    assert [document.get(key).name for key in ids] == ["Voter 1", "Voter 2", "Voter 3"]


def test_a_full_round_from_start_to_results(document):
    ruth = add_participant(document, "Ruth").made_id
    dai = add_participant(document, "Dai").made_id
    round_id = one_step(
        document, lambda: start_round(document, "Beth sy'n bwysig?", budget=2).made_id
    )
    assert open_round(document).id == round_id
    assert document.get("r1").status == "closed", "starting a round closes the one before"

    for voter, note_id in ((ruth, "n1"), (ruth, "n2"), (dai, "n2"), (dai, "n3")):
        one_step(document, lambda v=voter, n=note_id: place_dot(document, round_id, v, n))
    assert remaining_budget(document.get(round_id), ruth) == 0

    count = document.undo_stack.count()
    refused = place_dot(document, round_id, ruth, "n4")
    assert refused.refused == "Ruth has used all 2 dots." and not refused.pushed
    assert document.undo_stack.count() == count, "a refused dot pushes nothing"

    one_step(document, lambda: take_back_dot(document, round_id, dai, "n3"))
    place_dot(document, round_id, dai, "n1")
    one_step(document, lambda: close_round(document, round_id))
    assert open_round(document) is None
    assert "closed" in place_dot(document, round_id, dai, "n4").refused

    assert votes(document, round_id) == [
        ("n1", 2, 1, True),
        ("n2", 2, 1, True),
    ]
    clusters = round_results(document, round_id).clusters
    assert [(r.id, r.votes, r.rank) for r in clusters] == [("c1", 4, 1), ("c2", 0, 0)]


def test_undo_of_a_vote_gives_the_dot_back(document):
    round_id = start_round(document, "Priorities", budget=1).made_id
    place_dot(document, round_id, "p1", "n4")
    assert remaining_budget(document.get(round_id), "p1") == 0
    document.undo_stack.undo()
    assert remaining_budget(document.get(round_id), "p1") == 1
    assert document.undo_stack.undoText() == "Start voting round"


def test_stacking_and_scope_follow_the_round_settings(document):
    round_id = start_round(document, "Evidence only", allow_stacking=True, scope=["c2"]).made_id
    assert votable_notes(document, round_id) == {"n3", "n4"}
    place_dot(document, round_id, "p1", "n3")
    place_dot(document, round_id, "p1", "n3")
    assert votes(document, round_id)[0] == ("n3", 2, 1, False)
    assert "not part of" in place_dot(document, round_id, "p1", "n1").refused


def test_hidden_tally_is_revealed_and_the_round_closes(document):
    round_id = start_round(document, "Quiet vote", hide_tally=True).made_id
    one_step(document, lambda: set_tally_hidden(document, round_id, False))
    assert document.undo_stack.undoText() == "Reveal tally"
    close_round(document, round_id)
    assert document.get(round_id).status == "closed"


def test_rounds_and_results_survive_save_and_load(document, tmp_path):
    make_cluster(document, ["n4"], title="Evidence")
    round_id = start_round(document, "After lunch", budget=3).made_id
    for voter in add_anonymous_voters(document, 2).made:
        place_dot(document, round_id, voter, "n4")
    close_round(document, round_id)
    path = tmp_path / "voted.codesign.json"
    document.save(path)
    loaded = BoardDocument(load_board(path))
    assert board_to_bytes(loaded.board()) == board_to_bytes(document.board())
    assert round_results(loaded, round_id) == round_results(document, round_id)
    assert isinstance(loaded.get(round_id), VotingRound)


def test_a_board_with_no_notes_has_empty_results(qapp):
    document = BoardDocument(Board(participants=(Participant(id="p", name="Ann"),)))
    round_id = start_round(document, "Nothing yet").made_id
    assert round_results(document, round_id) == ([], [])
    assert place_dot(document, round_id, "p", "ghost").refused
    document2 = BoardDocument(Board(items=(Note(id="a"),)))
    assert open_round(document2) is None
