"""Recovery copies: the autosaved state of every open board, kept until it is saved or closed.

Each running window writes its board to `SESSION.codesign.json` and a small `SESSION.meta.json`
beside it in the user's data folder, never over the user's own file. A clean close removes
both; whatever is left by a Codesign that is no longer running is what a crash or a power cut
interrupted, and the next start offers it back. The board is written before its description,
each atomically, so a crash between the two leaves the previous, matching pair readable.
"""

import contextlib
import datetime
import json
import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

from codesign.storage.atomic import atomic_write, ensure_folder
from codesign.storage.processes import still_running, this_host

BOARD_SUFFIX = ".codesign.json"
META_SUFFIX = ".meta.json"


def default_folder() -> Path:
    return user_data_path("codesign", appauthor=False) / "recovery"


@dataclass(frozen=True)
class RecoveryEntry:
    session: str
    board_file: Path
    source: Path | None
    """The board's own file, or None for a board never saved."""
    title: str
    saved_at: datetime.datetime
    notes: int
    pid: int
    host: str


class RecoveryStore:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or default_folder()

    def write(self, session: str, data: bytes, source: Path | None, title: str, notes: int) -> None:
        """Raises SaveFailed; the previous copy of this session stays whole if it does."""
        ensure_folder(self.folder)
        atomic_write(self._board_file(session), data, keep_backup=False)
        meta = {
            "source": str(source) if source is not None else None,
            "title": title,
            "saved_at": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
            "notes": notes,
            "pid": os.getpid(),
            "host": this_host(),
        }
        atomic_write(self._meta_file(session), json.dumps(meta, indent=2).encode(), False)

    def adopt(self, entry: RecoveryEntry) -> None:
        """Claim a crashed session for this process, so its copy is kept up to date from now."""
        meta = self._read_meta(self._meta_file(entry.session)) or {}
        meta.update(pid=os.getpid(), host=this_host())
        atomic_write(self._meta_file(entry.session), json.dumps(meta, indent=2).encode(), False)

    def discard(self, session: str) -> None:
        for path in (self._meta_file(session), self._board_file(session)):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

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
        return [entry for entry in self.entries() if not still_running(entry.pid, entry.host)]

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
        return RecoveryEntry(
            session=session,
            board_file=self._board_file(session),
            source=Path(source) if source is not None else None,
            title=title,
            saved_at=when,
            notes=notes,
            pid=pid,
            host=host,
        )
