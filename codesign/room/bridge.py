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

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QUndoStack

from codesign.commands.remote import apply_remote
from codesign.document import INFO_KEY, BoardDocument, RecordValue
from codesign.model import BoardInfo, Note, Participant, VotingRound
from codesign.model import voting as rules
from codesign.model.bilingual import LANGUAGES_KEY
from codesign.room.arrivals import Arrivals
from codesign.room.hub import RemoteBatch, Write
from codesign.room.layout import ROOTS, Fields, Key, fields_of, root_of
from codesign.room.settings import GuestKind
from codesign.room.validate import Author, Refused, check

log = logging.getLogger(__name__)
Post = Callable[[list[Write], Fields | None], None]


class Bridge(QObject):
    def __init__(self, document: BoardDocument, post: Post, session: str, language: str) -> None:
        super().__init__()
        self.document = document
        self.steps = QUndoStack(self)
        """Remote edits, one step each: undoable from here, never by the facilitator's Ctrl+Z."""
        self.can: frozenset[str] = frozenset({"write", "vote", "view"})
        self._post = post
        self._session = session
        self._language = language
        self._guests: dict[str, tuple[str | None, GuestKind]] = {}
        self._mirrored: dict[str, RecordValue] = {}
        self._arrivals = Arrivals(document.items())
        document.records_changed.connect(self._on_records_changed)

    def close(self) -> None:
        self.document.records_changed.disconnect(self._on_records_changed)

    def initial(self) -> tuple[list[Write], Fields]:
        """The whole board for a new room session's shared document."""
        writes: list[Write] = []
        for record in self._shared_records():
            self._mirrored[record.id] = record
            writes.append(((root_of(record), record.id), fields_of(record), None))  # type: ignore[arg-type]
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
            "languages": languages.model_dump(mode="json") if languages else None,
        }

    def set_can(self, can: frozenset[str]) -> None:
        self.can = can
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
                accepted[key[1]] = self._placed(record, fields)
            except Refused as reason:
                log.info("refused %s from %s: %s", key, batch.guest, reason)
                refused.append(key)
        if accepted:
            values = [v for v in accepted.values() if v is not None]
            removed = [k for k, v in accepted.items() if v is None]
            text = self.tr("Edit from the room")
            if apply_remote(self.document, self.steps, text, values, removed) is None:
                refused.extend(k for k, _ in batch.changes if k[1] in accepted)
        if refused:
            voters = frozenset({batch.guest}) if author and author.kind == "phone" else None
            self._post([self._restore(key, voters) for key in refused], None)

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
        return (key, fields_of(record), voters)  # type: ignore[arg-type]

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
            writes.append(((root, key), fields_of(record), voters))  # type: ignore[arg-type]
            if isinstance(record, VotingRound):
                room = self.room_fields()
        if writes or room:
            self._post(writes, room)

    def _shared_records(self) -> Iterable[Any]:
        for record in self.document.snapshot().records.values():
            if root_of(record) in ROOTS and not isinstance(record, BoardInfo):
                yield record


def _voters_changed(old: object, new: object) -> frozenset[str] | None:
    """The voters whose dots differ: only theirs are rewritten in the shared round."""
    if not isinstance(old, VotingRound) or not isinstance(new, VotingRound):
        return None
    before = Counter({(d.voter, d.note): d.count for d in old.dots})
    after = Counter({(d.voter, d.note): d.count for d in new.dots})
    return frozenset(voter for voter, _ in (before - after) + (after - before))
