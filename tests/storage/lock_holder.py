"""A second Codesign process for the lock tests: it locks the board named on its command line,
says so, then waits to be killed.

The tests need a real other process (its own pid, alive or gone), and this is all of Codesign a
lock needs. `start_holder` and `kill` drive it from a test.
"""

import signal
import subprocess
import sys
import time
from pathlib import Path

from codesign.storage.lock import LockOwner, acquire, lock_path


def owner_of(board: Path) -> LockOwner | None:
    """Who holds `board` as `acquire` judges it: the lock file's owner, unless it is stale or
    missing (the app itself only asks `acquire`, which raises LockHeld naming that owner)."""
    try:
        owner = LockOwner.from_bytes(lock_path(board).read_bytes())
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return None if owner.is_stale() else owner


def start_holder(board: Path) -> subprocess.Popen[str]:
    """A process holding the lock on `board`, already locked when this returns."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.lock_holder", str(board)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "locked"
    return process


def kill(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(10)


if __name__ == "__main__":
    lock = acquire(sys.argv[1])
    print("locked" if lock is not None else "no lock", flush=True)
    time.sleep(600)
