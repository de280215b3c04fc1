"""Boards opened from the file manager while Codesign is already running (macOS Finder).

macOS does not start a second copy for a double-clicked board: it sends the running app a
FileOpen event, which would otherwise be ignored. Linux and Windows start `codesign FILE`.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent


class FileOpenEvents(QObject):
    def __init__(self, open_board: Callable[[Path], object], parent: QObject) -> None:
        super().__init__(parent)
        self._open_board = open_board

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent) and event.file():
            self._open_board(Path(event.file()))
            return True
        return super().eventFilter(watched, event)
