"""The rules of a dot-voting round, as pure functions on frozen records.

A refused dot raises `VoteRefused` with a sentence the facilitator can read out ("Ruth has used
all 3 dots"), never a silent no-op: at a touchscreen passed round a room, a dot that quietly
fails to appear is worse than a clear "no". The message's template and values are kept apart
so the window can translate it.
"""

import re
from collections.abc import Collection, Iterable, Sequence
from typing import NamedTuple

from codesign.model.ids import new_id
from codesign.model.items import Cluster
from codesign.model.votes import Dot, Participant, VotingRound

VOTER_COLOURS = (
    "#3B5BDB",
    "#E8590C",
    "#2B8A3E",
    "#C2255C",
    "#7048E8",
    "#0B7285",
    "#E67700",
    "#5C940D",
    "#862E9C",
    "#A61E4D",
    "#1864AB",
    "#495057",
)
"""Strong dot colours that read on every sticky tint; a dot also carries its voter's name."""

ANONYMOUS_NAME = "Voter {number}"
_ANONYMOUS = re.compile(r"^Voter (\d+)$")


class VoteRefused(Exception):
    """A dot that the round's rules do not allow, with the reason in plain words."""

    def __init__(self, template: str, **values: object) -> None:
        self.template = template
        self.values = values
        super().__init__(template.format(**values))


def dots_used(voting: VotingRound, voter_id: str) -> int:
    return sum(dot.count for dot in voting.dots if dot.voter == voter_id)


def remaining_budget(voting: VotingRound, voter_id: str) -> int:
    """Dots this voter may still place: shown large, so people know when they are done."""
    return voting.budget - dots_used(voting, voter_id)


def dots_on(voting: VotingRound, voter_id: str, note_id: str) -> int:
    return next(
        (dot.count for dot in voting.dots if dot.voter == voter_id and dot.note == note_id), 0
    )


def votable_notes(
    voting: VotingRound, note_ids: Iterable[str], clusters: Iterable[Cluster]
) -> frozenset[str]:
    """The notes this round accepts dots on: every note, or the members of its chosen clusters."""
    if not voting.scope:
        return frozenset(note_ids)
    scope = set(voting.scope)
    return frozenset(m for cluster in clusters if cluster.id in scope for m in cluster.members)


def place_dot(
    voting: VotingRound, voter: Participant, note_id: str, votable: Collection[str]
) -> VotingRound:
    """The round with one more of `voter`'s dots on the note, or VoteRefused saying why not."""
    if voting.status != "open":
        raise VoteRefused("“{title}” is closed: reopen the round to vote.", title=voting.title)
    if note_id not in votable:
        raise VoteRefused("That note is not part of “{title}”.", title=voting.title)
    if remaining_budget(voting, voter.id) <= 0:
        template = (
            "{name} has used all {budget} dots."
            if voting.budget > 1
            else ("{name} has used their only dot.")
        )
        raise VoteRefused(template, name=voter.name, budget=voting.budget)
    already = dots_on(voting, voter.id, note_id)
    if already and not voting.allow_stacking:
        raise VoteRefused(
            "{name} already has a dot on this note: this round allows one dot per note.",
            name=voter.name,
        )
    return _with_count(voting, voter.id, note_id, already + 1)


def take_back_dot(voting: VotingRound, voter: Participant, note_id: str) -> VotingRound:
    """The round with one of `voter`'s dots lifted off the note."""
    if voting.status != "open":
        raise VoteRefused(
            "“{title}” is closed: reopen the round to change votes.", title=voting.title
        )
    already = dots_on(voting, voter.id, note_id)
    if not already:
        raise VoteRefused("{name} has no dot on this note to take back.", name=voter.name)
    return _with_count(voting, voter.id, note_id, already - 1)


def _with_count(voting: VotingRound, voter_id: str, note_id: str, count: int) -> VotingRound:
    """Dots keep their order in the file; a new pair goes at the end, a zero count is dropped."""
    dots: list[Dot] = []
    found = False
    for dot in voting.dots:
        if dot.voter == voter_id and dot.note == note_id:
            found = True
            if count:
                dots.append(dot.model_copy(update={"count": count}))
        else:
            dots.append(dot)
    if not found and count:
        dots.append(Dot(voter=voter_id, note=note_id, count=count))
    return voting.model_copy(update={"dots": tuple(dots)})


class Ranked(NamedTuple):
    """One line of the results: a note or a cluster, its votes, its place and whether it tied."""

    id: str
    votes: int
    rank: int
    tied: bool


def rank(totals: Sequence[tuple[str, int]]) -> list[Ranked]:
    """Most votes first with standard competition ranking (1, 2, 2, 4); ties keep input order."""
    ordered = sorted(totals, key=lambda pair: -pair[1])
    counts: dict[int, int] = {}
    for _, votes in ordered:
        counts[votes] = counts.get(votes, 0) + 1
    ranked: list[Ranked] = []
    for position, (item_id, votes) in enumerate(ordered, start=1):
        place = ranked[-1].rank if ranked and ranked[-1].votes == votes else position
        ranked.append(Ranked(item_id, votes, place, counts[votes] > 1))
    return ranked


def place_label(ranked: Ranked) -> str:
    """The place as the app, the board and every export print it: "1", or "=2" for a shared
    place, the usual way to write a tied rank (as in league tables and exam lists), or a dash
    for a theme nobody voted for."""
    if ranked.rank == 0:
        return "–"
    return f"={ranked.rank}" if ranked.tied else str(ranked.rank)


def rank_notes(voting: VotingRound, note_ids: Iterable[str]) -> list[Ranked]:
    """The given notes that got dots, ranked; a note nobody voted for is not a result."""
    tally = voting.tally()
    return rank([(note_id, tally[note_id]) for note_id in note_ids if tally.get(note_id, 0) > 0])


def cluster_totals(voting: VotingRound, clusters: Iterable[Cluster]) -> list[Ranked]:
    """Clusters ranked by the dots on their member notes; the themes nobody voted for follow,
    with their 0 and no place (they read "=2 · 0 votes" under the themes that had some)."""
    tally = voting.tally()
    totals = [(c.id, sum(tally.get(m, 0) for m in c.members)) for c in clusters]
    unvoted = [Ranked(cluster_id, 0, 0, False) for cluster_id, votes in totals if votes == 0]
    return rank([pair for pair in totals if pair[1] > 0]) + unvoted


def next_voter_colour(participants: Iterable[Participant]) -> str:
    """The least-used voter colour, so dots from people side by side look different."""
    used: dict[str, int] = {}
    for participant in participants:
        used[participant.colour.upper()] = used.get(participant.colour.upper(), 0) + 1
    return min(VOTER_COLOURS, key=lambda colour: (used.get(colour, 0), VOTER_COLOURS.index(colour)))


def anonymous_voters(existing: Iterable[Participant], count: int) -> list[Participant]:
    """`count` new participants "Voter n", numbered on from any anonymous voters already there."""
    people = list(existing)
    numbers = [int(m.group(1)) for p in people if (m := _ANONYMOUS.match(p.name))]
    start = max(numbers, default=0) + 1
    voters: list[Participant] = []
    for number in range(start, start + count):
        voter = Participant(
            id=new_id("voter"),
            name=ANONYMOUS_NAME.format(number=number),
            colour=next_voter_colour([*people, *voters]),
        )
        voters.append(voter)
    return voters
