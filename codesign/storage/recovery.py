"""Recovery copies: the autosaved state of every open board, kept until it is saved or closed.

Each running window writes its board to `SESSION.codesign.json` and a small `SESSION.meta.json`
beside it in the user's data folder, never over the user's own file. A clean close removes
both; whatever is left by a Codesign that is no longer running is what a crash or a power cut
interrupted, and the next start offers it back. The board is written before its description,
each atomically, so a crash between the two leaves the previous, matching pair readable.

While a session runs, its process holds a live claim on `SESSION.alive` (an operating-system
lock the kernel drops when the process ends), so a copy is a crash's exactly when nobody holds
that claim: after a reboot that reused the process id, or a laptop renamed since, too.
"""

import contextlib
import datetime
import json
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

from codesign.model import Note
from codesign.storage.atomic import atomic_write, ensure_folder
from codesign.storage.disk_state import DiskState
from codesign.storage.errors import BoardFileError, SaveFailed
from codesign.storage.live_claim import LiveClaim, held_by_a_running_process
from codesign.storage.load import load_board
from codesign.storage.processes import still_running, this_host
from codesign.storage.recovery_media import keep_pictures, prune_media
from codesign.text.catalogue import translate

BOARD_SUFFIX = ".codesign.json"
META_SUFFIX = ".meta.json"
ALIVE_SUFFIX = ".alive"


def default_folder() -> Path:
    return user_data_path("codesign", appauthor=False) / "recovery"


@dataclass(frozen=True)
class RecoveryDetails:
    """What is told about a copy beside its board."""

    source: Path | None
    """The board's own file, or None for a board never saved."""
    source_state: DiskState | None
    """What that file held when the session last read or wrote it."""
    title: str
    notes: int
    lock: dict[str, object] | None = None
    """Participant mode's PIN hash and what participants added, as the document wrote them."""


@dataclass(frozen=True)
class RecoveryEntry:
    session: str
    board_file: Path
    source: Path | None
    """The board's own file, or None for a board never saved."""
    source_state: DiskState | None
    title: str
    saved_at: datetime.datetime
    notes: int
    pid: int
    host: str
    lock: dict[str, object] | None = None
    """Set when the board was locked for participants: it is restored locked."""


class RecoveryStore:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or default_folder()
        self._claims: dict[str, LiveClaim] = {}
        # The autosave thread writes and discards copies; the UI thread adopts them.
        self._claims_lock = threading.Lock()

    def write(
        self, session: str, data: bytes, details: RecoveryDetails, pictures: Sequence[str] = ()
    ) -> None:
        """Raises SaveFailed; the previous copy of this session stays whole if it does.

        The copy stays JSON; its `pictures` (content hashes) go to a `media` folder beside it,
        each written once and never again, so an autosave of a board of photos writes only
        the board and any picture new since the last one."""
        ensure_folder(self.folder)
        if not self._claim(session):
            message = translate("storage", "could not save: another Codesign is keeping this copy")
            raise SaveFailed(self._board_file(session), message)
        keep_pictures(self.folder / "media", pictures)
        atomic_write(self._board_file(session), data, keep_backup=False)
        self.describe(session, details)

    def describe(self, session: str, details: RecoveryDetails) -> None:
        """Write what is told beside the copy: again after the board's own file was written,
        so the copy knows that file as it is now. Raises SaveFailed."""
        state = details.source_state
        meta = {
            "source": str(details.source) if details.source is not None else None,
            "source_state": _state_to_json(state) if state is not None else None,
            "title": details.title,
            "saved_at": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
            "notes": details.notes,
            "pid": os.getpid(),
            "host": this_host(),
            "copy": _stamp(self._board_file(session)),
        }
        if details.lock is not None:
            meta["lock"] = details.lock
        self._write_meta(session, meta)

    def adopt(self, entry: RecoveryEntry) -> bool:
        """Claim a crashed session for this process, so its copy is kept up to date from now;
        False when another running Codesign has just taken it on. Raises SaveFailed."""
        if not self._claim(entry.session):
            return False
        meta = self._read_meta(self._meta_file(entry.session)) or {}
        meta.update(pid=os.getpid(), host=this_host())
        try:
            self._write_meta(entry.session, meta)
        except SaveFailed:
            self.let_go(entry.session)  # not taken on after all: still there to recover
            raise
        return True

    def let_go(self, session: str) -> None:
        """Stop keeping `session`'s copy, leaving it to be recovered later."""
        claim = self._drop_claim(session)
        if claim is not None:
            claim.release()

    def discard(self, session: str) -> None:
        for path in (self._meta_file(session), self._board_file(session)):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        claim = self._drop_claim(session)
        if claim is not None:
            claim.release(delete=True)
        else:  # a crash's copy discarded from the recovery list
            with contextlib.suppress(OSError):
                self._alive_file(session).unlink()
        self.prune_media()

    def prune_media(self, now: float | None = None) -> int:
        """See `recovery_media.prune_media`; returns how many pictures went."""
        return prune_media(self.folder, BOARD_SUFFIX, now)

    def entries(self) -> list[RecoveryEntry]:
        """Every readable copy, newest first; a damaged description is skipped, not fatal."""
        found = []
        for meta_file in self.folder.glob(f"*{META_SUFFIX}"):
            session = meta_file.name.removesuffix(META_SUFFIX)
            entry = self._entry(session, self._read_meta(meta_file))
            if entry is not None and entry.board_file.is_file():
                found.append(entry)
        return sorted(found, key=lambda entry: entry.saved_at, reverse=True)

    def orphaned(self) -> list[RecoveryEntry]:
        """The copies whose Codesign is no longer running: what a crash left behind."""
        return [entry for entry in self.entries() if not self._running(entry)]

    def _running(self, entry: RecoveryEntry) -> bool:
        with self._claims_lock:
            if entry.session in self._claims:
                return True  # ours: asking would let go of it where locks belong to processes
        alive = self._alive_file(entry.session)
        held = held_by_a_running_process(alive) if alive.exists() else None
        if held is None:  # a copy from before live claims, or a folder that cannot lock
            return still_running(entry.pid, entry.host)
        return held

    def _claim(self, session: str) -> bool:
        """Hold `session`'s live claim; False when another running process holds it. A folder
        that cannot take the claim file leaves the process id to tell, as before claims."""
        with self._claims_lock:
            if session in self._claims:
                return True
            try:
                claim = LiveClaim.take(self._alive_file(session))
            except OSError:
                return True
            if claim is None:
                return False
            self._claims[session] = claim
            return True

    def _drop_claim(self, session: str) -> LiveClaim | None:
        with self._claims_lock:
            return self._claims.pop(session, None)

    def _write_meta(self, session: str, meta: dict[str, object]) -> None:
        atomic_write(self._meta_file(session), json.dumps(meta, indent=2).encode(), False)

    def _alive_file(self, session: str) -> Path:
        return self.folder / f"{session}{ALIVE_SUFFIX}"

    def _board_file(self, session: str) -> Path:
        return self.folder / f"{session}{BOARD_SUFFIX}"

    def _meta_file(self, session: str) -> Path:
        return self.folder / f"{session}{META_SUFFIX}"

    @staticmethod
    def _read_meta(path: Path) -> dict[str, object] | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def _entry(self, session: str, meta: dict[str, object] | None) -> RecoveryEntry | None:
        if meta is None:
            return None
        source, title, saved_at = meta.get("source"), meta.get("title"), meta.get("saved_at")
        notes, pid, host = meta.get("notes"), meta.get("pid"), meta.get("host")
        state = _state_from_json(meta.get("source_state"))
        if not (
            isinstance(title, str)
            and isinstance(saved_at, str)
            and isinstance(notes, int)
            and isinstance(pid, int)
            and isinstance(host, str)
            and (source is None or isinstance(source, str))
        ):
            return None
        try:
            when = datetime.datetime.fromisoformat(saved_at)
        except ValueError:
            return None
        board_file = self._board_file(session)
        if meta.get("copy") != _stamp(board_file):
            title, notes = _described_by_the_copy(board_file, title, notes)
        return RecoveryEntry(
            session=session,
            board_file=board_file,
            source=Path(source) if source is not None else None,
            source_state=state,
            title=title,
            saved_at=when,
            notes=notes,
            pid=pid,
            host=host,
            lock=lock if isinstance(lock := meta.get("lock"), dict) else None,
        )


def _stamp(copy: Path) -> list[int] | None:
    """Size and modification time of a copy: its description names the copy it describes."""
    try:
        status = copy.stat()
    except OSError:
        return None
    return [status.st_size, status.st_mtime_ns]


def _described_by_the_copy(copy: Path, title: str, notes: int) -> tuple[str, int]:
    """Title and note count read from the copy itself, when a kill came between writing it
    and writing its description (which then tells of the copy before)."""
    try:
        board = load_board(copy)
    except BoardFileError:
        return title, notes
    return board.title, sum(1 for item in board.items if isinstance(item, Note))


def _state_to_json(state: DiskState) -> dict[str, object]:
    return {"size": state.size, "digest": state.digest}


def _state_from_json(value: object) -> DiskState | None:
    """None for a copy that knew no state, or one whose description was damaged."""
    if not isinstance(value, dict):
        return None
    size, digest = value.get("size"), value.get("digest")
    if isinstance(size, int) and isinstance(digest, str):
        return DiskState(size, digest)
    return None
