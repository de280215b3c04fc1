"""The file an open board is saved in, shared by the UI thread and the autosave thread.

A Save (UI thread) and an automatic save to the board's own file (autosave thread) write the
same file, and both decide from what it held when this Codesign last wrote it whether someone
else has changed it since. Each write and each such check runs under one lock, so an automatic
save queued before a Save (or a Discard) can never land after it, a check never sees a file
half-way through our own write, and what is remembered is what we wrote, not whatever is there
a moment later.
"""

import threading
from collections.abc import Sequence
from pathlib import Path

from codesign.storage.disk_state import DiskState
from codesign.storage.save import write_board


class OwnFile:
    """One per open board; the autosave thread holds it only through a save request."""

    def __init__(self, path: Path | None, known: DiskState | None = None) -> None:
        """`known` is what `path` held when the board was read from it, if it was."""
        self._lock = threading.Lock()
        self._path = path
        self._known = known
        self._decisions = 0
        self._changes_let_go = False

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def decisions(self) -> int:
        """How many times the person saved the board or let its changes go: an automatic save
        taken before the latest of them is out of date."""
        return self._decisions

    @property
    def known_state(self) -> DiskState | None:
        """What the file held when this Codesign last read or wrote it."""
        return self._known

    def changed_on_disk(self) -> bool:
        """True when the file no longer holds what this Codesign last read or wrote; waits
        for an automatic save being written, so it never sees half of our own write."""
        with self._lock:
            return self._changed()

    def changed_on_disk_if_idle(self) -> bool | None:
        """As `changed_on_disk`, but None at once while an automatic save is being written:
        for checks that can come back later rather than hold up the window."""
        if not self._lock.acquire(blocking=False):
            return None
        try:
            return self._changed()
        finally:
            self._lock.release()

    def save(self, data: bytes, path: Path, pictures: Sequence[str] = ()) -> None:
        """Write the board's JSON `data` and its `pictures` (content hashes) to `path` (raises
        SaveFailed) and make it this board's file."""
        with self._lock:
            self._known = write_board(data, pictures, path)
            self._path = path
            self._decisions += 1
            self._changes_let_go = False

    def let_changes_go(self) -> None:
        """The person discarded the unsaved changes: no automatic save, queued or yet to come
        (a question shown while opening the next board lets the timer run), writes them. The
        board's next Save allows automatic saves again."""
        with self._lock:
            self._decisions += 1
            self._changes_let_go = True

    def save_automatically(
        self, data: bytes, decisions_seen: int, pictures: Sequence[str] = ()
    ) -> bool:
        """From the autosave thread: write `data` unless the person saved or discarded since
        it was taken, or someone else changed the file. False when it was left alone; raises
        SaveFailed."""
        with self._lock:
            if (
                self._path is None
                or self._changes_let_go
                or self._decisions != decisions_seen
                or self._changed()
            ):
                return False
            self._known = write_board(data, pictures, self._path)
            return True

    def _changed(self) -> bool:
        return (
            self._path is not None
            and self._known is not None
            and self._known.differs_from(self._path)
        )
