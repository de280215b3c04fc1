"""A lock file beside an open board, so a second Codesign can warn before both copies are edited.

`.~lock.NAME#` in the board's folder (the name LibreOffice uses, which people and sync tools
already know to leave alone) holds who has the board open: process id, host, user, since when
and the Codesign version. It is created with O_CREAT|O_EXCL, so of two Codesigns opening the
same board at once only one gets it.

A lock is advice, never a barrier: a lock left by a process that is gone (a crash, a power cut)
or a damaged lock file is stale and taken over silently, and when no lock can be made at all (a
read-only folder, a full disk) the board opens without one. Another machine's process cannot be
checked from here, so its lock counts as held and the warning names that machine.
"""

import contextlib
import datetime
import getpass
import json
import logging
import os
import secrets
import weakref
from dataclasses import dataclass
from pathlib import Path

from codesign import __version__
from codesign.storage.paths import real_path
from codesign.storage.processes import booted_at, process_alive, started_at, this_host
from codesign.text.catalogue import translate

log = logging.getLogger(__name__)
START_TOLERANCE = datetime.timedelta(seconds=2)
"""The system gives boot time to the second and start times to the clock tick."""


@dataclass(frozen=True)
class LockOwner:
    pid: int
    host: str
    user: str
    since: datetime.datetime
    app_version: str

    @classmethod
    def this_process(cls) -> "LockOwner":
        return cls(
            pid=os.getpid(),
            host=this_host(),
            user=_user(),
            since=datetime.datetime.now().astimezone(),  # to the microsecond: tells takeovers apart
            app_version=__version__,
        )

    @property
    def on_this_host(self) -> bool:
        return self.host == this_host()

    def is_stale(self) -> bool:
        """Left by a Codesign on this machine that is gone, even if its id now names another
        program: a lock from before the last boot, or older than the process that has its id
        now (which started after the lock was taken, so is not the Codesign that took it)."""
        if not self.on_this_host:
            return False
        boot = booted_at()
        if not process_alive(self.pid) or (boot is not None and self.since < boot):
            return True
        started = started_at(self.pid)
        return started is not None and started > self.since + START_TOLERANCE

    def to_bytes(self) -> bytes:
        fields = {
            "pid": self.pid,
            "host": self.host,
            "user": self.user,
            "since": self.since.isoformat(),
            "app_version": self.app_version,
        }
        return json.dumps(fields, indent=2).encode() + b"\n"

    @classmethod
    def from_bytes(cls, data: bytes) -> "LockOwner":
        """Raises ValueError (or a subclass) for anything but a lock this format describes."""
        fields = json.loads(data)
        pid = fields["pid"]
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError("pid is not a number")
        since = datetime.datetime.fromisoformat(fields["since"])
        return cls(pid, str(fields["host"]), str(fields["user"]), since, str(fields["app_version"]))


class LockHeld(Exception):
    """Another running Codesign (or one on another machine) has the board open."""

    def __init__(self, owner: LockOwner) -> None:
        self.owner = owner
        said = translate("storage", "open in Codesign on {host} (process {pid})")
        super().__init__(said.format(host=owner.host, pid=owner.pid))


class BoardLock:
    """This process's lock on one board, removed by `release()` or, failing that, at exit."""

    def __init__(self, board: Path, owner: LockOwner) -> None:
        self.board = board
        self.owner = owner
        self._release = weakref.finalize(self, _remove_if_ours, lock_path(board), owner)

    def release(self) -> None:
        self._release()

    @property
    def released(self) -> bool:
        return not self._release.alive


def lock_path(board: Path | str) -> Path:
    board = real_path(board)
    return board.with_name(f".~lock.{board.name}#")


def acquire(board: Path | str, take_over: bool = False) -> BoardLock | None:
    """Lock `board` for this process; None when no lock file can be made there.

    Raises LockHeld when another live Codesign holds it, unless `take_over` (the person chose
    to open it anyway), which replaces that lock with this process's.
    """
    board = real_path(board)
    path = lock_path(board)
    owner = LockOwner.this_process()
    try:
        if take_over:
            _replace(path, owner)
        elif not _create(path, owner):
            found = _read_bytes(path)
            current = _parse_owner(path, found)
            if current is not None and not current.is_stale():
                raise LockHeld(current)
            if found is not None:  # stale: its process is gone or the file is damaged
                _remove_if_unchanged(path, found)
            if not _create(path, owner):  # another Codesign took it over first
                raise LockHeld(_read_owner(path) or owner)
    except OSError as error:
        log.warning("opening %s without a lock: %s", board, error)
        return None
    return BoardLock(board, owner)


def _create(path: Path, owner: LockOwner) -> bool:
    """False when a lock file is already there."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    try:
        os.write(descriptor, owner.to_bytes())  # one write: a reader never sees half of it
    finally:
        os.close(descriptor)
    return True


def _replace(path: Path, owner: LockOwner) -> None:
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(owner.to_bytes())
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def _remove_if_unchanged(path: Path, found: bytes) -> None:
    """Remove the stale lock at `path` only if it still holds `found`.

    Reading then deleting would race: a second Codesign could take the stale lock over in
    between, and the first would delete that fresh lock, leaving both thinking they hold the
    board. Renaming is atomic, so the lock is moved aside first and looked at there; a fresh one
    caught that way is put back (unless someone has locked the board again meanwhile).
    """
    aside = path.with_name(f"{path.name}.{os.getpid()}.{secrets.token_hex(4)}.stale")
    try:
        os.rename(path, aside)
    except FileNotFoundError:
        return  # another Codesign removed it first
    try:
        if _read_bytes(aside) != found:
            _put_back(aside, path)
    finally:
        with contextlib.suppress(OSError):
            aside.unlink()


def _put_back(aside: Path, path: Path) -> None:
    """Return a fresh lock moved aside by mistake, unless the board was locked again since."""
    try:
        os.link(aside, path)  # fails, rather than overwrites, if a lock is there again
    except FileExistsError:
        pass
    except OSError:  # no hard links here (FAT, exFAT, some shares): a rename, if still free
        if not path.exists():
            os.replace(aside, path)


def _read_bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _read_owner(path: Path) -> LockOwner | None:
    return _parse_owner(path, _read_bytes(path))


def _parse_owner(path: Path, data: bytes | None) -> LockOwner | None:
    if data is None:
        return None
    try:
        return LockOwner.from_bytes(data)
    except (ValueError, KeyError, TypeError):
        log.info("damaged lock file %s counts as stale", path)
        return None


def _remove_if_ours(path: Path, owner: LockOwner) -> None:
    """Leave a lock that someone who chose "Open anyway" has taken over since."""
    if _read_owner(path) == owner:
        with contextlib.suppress(OSError):
            path.unlink()


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in some containers and services
        return ""
