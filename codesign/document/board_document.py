"""The board being edited, held as flat records keyed by id (as tldraw does).

Every edit is a mapping from record keys to their new values (None removes the record); an
undo command keeps the mapping before and after, and applying either is the whole of undo and
redo. The scene listens to `records_changed` and redraws only the keys named.
"""

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from codesign.document.own_file import OwnFile
from codesign.document.undo_barrier import BarrierUndoStack
from codesign.model import Board, BoardInfo, Cluster, Item, JourneyMap, Participant, VotingRound
from codesign.model.bilingual import LANGUAGES_KEY, BoardLanguages
from codesign.model.bookmarks import FRAME_ORDER_KEY, Bookmark, FrameOrder
from codesign.model.participant_policy import refusal
from codesign.model.pin_key import PinKey
from codesign.storage import board_to_bytes, load_board
from codesign.storage.disk_state import DiskState
from codesign.storage.save import pictures_in

INFO_KEY = ""
"""The key of the board's own details: empty, which no record id may be."""

RecordValue = Item | Participant | VotingRound | BoardInfo | Bookmark | FrameOrder | BoardLanguages
Change = Mapping[str, RecordValue | None]
T = TypeVar("T")


_sort_key = attrgetter("z", "id")
"""Items in drawing order; attrgetter keeps the sort in C, short enough not to stall the UI."""


class BoardDocument(QObject):
    records_changed = Signal(object)
    """Emitted with the frozenset of keys whose records were added, changed or removed."""
    path_changed = Signal(object)
    lock_changed = Signal(bool)
    """Participant mode began (True) or ended (False) for this board."""
    edit_refused = Signal(object)
    """A `Refusal`: participants tried a change the lock does not allow, and nothing changed."""

    def __init__(
        self, board: Board | None = None, path: Path | None = None, known: DiskState | None = None
    ) -> None:
        """`known` is what `path` held when the board was read from it, if it was."""
        super().__init__()
        self.undo_stack = BarrierUndoStack(self)
        # Deleting the document deletes its stack, which says "clean changed" as it goes; the
        # window's slots would then ask a stack half gone (a RuntimeError at every quit).
        stack = self.undo_stack
        self.destroyed.connect(lambda: stack.blockSignals(True))
        self.file = OwnFile(path, known)
        self._pin: PinKey | None = None
        self._baseline: frozenset[str] = frozenset()
        self._revision = 0
        self._records: dict[str, RecordValue] = {}
        self._of_type: dict[type, dict[str, RecordValue]] = {}
        """`records_of` answers by id, kept in step with every change: the voting panel asks
        for the people and rounds at every dot, and a 100,000-note board made each ask a
        walk over every record."""
        self._load_records(board or Board())
        self._by_class: dict[type, dict[str, RecordValue]] = {}
        """The records by their own class, kept in step with every change: the first ask for a
        kind (journey maps, at the first press on the board) reads its records, not all."""
        for key, record in self._records.items():
            self._by_class.setdefault(type(record), {})[key] = record

    @classmethod
    def open(cls, path: Path | str) -> "BoardDocument":
        path = Path(path)
        state = DiskState.read(path)  # before loading: a change in between then counts as one
        return cls(load_board(path), path, state)

    @property
    def path(self) -> Path | None:
        return self.file.path

    @property
    def revision(self) -> int:
        """Counts every change of the records, undo and redo and merged steps included, so a
        save can tell whether what it wrote is still what the board holds; the undo index
        cannot (typing merges into one step, and undo then a new edit reuses an index)."""
        return self._revision

    @property
    def info(self) -> BoardInfo:
        info = self._records[INFO_KEY]
        assert isinstance(info, BoardInfo)
        return info

    @property
    def is_dirty(self) -> bool:
        return isValid(self.undo_stack) and not self.undo_stack.isClean()

    def get(self, key: str) -> RecordValue | None:
        return self._records.get(key)

    def __contains__(self, key: str) -> bool:
        return key in self._records

    def records_of(self, cls: type[T]) -> Iterator[T]:
        found = self._of_type.get(cls)
        if found is None:
            classes = [kind for kind in self._by_class if issubclass(kind, cls)]
            if len(classes) <= 1:  # one class: its records, in the board's order
                found = dict(self._by_class[classes[0]]) if classes else {}
            else:
                found = {key: r for key, r in self._records.items() if isinstance(r, cls)}
            self._of_type[cls] = found
        return iter(tuple(found.values()))  # type: ignore[arg-type]

    def items(self) -> Iterable[Item]:
        return (r for r in self._records.values() if not isinstance(r, _NOT_ITEMS))

    def apply(self, change: Change) -> None:
        """Replace, add or remove records; only commands call this, so undo sees every edit."""
        for key, value in change.items():
            was = self._records.get(key)
            if was is not None and type(was) is not type(value):
                self._by_class[type(was)].pop(key, None)
            if value is None:
                self._records.pop(key, None)
            else:
                self._records[key] = value
                self._by_class.setdefault(type(value), {})[key] = value
            for cls, found in self._of_type.items():
                if isinstance(value, cls):
                    found[key] = value
                else:
                    found.pop(key, None)
        self._revision += 1
        self.records_changed.emit(frozenset(change))

    # --- participant mode ------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._pin is not None

    @property
    def pin_key(self) -> PinKey | None:
        return self._pin

    def lock(self, key: PinKey, added: Iterable[str] = ()) -> None:
        """Lock the board for participants behind `key`. What is on it now is the facilitator's,
        but for `added`: what participants added before a crash, when a copy is restored."""
        if self._pin is not None:
            return
        self._baseline = frozenset(self._records).difference(added)
        self._pin = key
        self.undo_stack.raise_barrier()
        self.lock_changed.emit(True)

    def unlock(self) -> None:
        """The facilitator's PIN was given (the window checks it): every edit is theirs again."""
        if self._pin is None:
            return
        self._pin = None
        self._baseline = frozenset()
        self.undo_stack.lift_barrier()
        self.lock_changed.emit(False)

    @property
    def baseline(self) -> frozenset[str]:
        """The keys on the board when it was locked: the facilitator's, which participants
        may change but not delete; what else there is, participants added."""
        return self._baseline

    def admits(self, before: Change, after: Change) -> bool:
        """Whether the lock lets this change through; every command asks before it is pushed.

        A refusal is said once through `edit_refused`, and the records it would have rewritten
        are announced as changed, so that views showing a preview (a dragged note, a reordered
        list) go back to what the records still hold. A refused deletion showed nothing yet:
        announcing its keys would only redraw, say, 10,000 notes for nothing.
        """
        if self._pin is None:
            return True
        reason = refusal(before, after, self._baseline)
        if reason is None:
            return True
        self.edit_refused.emit(reason)
        kept = frozenset(key for key, value in after.items() if value is not None)
        if kept:
            self.records_changed.emit(kept)
        return False

    def board(self) -> Board:
        """The current board as a validated value: what is saved and exported."""
        return Board(**board_fields(self._records))

    def snapshot(self) -> "Snapshot":
        """The records as they are now, cheap enough to take on every autosave.

        Records are immutable, so a copy of the dict is a consistent picture that another
        thread may turn into a board (`board_from_snapshot`) while editing goes on.
        """
        return Snapshot(dict(self._records))

    def save(self, path: Path | str | None = None) -> None:
        """Save to `path` (or the current one); raises SaveFailed and stays dirty on failure."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("a board with no file needs a path to save to")
        moved = target != self.path
        board = self.board()
        self.file.save(board_to_bytes(board), target, pictures_in(board.items))
        self.undo_stack.setClean()
        if moved:
            self.path_changed.emit(target)

    def changed_on_disk(self) -> bool:
        """True when the board's file no longer holds what this document last read or wrote."""
        return self.file.changed_on_disk()

    def _load_records(self, board: Board) -> None:
        self._records[INFO_KEY] = BoardInfo(
            title=board.title,
            date=board.date,
            facilitator=board.facilitator,
            description=board.description,
        )
        for record in (*board.participants, *board.items, *board.rounds, *board.bookmarks):
            self._records[record.id] = record
        self._records[FRAME_ORDER_KEY] = FrameOrder(frames=board.frame_order)
        if board.languages is not None:
            self._records[LANGUAGES_KEY] = board.languages

    def languages(self) -> BoardLanguages | None:
        """The board's two languages and what it shows, or None while it has one language."""
        languages = self._records.get(LANGUAGES_KEY)
        return languages if isinstance(languages, BoardLanguages) else None


_NOT_ITEMS = (Participant, VotingRound, BoardInfo, Bookmark, FrameOrder, BoardLanguages)
_FRAMES = (Cluster, JourneyMap, Bookmark)


@dataclass(frozen=True)
class Snapshot:
    records: Mapping[str, RecordValue]


def board_from_snapshot(snapshot: Snapshot) -> Board:
    """The board without validation: the document only ever holds what commands made valid."""
    return Board.model_construct(**board_fields(snapshot.records))


def board_fields(records: Mapping[str, RecordValue]) -> dict[str, Any]:
    info = records[INFO_KEY]
    assert isinstance(info, BoardInfo)
    values = records.values()
    order = records.get(FRAME_ORDER_KEY)
    frames = order.frames if isinstance(order, FrameOrder) else ()
    return {
        "title": info.title,
        "date": info.date,
        "facilitator": info.facilitator,
        "description": info.description,
        "participants": tuple(r for r in values if isinstance(r, Participant)),
        "items": tuple(sorted((r for r in values if not isinstance(r, _NOT_ITEMS)), key=_sort_key)),
        "rounds": tuple(r for r in values if isinstance(r, VotingRound)),
        "bookmarks": tuple(r for r in values if isinstance(r, Bookmark)),
        "frame_order": tuple(key for key in frames if isinstance(records.get(key), _FRAMES)),
        "languages": records.get(LANGUAGES_KEY),
    }
