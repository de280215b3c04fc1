"""Participants and dot-voting rounds as undoable steps: every dot can be undone.

The rules live in `codesign.model.voting`; here they meet the document. A refused dot pushes
nothing and comes back as the outcome's `refused`, its message in the window's
language, for the window to show where the voter is looking.
"""

from collections.abc import Callable, Iterable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from codesign.commands.change_records import record_change
from codesign.commands.outcome import Outcome
from codesign.document import BoardDocument
from codesign.model import Cluster, Note, Participant, VotingRound
from codesign.model import voting as rules
from codesign.model.clustering import reading_order
from codesign.model.ids import new_id


def _tr(text: str) -> str:
    return QCoreApplication.translate("commands", text)


def refusal_text(refused: rules.VoteRefused) -> str:
    """The refusal in the window's language, e.g. "Ruth has used all 3 dots."."""
    return QCoreApplication.translate("voting", refused.template).format(**refused.values)


def _round(document: BoardDocument, round_id: str) -> VotingRound:
    voting = document.get(round_id)
    if not isinstance(voting, VotingRound):
        raise KeyError(f"no voting round {round_id!r}")
    return voting


def _participant(document: BoardDocument, voter_id: str) -> Participant:
    voter = document.get(voter_id)
    if not isinstance(voter, Participant):
        raise KeyError(f"no participant {voter_id!r}")
    return voter


def open_round(document: BoardDocument) -> VotingRound | None:
    """The round that taps on notes vote in, if one is open."""
    return next((r for r in document.records_of(VotingRound) if r.status == "open"), None)


def add_participant(document: BoardDocument, name: str, colour: str | None = None) -> Outcome:
    """A new voter, in the least-used dot colour unless one is chosen."""
    existing = list(document.records_of(Participant))
    person = Participant(
        id=new_id("person"),
        name=name.strip(),
        colour=colour or rules.next_voter_colour(existing),
    )
    return record_change(document, _tr("Add participant"), [person], made=[person.id])


def add_anonymous_voters(document: BoardDocument, count: int) -> Outcome:
    """`count` voters named "Voter 1".."Voter n", for a vote where names are not wanted."""
    voters = rules.anonymous_voters(document.records_of(Participant), count)
    made = [voter.id for voter in voters]
    return record_change(document, _tr("Add anonymous voters"), voters, made=made)


def start_round(
    document: BoardDocument,
    title: str,
    budget: int = 3,
    allow_stacking: bool = False,
    scope: Iterable[str] = (),
    hide_tally: bool = False,
) -> Outcome:
    """Open a new round; any round still open is closed in the same step, so a tap on a note
    always means one round."""
    voting = VotingRound(
        id=new_id("round"),
        title=title,
        budget=budget,
        allow_stacking=allow_stacking,
        scope=tuple(scope),
        hide_tally=hide_tally,
    )
    text = _tr("Start voting round")
    return record_change(document, text, [*_closed_others(document), voting], made=[voting.id])


def _closed_others(document: BoardDocument, keep: str = "") -> list[VotingRound]:
    return [
        r.model_copy(update={"status": "closed"})
        for r in document.records_of(VotingRound)
        if r.status == "open" and r.id != keep
    ]


def votable_notes(document: BoardDocument, round_id: str) -> frozenset[str]:
    return rules.votable_notes(
        _round(document, round_id),
        (note.id for note in document.records_of(Note)),
        document.records_of(Cluster),
    )


def place_dot(document: BoardDocument, round_id: str, voter_id: str, note_id: str) -> Outcome:
    """One dot from the voter on the note; a refusal saying why, pushing nothing, if the
    round's rules do not allow it."""
    voting = _round(document, round_id)
    voter = _participant(document, voter_id)
    try:
        updated = rules.place_dot(voting, voter, note_id, _votable_alone(document, voting, note_id))
    except rules.VoteRefused as refused:
        return Outcome(refused=refusal_text(refused))
    return record_change(document, _tr("Place dot"), [updated])


def _votable_alone(document: BoardDocument, voting: VotingRound, note_id: str) -> frozenset[str]:
    """The tapped note if the round accepts it: asking about one note keeps a tap as quick on
    10,000 notes as on 10 (the same rule as `rules.votable_notes`)."""
    if not isinstance(document.get(note_id), Note):
        return frozenset()
    clusters = (document.get(cluster_id) for cluster_id in voting.scope)
    if voting.scope and not any(isinstance(c, Cluster) and note_id in c.members for c in clusters):
        return frozenset()
    return frozenset({note_id})


def take_back_dot(document: BoardDocument, round_id: str, voter_id: str, note_id: str) -> Outcome:
    """Take one of the voter's dots off the note; a refusal saying why if there is none."""
    voting = _round(document, round_id)
    try:
        updated = rules.take_back_dot(voting, _participant(document, voter_id), note_id)
    except rules.VoteRefused as refused:
        return Outcome(refused=refusal_text(refused))
    return record_change(document, _tr("Take back dot"), [updated])


def close_round(document: BoardDocument, round_id: str) -> Outcome:
    """No more dots; the results are final until the round is reopened."""
    voting = _round(document, round_id).model_copy(update={"status": "closed"})
    return record_change(document, _tr("Close voting round"), [voting])


def set_tally_hidden(document: BoardDocument, round_id: str, hidden: bool) -> Outcome:
    """Hide the counts so early dots don't sway later voters, then reveal them to the room."""
    voting = _round(document, round_id).model_copy(update={"hide_tally": hidden})
    return record_change(document, _tr("Hide tally") if hidden else _tr("Reveal tally"), [voting])


class RoundResults(NamedTuple):
    notes: list[rules.Ranked]
    """Every votable note with dots, most dots first, ties marked."""
    clusters: list[rules.Ranked]
    """Every cluster with a votable note, by the dots on its members."""


def _accepts(document: BoardDocument, voting: VotingRound) -> Callable[[str], bool]:
    """Whether the round takes dots on a key, as `votable_notes` says, without listing every
    note of a round open to the whole board (10,000 ids after each pause in the voting)."""
    if voting.scope:
        return votable_notes(document, voting.id).__contains__
    return lambda key: isinstance(document.get(key), Note)


def round_results(document: BoardDocument, round_id: str) -> RoundResults:
    """The ranking the facilitator reads out; equal votes keep the board's reading order (of
    the notes with dots only: ordering a whole 100,000-note board took a second)."""
    voting = _round(document, round_id)
    accepts = _accepts(document, voting)
    voted = (document.get(key) for key in voting.tally() if accepts(key))
    notes = reading_order(n for n in voted if isinstance(n, Note))
    clusters = sorted(
        (c for c in document.records_of(Cluster) if any(map(accepts, c.members))),
        key=lambda c: (c.y, c.x, c.id),
    )
    return RoundResults(
        rules.rank_notes(voting, [n.id for n in notes]), rules.cluster_totals(voting, clusters)
    )
