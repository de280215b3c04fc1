"""A claim on a file that lasts exactly as long as the process holding it.

The claim is an operating-system lock on an open file (flock on Linux and macOS, a byte-range
lock on Windows). The kernel drops it the moment the process ends, however it ends: a crash,
SIGKILL, a power cut. So "is that Codesign still running?" is answered by trying the lock, not
by a process id that a reboot may have handed to another program, and not by a host name that
a laptop may have changed since.

Only "someone holds it" counts as held. A file system that cannot lock at all raises OSError,
so the caller can fall back to another way of telling rather than mistake every claim for a
live one.
"""

import contextlib
import errno
import os
import time
from pathlib import Path

ATTEMPTS = 3
"""Someone merely checking a claim holds it for microseconds: a taker tries again, briefly."""
PAUSE_S = 0.02

if os.name == "nt":
    import msvcrt

    _HELD = {errno.EACCES, errno.EDEADLOCK}

    def _lock(descriptor: int) -> None:
        msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)

    def _unlock(descriptor: int) -> None:
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    _HELD = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES}

    def _lock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)


def _try_lock(descriptor: int) -> bool:
    """False when someone holds the lock; raises OSError when it cannot be taken at all."""
    try:
        _lock(descriptor)
    except OSError as error:
        if error.errno in _HELD:
            return False
        raise
    return True


class LiveClaim:
    """Held from `take` until `release` or the end of the process."""

    def __init__(self, path: Path, descriptor: int) -> None:
        """Made by `take` only: `descriptor` is open on `path` and locked."""
        self.path = path
        self._descriptor: int | None = descriptor

    @classmethod
    def take(cls, path: Path) -> "LiveClaim | None":
        """Claim `path` (made if missing); None when a running process holds it already.
        Raises OSError when the file cannot be made, opened or locked at all."""
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            for attempt in range(ATTEMPTS):
                if _try_lock(descriptor):
                    return cls(path, descriptor)
                if attempt + 1 < ATTEMPTS:
                    time.sleep(PAUSE_S)
        except OSError:
            os.close(descriptor)
            raise
        os.close(descriptor)
        return None

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


def held_by_a_running_process(path: Path) -> bool | None:
    """True while another running process holds a claim on `path`; False for a claim whose
    process has ended, or a missing file; None when this file system cannot tell.

    Never ask this of a claim this process holds: where locks belong to the process (NFS),
    the question itself would let go of it."""
    try:
        descriptor = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return False
    except OSError:
        return None
    try:
        if not _try_lock(descriptor):
            return True
        _unlock(descriptor)
        return False
    except OSError:
        return None
    finally:
        os.close(descriptor)
