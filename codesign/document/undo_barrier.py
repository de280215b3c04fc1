"""An undo stack with a barrier where participant mode began.

Each step is stamped with the lock session it was made in (0 when unlocked). While locked, undo
and redo only reach the steps of the current session, so five Ctrl+Z presses can no longer take
away the facilitator's themes and rounds from before the lock, and `canUndo()` says so, which
shows as a disabled Undo. Stamping the steps rather than remembering an index keeps the barrier
in place however the stack grows, merges or drops old steps.
"""

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

SESSION_ATTRIBUTE = "lock_session"


def lock_session_of(command: QUndoCommand | None) -> int:
    return getattr(command, SESSION_ATTRIBUTE, 0)


class BarrierUndoStack(QUndoStack):
    barrier_changed = Signal()
    """The barrier was raised or lifted: what Undo and Redo may do has changed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = 0
        self._sessions = 0

    @property
    def session(self) -> int:
        """The lock session steps are stamped with now; 0 while unlocked."""
        return self._session

    def raise_barrier(self) -> None:
        self._sessions += 1
        self._session = self._sessions
        self.barrier_changed.emit()

    def lift_barrier(self) -> None:
        self._session = 0
        self.barrier_changed.emit()

    def push(self, command: QUndoCommand) -> None:
        setattr(command, SESSION_ATTRIBUTE, self._session)
        super().push(command)

    def may_merge(self, older: QUndoCommand, newer: QUndoCommand) -> bool:
        """A step never merges across the barrier, or undoing it would undo the older one."""
        return lock_session_of(older) == lock_session_of(newer)

    def canUndo(self) -> bool:
        index = self.index()
        return super().canUndo() and self._reachable(self.command(index - 1))

    def canRedo(self) -> bool:
        index = self.index()
        return super().canRedo() and self._reachable(self.command(index))

    def undoText(self) -> str:
        return super().undoText() if self.canUndo() else ""

    def redoText(self) -> str:
        return super().redoText() if self.canRedo() else ""

    def undo(self) -> None:
        if self.canUndo():
            super().undo()

    def redo(self) -> None:
        if self.canRedo():
            super().redo()

    def setIndex(self, index: int) -> None:
        while self.index() > index and self.canUndo():
            self.undo()
        while self.index() < index and self.canRedo():
            self.redo()

    def _reachable(self, command: QUndoCommand | None) -> bool:
        return self._session == 0 or lock_session_of(command) == self._session
