"""Autosave: a few seconds after an edit, the board goes to its recovery copy, off the UI thread.

The UI thread only takes a snapshot (a copy of the record dict, well under a millisecond for
10,000 notes); a worker thread turns it into bytes through an `ItemJsonCache` and writes them.
The first change after a quiet spell starts the clock and later ones ride along, so a long burst
of edits is still saved every interval rather than postponed until the typing stops.

Jobs run one at a time in order on one worker, so "discard the copy" queued after a save can
never be overtaken by a write that would bring the copy back.
"""

import logging
import queue
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from codesign.document.board_document import (
    BoardDocument,
    RecordValue,
    Snapshot,
    board_from_snapshot,
)
from codesign.document.own_file import OwnFile
from codesign.model import Note
from codesign.model.ids import new_id
from codesign.model.pin_key import PinKey
from codesign.storage import SaveFailed
from codesign.storage.item_json_cache import ItemJsonCache
from codesign.storage.recovery import RecoveryDetails, RecoveryStore
from codesign.storage.save import pictures_in

log = logging.getLogger(__name__)
Job = Callable[[], None]
CLOSE_TIMEOUT = 10.0
"""Seconds a closing window waits for a save in progress: a 10,000-note board takes about 0.2."""
FIRST_RETRY = 2.0
LAST_RETRY = 60.0
"""After a failed save (a full disk, a share gone), tries again after 2, 4, 8 ... seconds, then
every minute, until one works: space freed is used without anyone having to notice."""


@dataclass(frozen=True)
class LockRecord:
    """Participant mode as the recovery copy keeps it: the PIN's salted hash and what the
    facilitator had on the board (the rest is what participants added, and may delete)."""

    key: PinKey
    baseline: frozenset[str]

    @classmethod
    def of(cls, document: BoardDocument) -> "LockRecord | None":
        key = document.pin_key
        return cls(key, document.baseline) if key is not None else None

    def to_json(self, snapshot: Snapshot) -> dict[str, object]:
        added = sorted(key for key in snapshot.records if key not in self.baseline)
        return {"pin": self.key.to_json(), "added": added}


def lock_from_json(value: object) -> tuple[PinKey, list[str]] | None:
    """The PIN's key and the keys participants added, from a recovery copy; None if absent
    or damaged."""
    if not isinstance(value, dict):
        return None
    key, added = PinKey.from_json(value.get("pin")), value.get("added")
    if key is None or not isinstance(added, list):
        return None
    return key, [k for k in added if isinstance(k, str)]


@dataclass(frozen=True)
class SaveRequest:
    session: str
    snapshot: Snapshot
    revision: int
    title: str
    own_file: OwnFile
    """Named in the copy, with what it holds, so a restored board still notices a file someone
    changed after the crash."""
    to_own_file: bool
    """Write the board's own file too: the facilitator chose to save automatically."""
    decisions_seen: int
    lock: LockRecord | None = None
    """Set while the board is locked, so a board restored after a crash opens locked."""


@dataclass(frozen=True)
class SaveResult:
    request: SaveRequest
    error: str | None = None
    wrote_own_file: bool = False
    retry_in: float | None = None
    """Seconds until the next try after a failure; None when none is planned."""


class Autosaver(QObject):
    saved = Signal(object)
    """A SaveResult, delivered on the UI thread, whether the write worked or not."""
    _done = Signal(object)

    def __init__(
        self,
        store: RecoveryStore,
        seconds: int,
        save_own_file: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._save_own_file = save_own_file
        self._document: BoardDocument | None = None
        self.session = ""
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.save_now)
        self.set_interval(seconds)
        self._retry = QTimer(self, singleShot=True)
        self._retry.timeout.connect(self.save_now)
        self._backoff = FIRST_RETRY
        self._cache = ItemJsonCache()
        self.pending: Callable[[], Mapping[str, RecordValue]] = dict
        """Records edited but not yet committed (the text of a note still open for typing),
        written into the copy over the board's own."""
        self._jobs: queue.Queue[Job | None] = queue.Queue()
        self._worker = threading.Thread(target=self._work, name="autosave", daemon=True)
        self._worker.start()
        self._done.connect(self._on_done)

    def set_interval(self, seconds: int) -> None:
        self._timer.setInterval(seconds * 1000)

    def set_save_own_file(self, on: bool) -> None:
        self._save_own_file = on

    def watch(self, document: BoardDocument, session: str | None = None) -> None:
        """Follow `document` from now on, continuing `session` when it is a restored copy."""
        self._unwatch()
        self._document = document
        self.session = session or new_id("session")
        document.undo_stack.indexChanged.connect(self._on_edit)
        document.undo_stack.cleanChanged.connect(self._on_edit)
        document.lock_changed.connect(self._on_lock_changed)
        # Edits from the room (phones, a co-editing Codesign) are not on the local undo stack.
        document.records_changed.connect(self._on_records)
        if _worth_keeping(document):
            self._timer.start()

    @Slot()
    def edit_in_progress(self) -> None:
        """Typing that is not a step yet still starts the clock, as an edit does."""
        if self._document is not None and not self._timer.isActive():
            self._timer.start()

    @Slot(object)
    def _on_records(self, _keys: object) -> None:
        self.edit_in_progress()

    @Slot()
    def _on_edit(self) -> None:
        document = self._document
        if document is None:
            return
        if _worth_keeping(document):
            if not self._timer.isActive():
                self._timer.start()
        else:  # saved, or undone back to the saved state: the file on disk says it all
            self._timer.stop()
            self.discard()

    @Slot(bool)
    def _on_lock_changed(self, locked: bool) -> None:
        """Locking writes the copy at once, so even a crash a second later reopens locked."""
        if locked:
            self.save_now()
        else:
            self._on_edit()

    @Slot()
    def save_now(self) -> None:
        document = self._document
        pending = self.pending() if document is not None else {}
        if document is None or not (_worth_keeping(document) or pending):
            return
        snapshot = document.snapshot()
        if pending:
            snapshot = Snapshot({**snapshot.records, **pending})
        request = SaveRequest(
            session=self.session,
            snapshot=snapshot,
            revision=document.revision,
            title=document.info.title,
            own_file=document.file,
            to_own_file=self._save_own_file and document.path is not None,
            decisions_seen=document.file.decisions,
            lock=LockRecord.of(document),
        )
        self._jobs.put(lambda: self._write(request))

    def discard(self) -> None:
        """Forget this board's recovery copy, after any write already queued."""
        session = self.session
        self._jobs.put(lambda: self._store.discard(session))

    def flush(self, timeout: float = CLOSE_TIMEOUT) -> bool:
        """Wait until every queued job is done; False if that took longer than `timeout`."""
        finished = threading.Event()
        self._jobs.put(finished.set)
        return finished.wait(timeout)

    def close(self) -> None:
        """Finish what is queued, then stop the worker: called when the window closes."""
        self._unwatch()
        self._jobs.put(None)
        self._worker.join(CLOSE_TIMEOUT)

    def _unwatch(self) -> None:
        self._timer.stop()
        self._retry.stop()
        self._backoff = FIRST_RETRY
        if self._document is not None:
            self._document.undo_stack.indexChanged.disconnect(self._on_edit)
            self._document.undo_stack.cleanChanged.disconnect(self._on_edit)
            self._document.lock_changed.disconnect(self._on_lock_changed)
            self._document.records_changed.disconnect(self._on_records)
            self._document = None

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            try:
                job()
            except Exception:  # a bug in one save must not end autosave for the session
                log.exception("autosave job failed")

    def _write(self, request: SaveRequest) -> None:
        """The recovery copy first: it is local and quick, where the board's own file may be on
        a slow USB stick or a share that hangs. Once that file is written, the copy is told."""
        own_file = request.own_file
        own_file_error = None
        wrote = False
        try:
            board = board_from_snapshot(request.snapshot)
            data = self._cache.board_bytes(board)
            notes = sum(1 for item in board.items if isinstance(item, Note))
            lock = request.lock.to_json(request.snapshot) if request.lock is not None else None
            details = RecoveryDetails(
                own_file.path, own_file.known_state, request.title, notes, lock
            )
            pictures = pictures_in(board.items)
            self._store.write(request.session, data, details, pictures)
            if request.to_own_file:
                try:
                    # Left alone after a later Save or Discard, or when someone else changed
                    # the file: the facilitator decides about that one at the next Save.
                    wrote = own_file.save_automatically(data, request.decisions_seen, pictures)
                except SaveFailed as error:
                    own_file_error = str(error)
            if wrote:
                details = replace(details, source_state=own_file.known_state)
                self._store.describe(request.session, details)
        except SaveFailed as error:
            self._done.emit(SaveResult(request, str(error)))
            return
        except Exception as error:  # a bug: said in the window, not only in the log
            log.exception("autosave failed")
            reason = self.tr("an unexpected error ({name})").format(name=type(error).__name__)
            self._done.emit(SaveResult(request, reason))
            return
        self._done.emit(SaveResult(request, own_file_error, wrote_own_file=wrote))

    @Slot(object)
    def _on_done(self, result: SaveResult) -> None:
        document = self._document
        request = result.request
        if (
            result.wrote_own_file
            and document is not None
            and document.file is request.own_file
            and document.revision == request.revision
        ):
            document.undo_stack.setClean()
        if result.error is None:
            self._backoff = FIRST_RETRY
        elif document is not None and request.session == self.session:
            self._retry.start(round(self._backoff * 1000))
            result = replace(result, retry_in=self._backoff)
            self._backoff = min(self._backoff * 2, LAST_RETRY)
        self.saved.emit(result)


def _worth_keeping(document: BoardDocument) -> bool:
    """Unsaved changes, or a lock: a locked board keeps its copy even when saved, since the
    copy is what brings the lock back after a crash."""
    return document.is_dirty or document.is_locked
