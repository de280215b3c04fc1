"""Whether a remote change may reach the board: the room's rules on top of the model's.

Phones may add notes under their own ids and edit or remove those, and place or take back
their own dots in the open round, within what the host allows now (`can`). A co-editing Codesign
may change any item, participant or round, as the facilitator could. Every value is validated
by the model (text cap, numbers, kinds), and references must point at what is on the board.
No Qt: the caller turns an accepted record into a command.
"""

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from codesign.model import Cluster, Connector, JourneyMap, Note, Participant, VotingRound
from codesign.model import voting as rules
from codesign.model.votes import Dot
from codesign.room.layout import Fields, Key, Root, record_from
from codesign.room.settings import GuestKind

Lookup = Callable[[str], object | None]
Result = Note | Cluster | Participant | VotingRound | object | None
"""The record to set, or None to remove it."""


class Refused(Exception):
    """The change may not reach the board; the message says why, for the log."""


@dataclass(frozen=True)
class Author:
    participant: str
    name: str
    kind: GuestKind
    can: frozenset[str]

    @property
    def note_prefix(self) -> str:
        return f"phone-{self.participant}-"


def check(author: Author, key: Key, fields: Fields | None, get: Lookup) -> Result:
    """The record that the change asks for, or Refused."""
    root, record_id = key
    current = get(record_id)
    if author.kind == "phone":
        return _phone(author, root, record_id, fields, current, get)
    if fields is None:
        if current is None:
            raise Refused("nothing to remove")
        return None
    record = _valid(root, fields, record_id)
    if current is not None and _root_of(current) != root:
        raise Refused(f"{record_id!r} is already something else")
    _references(record, get)
    return record


def _phone(
    author: Author, root: Root, record_id: str, fields: Fields | None, current: object, get: Lookup
) -> Result:
    if root == "rounds":
        if "vote" not in author.can:
            raise Refused("phones may not vote now")
        if not isinstance(current, VotingRound) or fields is None:
            raise Refused("phones may only place dots in a round the host opened")
        if current.hide_tally:
            raise Refused("while the tally is hidden, phones vote through /room/vote")
        return _phone_dots(author, current, fields, get)
    if root != "items" or "write" not in author.can:
        raise Refused("phones may not change that now")
    if not record_id.startswith(author.note_prefix):
        raise Refused("phones may only change their own notes")
    if fields is None:
        if current is None:
            raise Refused("nothing to remove")
        return None
    record = _valid(root, {**fields, "author": author.name}, record_id)
    if not isinstance(record, Note):
        raise Refused("phones may only add notes")
    if current is not None and not isinstance(current, Note):
        raise Refused(f"{record_id!r} is not a note")
    return record


def _phone_dots(author: Author, current: VotingRound, fields: Fields, get: Lookup) -> VotingRound:
    """Only this voter's dots may differ; each is placed or taken back by the round's rules."""
    voter = get(author.participant)
    if not isinstance(voter, Participant):
        raise Refused("unknown voter")
    wanted: Counter[str] = Counter()
    for entry in fields.get("dots") or []:
        if isinstance(entry, Mapping) and entry.get("voter") == author.participant:
            note = entry.get("note")
            if isinstance(note, str):
                wanted[note] += 1
    have = Counter({d.note: d.count for d in current.dots if d.voter == author.participant})
    votable = votable_for(current, get)
    voting = current
    try:
        for note in list(have):
            for _ in range(have[note] - wanted.get(note, 0)):
                voting = rules.take_back_dot(voting, voter, note)
        for note, count in wanted.items():
            for _ in range(count - have.get(note, 0)):
                voting = rules.place_dot(voting, voter, note, votable)
    except rules.VoteRefused as refused:
        if voting is current:
            raise Refused(str(refused)) from None
    return voting


def votable_for(voting: VotingRound, get: Lookup) -> "frozenset[str] | _AnyNote":
    """The notes the round takes dots on: its themes' members, or any note on the board."""
    if not voting.scope:
        return _AnyNote(get)
    clusters = [c for c in (get(i) for i in voting.scope) if isinstance(c, Cluster)]
    return frozenset(m for cluster in clusters for m in cluster.members)


class _AnyNote:
    """Every note on the board, looked up one at a time rather than listed."""

    def __init__(self, get: Lookup) -> None:
        self._get = get

    def __contains__(self, note: object) -> bool:
        return isinstance(note, str) and isinstance(self._get(note), Note)


def _valid(root: Root, fields: Fields, record_id: str) -> Any:
    if fields.get("id") != record_id:
        raise Refused("a record's id must be its key")
    try:
        return record_from(root, fields)
    except (ValidationError, ValueError) as error:
        raise Refused(str(error).splitlines()[0]) from None


def _references(record: object, get: Lookup) -> None:
    """What the board file's own validation checks, for the one record that changed."""
    if isinstance(record, Cluster):
        missing = [m for m in record.members if not isinstance(get(m), Note)]
    elif isinstance(record, JourneyMap):
        missing = [p.note for p in record.placements if not isinstance(get(p.note), Note)]
    elif isinstance(record, Connector):
        missing = [end for end in (record.source, record.target) if get(end) is None]
    elif isinstance(record, VotingRound):
        missing = _dot_references(record.dots, get)
    else:
        return
    if missing:
        raise Refused(f"{record.id!r} refers to {missing[0]!r}, which is not on the board")  # type: ignore[attr-defined]


def _dot_references(dots: tuple[Dot, ...], get: Lookup) -> list[str]:
    missing = [d.voter for d in dots if not isinstance(get(d.voter), Participant)]
    return missing + [d.note for d in dots if not isinstance(get(d.note), Note)]


def _root_of(record: object) -> Root:
    if isinstance(record, Participant):
        return "participants"
    if isinstance(record, VotingRound):
        return "rounds"
    return "items"
