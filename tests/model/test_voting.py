from pathlib import Path

import pytest

from codesign.model import Board, Cluster, Dot, Participant, VotingRound
from codesign.model.voting import (
    VOTER_COLOURS,
    Ranked,
    VoteRefused,
    anonymous_voters,
    cluster_totals,
    dots_on,
    next_voter_colour,
    place_dot,
    place_label,
    rank,
    rank_notes,
    remaining_budget,
    take_back_dot,
    votable_notes,
)

RUTH = Participant(id="p-ruth", name="Ruth")
DAI = Participant(id="p-dai", name="Dai")
NOTES = frozenset({"n1", "n2", "n3", "n4"})


def round_(**fields) -> VotingRound:
    return VotingRound(id="r1", title="What matters most?", **fields)


def test_placing_dots_spends_the_budget_and_refuses_the_one_too_many():
    voting = round_(budget=3)
    for note_id in ("n1", "n2", "n3"):
        voting = place_dot(voting, RUTH, note_id, NOTES)
    assert remaining_budget(voting, RUTH.id) == 0
    assert remaining_budget(voting, DAI.id) == 3
    with pytest.raises(VoteRefused, match=r"^Ruth has used all 3 dots\.$") as refused:
        place_dot(voting, RUTH, "n4", NOTES)
    assert refused.value.template == "{name} has used all {budget} dots."
    assert refused.value.values == {"name": "Ruth", "budget": 3}


def test_a_one_dot_round_says_so_in_the_singular():
    voting = place_dot(round_(budget=1), RUTH, "n1", NOTES)
    with pytest.raises(VoteRefused, match="Ruth has used their only dot"):
        place_dot(voting, RUTH, "n2", NOTES)


def test_without_stacking_a_second_dot_on_the_same_note_is_refused():
    voting = place_dot(round_(), RUTH, "n1", NOTES)
    with pytest.raises(VoteRefused, match="Ruth already has a dot on this note"):
        place_dot(voting, RUTH, "n1", NOTES)
    assert place_dot(voting, DAI, "n1", NOTES).tally() == {"n1": 2}


def test_with_stacking_dots_pile_up_on_one_entry():
    voting = round_(allow_stacking=True)
    voting = place_dot(place_dot(voting, RUTH, "n1", NOTES), RUTH, "n1", NOTES)
    assert voting.dots == (Dot(voter=RUTH.id, note="n1", count=2),)
    assert dots_on(voting, RUTH.id, "n1") == 2


def test_notes_outside_the_scope_are_refused():
    clusters = [Cluster(id="c1", members=("n1", "n2")), Cluster(id="c2", members=("n3",))]
    voting = round_(scope=("c1",))
    votable = votable_notes(voting, NOTES, clusters)
    assert votable == {"n1", "n2"}
    with pytest.raises(VoteRefused, match="That note is not part of “What matters most\\?”"):
        place_dot(voting, RUTH, "n3", votable)
    assert votable_notes(round_(), NOTES, clusters) == NOTES


def test_a_closed_round_refuses_dots_and_take_backs():
    voting = place_dot(round_(), RUTH, "n1", NOTES).model_copy(update={"status": "closed"})
    with pytest.raises(VoteRefused, match="is closed"):
        place_dot(voting, DAI, "n1", NOTES)
    with pytest.raises(VoteRefused, match="is closed"):
        take_back_dot(voting, RUTH, "n1")


def test_taking_back_a_dot_returns_it_to_the_budget():
    voting = round_(allow_stacking=True, budget=2)
    voting = place_dot(place_dot(voting, RUTH, "n1", NOTES), RUTH, "n1", NOTES)
    voting = take_back_dot(voting, RUTH, "n1")
    assert voting.dots == (Dot(voter=RUTH.id, note="n1"),)
    voting = take_back_dot(voting, RUTH, "n1")
    assert voting.dots == ()
    assert remaining_budget(voting, RUTH.id) == 2
    with pytest.raises(VoteRefused, match="Ruth has no dot on this note to take back"):
        take_back_dot(voting, RUTH, "n1")


def test_dots_keep_their_order_in_the_file():
    voting = round_(budget=3)
    for voter, note_id in ((RUTH, "n2"), (DAI, "n1"), (RUTH, "n1")):
        voting = place_dot(voting, voter, note_id, NOTES)
    voting = take_back_dot(voting, DAI, "n1")
    assert [(d.voter, d.note) for d in voting.dots] == [(RUTH.id, "n2"), (RUTH.id, "n1")]


def test_competition_ranking_marks_ties():
    ranked = rank([("a", 1), ("b", 3), ("c", 3), ("d", 5), ("e", 0)])
    assert ranked == [
        Ranked("d", 5, 1, False),
        Ranked("b", 3, 2, True),
        Ranked("c", 3, 2, True),
        Ranked("a", 1, 4, False),
        Ranked("e", 0, 5, False),
    ]
    assert rank([]) == []


def test_results_rank_every_note_and_total_each_cluster():
    voting = round_(
        budget=3,
        dots=(
            Dot(voter=RUTH.id, note="n1"),
            Dot(voter=RUTH.id, note="n3"),
            Dot(voter=DAI.id, note="n3"),
            Dot(voter=DAI.id, note="n2"),
        ),
    )
    assert [
        (r.id, r.votes, r.rank, r.tied) for r in rank_notes(voting, ["n1", "n2", "n3", "n4"])
    ] == [
        ("n3", 2, 1, False),
        ("n1", 1, 2, True),
        ("n2", 1, 2, True),
    ]
    assert [place_label(r) for r in rank_notes(voting, ["n1", "n2", "n3", "n4"])] == [
        "1",
        "=2",
        "=2",
    ]
    clusters = [Cluster(id="c1", members=("n1", "n2")), Cluster(id="c2", members=("n3", "n4"))]
    assert cluster_totals(voting, clusters) == [
        Ranked("c1", 2, 1, True),
        Ranked("c2", 2, 1, True),
    ]
    unvoted = [Cluster(id="c3", members=("n5",)), Cluster(id="c4", members=())]
    totals = cluster_totals(voting, [unvoted[0], *clusters, unvoted[1]])
    assert [(r.id, place_label(r)) for r in totals] == [
        ("c1", "=1"),
        ("c2", "=1"),
        ("c3", "–"),
        ("c4", "–"),
    ]


def test_anonymous_voters_are_numbered_on_with_distinct_colours():
    first = anonymous_voters([RUTH], 3)
    assert [v.name for v in first] == ["Voter 1", "Voter 2", "Voter 3"]
    assert len({v.id for v in first}) == 3
    assert len({v.colour for v in [RUTH, *first]}) == 4
    more = anonymous_voters([RUTH, *first], 2)
    assert [v.name for v in more] == ["Voter 4", "Voter 5"]


def test_voter_colours_are_used_evenly():
    people: list[Participant] = []
    for index in range(len(VOTER_COLOURS) + 1):
        people.append(Participant(id=f"p{index}", name="x", colour=next_voter_colour(people)))
    assert {p.colour for p in people} == set(VOTER_COLOURS)
    assert people[-1].colour == VOTER_COLOURS[0]


def test_the_documented_example_is_a_valid_board_with_the_results_it_claims():
    text = (Path(__file__).parents[2] / "docs" / "file-format.md").read_text(encoding="utf-8")
    example = text.split("## Clusters and voting", 1)[1].split("```json", 1)[1].split("```", 1)[0]
    board = Board.model_validate_json(example)
    (voting,) = board.rounds
    assert rank_notes(voting, ["n1", "n2"]) == [
        Ranked("n1", 3, 1, False),
        Ranked("n2", 1, 2, False),
    ]
    assert cluster_totals(voting, board.of_kind(Cluster)) == [Ranked("c1", 4, 1, False)]
