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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from codesign.document.board_document import BoardDocument, Snapshot, board_from_snapshot
from codesign.model import Note
from codesign.model.ids import new_id
from codesign.storage import SaveFailed, atomic_write
from codesign.storage.item_json_cache import ItemJsonCache
from codesign.storage.recovery import RecoveryStore

log = logging.getLogger(__name__)
Job = Callable[[], None]
CLOSE_TIMEOUT = 10.0
"""Seconds a closing window waits for a save in progress: a 10,000-note board takes about 0.2."""


@dataclass(frozen=True)
class SaveRequest:
    session: str
    snapshot: Snapshot
    undo_index: int
    title: str
    source: Path | None
    own_file: Path | None
    """Also write here: the board's own file, when the facilitator chose to save automatically."""


@dataclass(frozen=True)
class SaveResult:
    request: SaveRequest
    error: str | None = None


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
        self._cache = ItemJsonCache()
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
        if document.is_dirty:
            self._timer.start()

    @Slot()
    def _on_edit(self) -> None:
        document = self._document
        if document is None:
            return
        if document.is_dirty:
            if not self._timer.isActive():
                self._timer.start()
        else:  # saved, or undone back to the saved state: the file on disk says it all
            self._timer.stop()
            self.discard()

    @Slot()
    def save_now(self) -> None:
        document = self._document
        if document is None or not document.is_dirty:
            return
        path = document.path
        own_file = path if self._save_own_file and path is not None else None
        if own_file is not None and document.changed_on_disk():
            own_file = None  # someone else's version: the facilitator decides, at the next Save
        request = SaveRequest(
            session=self.session,
            snapshot=document.snapshot(),
            undo_index=document.undo_stack.index(),
            title=document.info.title,
            source=path,
            own_file=own_file,
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
        if self._document is not None:
            self._document.undo_stack.indexChanged.disconnect(self._on_edit)
            self._document.undo_stack.cleanChanged.disconnect(self._on_edit)
            self._document = None

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            try:
                job()
            except Exception:  # a bug in one save must not end autosave for the session
                log.exception("autosave job failed")

    def _write(self, request: SaveRequest) -> None:
        board = board_from_snapshot(request.snapshot)
        data = self._cache.board_bytes(board)
        notes = sum(1 for item in board.items if isinstance(item, Note))
        try:
            self._store.write(request.session, data, request.source, request.title, notes)
            if request.own_file is not None:
                atomic_write(request.own_file, data)
        except SaveFailed as error:
            self._done.emit(SaveResult(request, str(error)))
            return
        self._done.emit(SaveResult(request))

    @Slot(object)
    def _on_done(self, result: SaveResult) -> None:
        document = self._document
        request = result.request
        wrote_own_file = result.error is None and request.own_file is not None
        if wrote_own_file and document is not None and document.path == request.own_file:
            document.remember_disk_state()  # our bytes, even if editing went on meanwhile
            if document.undo_stack.index() == request.undo_index:
                document.undo_stack.setClean()
        self.saved.emit(result)
