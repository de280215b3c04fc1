"""The one undo command: absolute before and after values of the records an edit touched.

Because both sides are whole frozen records, undo and redo are exact whatever happened in
between, and a command never holds a Qt object. Edits that arrive as a stream (arrow-key
nudges, typing in a field) share a `merge_key` and fold into one step.
"""

import zlib
from collections.abc import Iterable

from PySide6.QtGui import QUndoCommand

from codesign.commands.outcome import NOTHING, Outcome
from codesign.document import INFO_KEY, BoardDocument, Change, RecordValue
from codesign.model import BoardInfo


class ChangeRecords(QUndoCommand):
    def __init__(
        self,
        document: BoardDocument,
        text: str,
        before: Change,
        after: Change,
        merge_key: str | None = None,
    ) -> None:
        super().__init__(text)
        self._document = document
        self.before = dict(before)
        self.after = dict(after)
        self._merge_key = merge_key

    def redo(self) -> None:
        self._document.apply(self.after)

    def undo(self) -> None:
        self._document.apply(self.before)

    def id(self) -> int:
        return self.id_of(self._merge_key)

    @staticmethod
    def id_of(merge_key: str | None) -> int:
        if merge_key is None:
            return -1
        return zlib.crc32(merge_key.encode()) & 0x7FFFFFFF

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ChangeRecords) or other._merge_key != self._merge_key:
            return False
        if not self._document.undo_stack.may_merge(self, other):
            return False
        # One step over every record either touched: a record only the later edit touched
        # was, before it, as it was before this one (a new note joining a theme, say).
        self.before = {**other.before, **self.before}
        self.after = {**self.after, **other.after}
        self.setObsolete(self.after == self.before)
        return True

    def undone_values(self) -> Change:
        """The records as they were before this step: what cancelling it puts back."""
        return dict(self.before)


def record_change(
    document: BoardDocument,
    text: str,
    new_values: Iterable[RecordValue] = (),
    removed: Iterable[str] = (),
    merge_key: str | None = None,
    made: Iterable[str] = (),
) -> Outcome:
    """Push one undo step that sets `new_values` (by their id) and removes `removed` keys.

    The outcome holds the command, and `made` (ids the caller goes on with) when it was pushed.
    Nothing is pushed when nothing would change (no empty step) or when participant mode
    refuses the change: every edit passes here, so the lock is kept whatever route the edit
    came by.
    """
    after: dict[str, RecordValue | None] = {_key_of(value): value for value in new_values}
    after.update({key: None for key in removed})
    before = {key: document.get(key) for key in after}
    if before == after or not document.admits(before, after):
        return NOTHING
    command = ChangeRecords(document, text, before, after, merge_key)
    document.undo_stack.push(command)
    return Outcome(command, tuple(made))


def _key_of(value: RecordValue) -> str:
    return INFO_KEY if isinstance(value, BoardInfo) else value.id
