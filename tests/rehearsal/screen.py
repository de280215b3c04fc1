"""The screen the rehearsal plays on, and Codesign started on it as a person starts it.

Offscreen by default (tests/conftest.py sets QT_QPA_PLATFORM). `tools/real_screen` runs these
tests again on a virtual X server with a window manager and sets CODESIGN_REAL_SCREEN=1. Offscreen
has no window manager, so `WindowManager` stands in for the one thing the story needs of it.
"""

import os
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from codesign.ui.app import show_first_window
from codesign.ui.shell.main_window import MainWindow

WINDOW_SIZE = (1280, 800)


def real_screen_wanted() -> bool:
    return os.environ.get("CODESIGN_REAL_SCREEN") == "1"


class WindowManager(QObject):
    """What openbox, KWin or Windows do and the offscreen platform does not: when a dialog or
    other window hides, the window it belongs to (or the one under it) becomes active. Only that;
    which widget in that window then gets the keys is the app's own doing. On a real screen
    the real window manager does this, and this stand-in is not installed."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Hide
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and not isinstance(watched, QMenu)
            and watched.windowType() not in (Qt.WindowType.ToolTip, Qt.WindowType.Popup)
        ):
            owner = watched.parentWidget()
            if owner is None:  # a window of its own, like the projector: the one under it
                owner = next(
                    (
                        w
                        for w in QApplication.topLevelWidgets()
                        if w is not watched and isinstance(w, MainWindow) and w.isVisible()
                    ),
                    None,
                )
            if owner is not None and owner.window().isVisible():
                owner.window().activateWindow()
        return False


def open_window(qtbot, board: Path | None = None) -> MainWindow:
    """Codesign started as `codesign [BOARD]` starts it, then sized alike on every screen."""
    window = show_first_window(None if board is None else str(board))
    qtbot.addWidget(window, before_close_func=_let_go)
    qtbot.waitExposed(window)
    if QGuiApplication.platformName() == "offscreen":
        window.activateWindow()  # a window manager focuses a window it maps
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    window.resize(*WINDOW_SIZE)
    qtbot.waitUntil(lambda: window.width() == WINDOW_SIZE[0], timeout=5000)
    return window


def _let_go(window: MainWindow) -> None:
    """A window the story left unsaved closes without a question at teardown. Its undo steps
    go now, while everything they name is alive: a test that failed half-way leaves the
    document to the garbage collector, and a stack cleared that late crashed the next test."""
    window.document.undo_stack.clear()
    if window.room.projector is not None:
        window.room.projector.close()
