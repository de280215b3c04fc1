"""The file an open board is saved in, shared by the UI thread and the autosave thread.

A Save (UI thread) and an automatic save to the board's own file (autosave thread) write the
same file, and both decide from what it held when this Codesign last wrote it whether someone
else has changed it since. Each write and each such check runs under one lock, so an automatic
save queued before a Save can never land after it, a check never sees a file half-way through
our own write, and what is remembered is what we wrote, not whatever is there a moment later.
"""

import threading
from pathlib import Path

from codesign.storage import atomic_write
from codesign.storage.disk_state import DiskState


class OwnFile:
    def __init__(self, path: Path | None, known: DiskState | None = None) -> None:
        self._lock = threading.Lock()
        self._path = path
        self._known = known
        self._saves = 0

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def saves(self) -> int:
        """How many times the board was saved on purpose: an automatic save taken before the
        latest of them is out of date."""
        return self._saves

    @property
    def known_state(self) -> DiskState | None:
        """What the file held when this Codesign last read or wrote it."""
        return self._known

    def changed_on_disk(self) -> bool:
        """True when the file no longer holds what this Codesign last read or wrote."""
        with self._lock:
            return self._changed()

    def save(self, data: bytes, path: Path) -> None:
        """Write `data` to `path` (raises SaveFailed) and make it this board's file."""
        with self._lock:
            atomic_write(path, data)
            self._path = path
            self._known = DiskState.written(data)
            self._saves += 1

    def save_automatically(self, data: bytes, saves_seen: int) -> bool:
        """From the autosave thread: write `data` unless a Save came after it was taken or
        someone else changed the file. False when it was left alone; raises SaveFailed."""
        with self._lock:
            if self._path is None or self._saves != saves_seen or self._changed():
                return False
            atomic_write(self._path, data)
            self._known = DiskState.written(data)
            return True

    def _changed(self) -> bool:
        return (
            self._path is not None
            and self._known is not None
            and self._known.differs_from(self._path)
        )
