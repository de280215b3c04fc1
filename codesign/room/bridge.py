"""The board and the shared document kept in step, on the Qt UI thread.

Local steps (every change of the records) are mirrored into the shared document; a remote
change arrives as plain values, is checked (`validate`) and applied as one command on the room's
own stack (`commands.remote`), and whatever was refused is written back as the board has it, so
the shared document is put right for everyone. The writes themselves run on the server's
thread: `post` hands them over.
"""

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoStack

from codesign.commands.remote import apply_remote
from codesign.commands.votes import refusal_text
from codesign.document import INFO_KEY, BoardDocument, RecordValue
from codesign.document.board_document import board_fields
from codesign.model import Board, BoardInfo, Note, Participant, VotingRound
from codesign.model import voting as rules
from codesign.model.bilingual import LANGUAGES_KEY
from codesign.room.arrivals import Arrivals
from codesign.room.hub import RemoteBatch, Write
from codesign.room.layout import ROOTS, Fields, Key, fields_of, root_of
from codesign.room.private_votes import VoteRequest
from codesign.room.settings import GuestKind
from codesign.room.validate import Author, Refused, check, votable_for

log = logging.getLogger(__name__)
Post = Callable[[list[Write], Fields | None], None]
NOTES_PER_PHONE = 100
"""Notes one phone may send in a room session: a workshop's worth from anyone, while a phone
scripted to flood the board stops at a hundred, whatever the rate limit lets through."""
FLOOD_MARGIN = 20
"""Notes refused over the cap before the phone is put out of the room: the phone page never
sends past the cap, so only a script does, and every refused note still costs every other
client a round trip (the relay is optimistic), which must not go on."""
PostPrivate = Callable[[str | None, dict[str, dict[str, int]]], None]


class Bridge(QObject):
    flooding = Signal(str)
    """A guest went on sending far past the note cap: the room removes it."""

    def __init__(
        self,
        document: BoardDocument,
        post: Post,
        session: str,
        language: str,
        post_private: PostPrivate | None = None,
    ) -> None:
        super().__init__()
        self.document = document
        self.steps = QUndoStack(self)
        """Remote edits, one step each: undoable from here, never by the facilitator's Ctrl+Z."""
        self.can: frozenset[str] = frozenset({"write", "vote", "view"})
        self._post = post
        self._post_private = post_private
        self._session = session
        self._language = language
        self._guests: dict[str, tuple[str | None, GuestKind]] = {}
        self._mirrored: dict[str, RecordValue] = {}
        self._arrivals = Arrivals(document.items())
        self._sent: Counter[str] = Counter()
        document.records_changed.connect(self._on_records_changed)

    def close(self) -> None:
        self.document.records_changed.disconnect(self._on_records_changed)

    def initial(self) -> tuple[list[Write], Fields]:
        """The whole board for a new room session's shared document."""
        writes: list[Write] = []
        for record in self._shared_records():
            self._mirrored[record.id] = record
            writes.append(((root_of(record), record.id), _shared_fields(record), None))
        return writes, self.room_fields()

    def room_fields(self) -> Fields:
        voting = next(
            (r for r in self.document.records_of(VotingRound) if r.status == "open"), None
        )
        languages = self.document.languages()
        return {
            "session": self._session,
            "can": sorted(self.can),
            "language": self._language,
            "open_round": voting.id if voting else None,
            "hidden_tally": bool(voting and voting.hide_tally),
            "title": self.document.info.title,
            "note_cap": NOTES_PER_PHONE,
            "languages": languages.model_dump(mode="json") if languages else None,
        }

    def set_can(self, can: frozenset[str]) -> None:
        self.can = can
        self._post([], self.room_fields())

    def set_language(self, language: str) -> None:
        self._language = language
        self._post([], self.room_fields())

    # --- joins and remote changes ---------------------------------------------------------

    def joined(self, guest_id: str, name: str | None, kind: GuestKind) -> None:
        """A phone becomes a participant (a voter, an author) on the board when it joins."""
        self._guests[guest_id] = (name, kind)
        if kind != "phone":
            return
        existing = self.document.get(guest_id)
        if isinstance(existing, Participant) and (name is None or existing.name == name):
            return
        people = list(self.document.records_of(Participant))
        person = Participant(
            id=guest_id,
            name=name or self.tr("Guest {number}").format(number=len(people) + 1),
            colour=existing.colour if existing else rules.next_voter_colour(people),
        )
        apply_remote(self.document, self.steps, self.tr("Join the room"), [person])

    def apply(self, batch: RemoteBatch) -> None:
        """Check each record the client changed; apply what passes as one step, put the rest
        back as the board has it."""
        author = self._author(batch.guest)
        accepted: dict[str, Any] = {}
        refused: list[Key] = []
        for key, fields in batch.changes:
            try:
                if author is None:
                    raise Refused("not in the room")
                record = check(author, key, fields, self.document.get)
                if author.kind == "codesign":
                    record = _hidden_dots_kept(record, self.document.get(key[1]))
                elif isinstance(record, Note) and self.document.get(key[1]) is None:
                    self._count_sent(batch.guest)
                accepted[key[1]] = self._placed(record, fields)
            except Refused as reason:
                log.info("refused %s from %s: %s", key, batch.guest, reason)
                refused.append(key)
        if accepted and not self._board_stays_valid(accepted, author):
            refused.extend(k for k, _ in batch.changes if k[1] in accepted)
            accepted = {}
        if accepted:
            values = [v for v in accepted.values() if v is not None]
            removed = [k for k, v in accepted.items() if v is None]
            text = self.tr("Edit from the room")
            if apply_remote(self.document, self.steps, text, values, removed) is None:
                refused.extend(k for k, _ in batch.changes if k[1] in accepted)
        if refused:
            voters = frozenset({batch.guest}) if author and author.kind == "phone" else None
            self._post([self._restore(key, voters) for key in refused], None)

    def _count_sent(self, guest: str) -> None:
        self._sent[guest] += 1
        if self._sent[guest] > NOTES_PER_PHONE:
            if self._sent[guest] == NOTES_PER_PHONE + FLOOD_MARGIN:
                log.warning("%s sent far past the note cap: removed from the room", guest)
                self.flooding.emit(guest)
            raise Refused(f"a phone sends at most {NOTES_PER_PHONE} notes")

    def _board_stays_valid(self, accepted: dict[str, Any], author: Author | None) -> bool:
        """The board file's own validation (no note in two clusters, no reference to what is
        not there, unique ids ...) over the board as the change would leave it. Linear in the
        board, so only for changes that can break a reference: anything but a note written
        over a note, a participant, or a phone's dots (the round's rules checked those)."""
        if all(
            _cannot_break_references(value, self.document.get(key), author)
            for key, value in accepted.items()
        ):
            return True
        records = dict(self.document.snapshot().records)
        for key, value in accepted.items():
            if value is None:
                records.pop(key, None)
            else:
                records[key] = value
        try:
            Board(**board_fields(records))
        except ValidationError as error:
            log.info("refused a change that breaks the board: %s", _first_line(error))
            return False
        return True

    def _placed(self, record: object, fields: Fields | None) -> object:
        """A new note sent without a place (a phone sends text only) joins the arrivals."""
        if (
            isinstance(record, Note)
            and fields is not None
            and ("x" not in fields or "y" not in fields)
            and self.document.get(record.id) is None
        ):
            return record.model_copy(update=self._arrivals.next_spot())
        return record

    def _author(self, guest_id: str) -> Author | None:
        known = self._guests.get(guest_id)
        if known is None:
            return None
        person = self.document.get(guest_id)
        name = person.name if isinstance(person, Participant) else known[0] or guest_id
        return Author(guest_id, name, known[1], self.can)

    def _restore(self, key: Key, voters: frozenset[str] | None) -> Write:
        record = self.document.get(key[1])
        if root_of(record) != key[0]:
            return (key, None, None)
        return (key, _shared_fields(record), voters)

    # --- local changes --------------------------------------------------------------------

    @Slot(object)
    def _on_records_changed(self, keys: frozenset[str]) -> None:
        writes: list[Write] = []
        room: Fields | None = None
        for key in keys:
            if key in (INFO_KEY, LANGUAGES_KEY):
                room = self.room_fields()
                continue
            record = self.document.get(key)
            old = self._mirrored.get(key)
            if record is old:
                continue
            root = root_of(record if record is not None else old)
            if root is None:
                continue
            if record is None:
                del self._mirrored[key]
                writes.append(((root, key), None, None))
                continue
            self._mirrored[key] = record
            voters = _voters_changed(old, record)
            writes.append(((root, key), _shared_fields(record), voters))
            if isinstance(record, VotingRound):
                room = self.room_fields()
                self.publish_private()
        if writes or room:
            self._post(writes, room)

    def publish_private(self) -> None:
        """Each voter's own dots in the open round with a hidden tally, for their phone only."""
        if self._post_private is None:
            return
        voting = self._open_round()
        if voting is None or not voting.hide_tally:
            self._post_private(None, {})
            return
        mine: dict[str, dict[str, int]] = {}
        for dot in voting.dots:
            mine.setdefault(dot.voter, {})[dot.note] = dot.count
        self._post_private(voting.id, mine)

    def _open_round(self) -> VotingRound | None:
        return next((r for r in self.document.records_of(VotingRound) if r.status == "open"), None)

    # --- votes while the tally is hidden ---------------------------------------------------

    def vote(self, request: VoteRequest) -> None:
        """A phone's dot through the private channel: the round's rules, then one command;
        the answer is that voter's own dots, or a one-line refusal in the room's language."""
        author = self._author(request.guest)
        voting = self.document.get(request.round_id)
        voter = self.document.get(request.guest)
        if author is None or author.kind != "phone" or not isinstance(voter, Participant):
            request.answer(403, {"error": self.tr("Join the room again.")})
            return
        if "vote" not in author.can:
            request.answer(403, {"error": self.tr("Voting is paused.")})
            return
        if not isinstance(voting, VotingRound) or not voting.hide_tally:
            request.answer(409, {"error": self.tr("This round is not taking private votes.")})
            return
        try:
            if request.delta > 0:
                changed = rules.place_dot(
                    voting, voter, request.note, votable_for(voting, self.document.get)
                )
            else:
                changed = rules.take_back_dot(voting, voter, request.note)
        except rules.VoteRefused as refused:
            request.answer(409, {"error": refusal_text(refused)})
            return
        text = self.tr("Vote from the room")
        if apply_remote(self.document, self.steps, text, [changed]) is None:
            request.answer(409, {"error": self.tr("The board refused this vote.")})
            return
        mine = [{"note": d.note, "count": d.count} for d in changed.dots if d.voter == voter.id]
        request.answer(200, {"mine": mine, "left": rules.remaining_budget(changed, voter.id)})

    def _shared_records(self) -> Iterable[Any]:
        for record in self.document.snapshot().records.values():
            if root_of(record) in ROOTS and not isinstance(record, BoardInfo):
                yield record


def _cannot_break_references(new: object, old: object, author: Author | None) -> bool:
    if isinstance(new, Note):
        return old is None or isinstance(old, Note)
    if isinstance(new, Participant):
        return True
    return isinstance(new, VotingRound) and author is not None and author.kind == "phone"


def _hidden_dots_kept(record: object, current: object) -> object:
    """A co-editor sees no dots of a round whose tally is hidden, so what it writes of that
    round never changes them: the board's dots stay."""
    if (
        isinstance(record, VotingRound)
        and isinstance(current, VotingRound)
        and (current.hide_tally or record.hide_tally)
    ):
        return record.model_copy(update={"dots": current.dots})
    return record


def _first_line(error: ValidationError) -> str:
    errors = error.errors()
    return str(errors[0].get("msg", error)) if errors else str(error).splitlines()[0]


def _shared_fields(record: Any) -> Fields:
    """What the shared document holds of a record: a round with a hidden tally holds no dots
    (every client holds the whole document); they are written when the tally is revealed."""
    fields = fields_of(record)
    if isinstance(record, VotingRound) and record.hide_tally:
        fields["dots"] = []
    return fields


def _voters_changed(old: object, new: object) -> frozenset[str] | None:
    """The voters whose dots differ: only theirs are rewritten in the shared round (all of
    them when the tally is hidden or revealed)."""
    if not isinstance(old, VotingRound) or not isinstance(new, VotingRound):
        return None
    if old.hide_tally != new.hide_tally or new.hide_tally:
        return None
    before = Counter({(d.voter, d.note): d.count for d in old.dots})
    after = Counter({(d.voter, d.note): d.count for d in new.dots})
    return frozenset(voter for voter, _ in (before - after) + (after - before))
