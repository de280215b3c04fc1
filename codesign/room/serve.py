"""Hosting a room with no window (`codesign serve BOARD`), for a spare laptop by the wall.

The board is kept as the app keeps it: autosave writes the recovery copy and, with the same
atomic save, the board's own file. A host that crashed is started again the same way: the
copy it left is taken on (`RecoveryStore.orphaned`), so everything phones had sent is there,
and phones rejoining with their own note ids add nothing twice.
"""

import logging
from dataclasses import dataclass
from pathlib import Path

from codesign.document import BoardDocument
from codesign.document.autosave import Autosaver, lock_from_json
from codesign.room.room import Room
from codesign.room.settings import RoomSettings
from codesign.storage import load_board
from codesign.storage.disk_state import DiskState
from codesign.storage.recovery import RecoveryEntry, RecoveryStore

log = logging.getLogger(__name__)
AUTOSAVE_SECONDS = 3


@dataclass
class Host:
    """A board, its autosave and its room, started together and ended together."""

    document: BoardDocument
    autosaver: Autosaver
    room: Room
    resumed: bool

    @classmethod
    def open(cls, path: Path, settings: RoomSettings, store: RecoveryStore | None = None) -> "Host":
        """Open `path` (or the copy a crashed host left of it) and start its room; raises
        BoardFileError, SaveFailed or RoomError."""
        store = store or RecoveryStore()
        entry = _left_by_a_crash(store, path)
        if entry is not None and store.adopt(entry):
            document = BoardDocument(
                load_board(entry.board_file), path, entry.source_state or DiskState.unknown()
            )
            document.undo_stack.resetClean()
            lock = lock_from_json(entry.lock)
            if lock is not None:
                document.lock(*lock)
            session: str | None = entry.session
        else:
            document, session = BoardDocument.open(path), None
        autosaver = Autosaver(store, AUTOSAVE_SECONDS, save_own_file=True)
        autosaver.watch(document, session)
        room = Room(document, settings)
        try:
            room.start()
        except Exception:
            autosaver.close()
            raise
        return cls(document, autosaver, room, session is not None)

    def close(self) -> None:
        """End the room, write the board to its file and drop the recovery copy."""
        self.room.stop()
        self.autosaver.save_now()
        self.autosaver.flush()
        if self.document.is_dirty and self.document.path is not None:
            self.document.save()
        if not self.document.is_dirty:
            self.autosaver.discard()
        self.autosaver.close()


def _left_by_a_crash(store: RecoveryStore, path: Path) -> RecoveryEntry | None:
    wanted = path.resolve()
    for entry in store.orphaned():
        if entry.source is not None and entry.source.resolve() == wanted:
            return entry
    return None
