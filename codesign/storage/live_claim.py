"""A claim on a file that lasts exactly as long as the process holding it.

The claim is an operating-system lock on an open file (flock on Linux and macOS, a byte-range
lock on Windows). The kernel drops it the moment the process ends, however it ends: a crash,
SIGKILL, a power cut. So "is that Codesign still running?" is answered by trying the lock, not
by a process id that a reboot may have handed to another program, and not by a host name that
a laptop may have changed since.
"""

import contextlib
import os
from pathlib import Path

if os.name == "nt":
    import msvcrt

    def _try_lock(descriptor: int) -> bool:
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)


class LiveClaim:
    """Held from `take` until `release` or the end of the process."""

    def __init__(self, path: Path, descriptor: int) -> None:
        self.path = path
        self._descriptor: int | None = descriptor

    @classmethod
    def take(cls, path: Path) -> "LiveClaim | None":
        """Claim `path` (made if missing); None when a running process holds it already.
        Raises OSError when the file cannot be made or opened."""
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(descriptor):
            os.close(descriptor)
            return None
        return cls(path, descriptor)

    def release(self, delete: bool = False) -> None:
        """Let go; with `delete`, remove the file too."""
        descriptor, self._descriptor = self._descriptor, None
        if descriptor is None:
            return
        with contextlib.suppress(OSError):
            _unlock(descriptor)
        os.close(descriptor)
        if delete:
            with contextlib.suppress(OSError):
                self.path.unlink()


def held_by_a_running_process(path: Path) -> bool:
    """True while some running process holds a claim on `path`; False for a claim its
    process left behind by ending, and for a missing or unreadable file."""
    try:
        descriptor = os.open(path, os.O_RDWR)
    except OSError:
        return False
    try:
        if not _try_lock(descriptor):
            return True
        _unlock(descriptor)
        return False
    finally:
        os.close(descriptor)
