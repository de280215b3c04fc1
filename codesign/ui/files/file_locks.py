"""The lock files a window holds: the one on its board, and briefly one on the board it is about
to open or save as.

A new board is claimed before it is read or written, so the question "open anyway?" comes
before any work; the old board's lock goes only once the window has moved on (`keep_only`),
so a failed open or save leaves the window holding exactly what it held before.
"""

from collections.abc import Callable
from pathlib import Path

from codesign.storage.lock import BoardLock, LockHeld, LockOwner, acquire
from codesign.storage.paths import real_path

Ask = Callable[[LockOwner], bool]
"""Whether to go on past another Codesign's lock; shown to the person, so it may say no."""


class WindowLocks:
    def __init__(self) -> None:
        self._held: dict[Path, BoardLock | None] = {}
        """None for a board claimed without a lock file (a read-only folder)."""

    def claim(self, board: Path, ask: Ask) -> bool:
        """Lock `board` for this window; False when someone else has it and `ask` said no."""
        key = real_path(board)
        if key in self._held:
            return True
        try:
            lock = acquire(key)
        except LockHeld as held:
            if not ask(held.owner):
                return False
            lock = acquire(key, take_over=True)
        self._held[key] = lock
        return True

    def holds(self, board: Path) -> bool:
        return real_path(board) in self._held

    def keep_only(self, board: Path | None) -> None:
        """Release every lock but `board`'s: the window now shows `board` (or no file)."""
        key = real_path(board) if board is not None else None
        for path in [path for path in self._held if path != key]:
            lock = self._held.pop(path)
            if lock is not None:
                lock.release()

    def release_all(self) -> None:
        self.keep_only(None)
