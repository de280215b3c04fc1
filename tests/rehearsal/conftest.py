"""The rehearsal's window: the real MainWindow, shown, on whatever screen Qt was given.

Offscreen by default (tests/conftest.py sets QT_QPA_PLATFORM). `tools/real_screen` runs these
tests again on a virtual X server with a window manager and sets CODESIGN_REAL_SCREEN=1, so a
run that meant to use a real screen and silently fell back to offscreen fails at once.
"""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication

from codesign.ui.app import UI_FAMILY, load_bundled_fonts, show_first_window
from codesign.ui.main_window import MainWindow
from tests.rehearsal.person import Person

WINDOW_SIZE = (1280, 800)


def real_screen_wanted() -> bool:
    return os.environ.get("CODESIGN_REAL_SCREEN") == "1"


@pytest.fixture(autouse=True)
def _no_modal_dialogs():
    """Overrides the suite's guard: the person answers every dialog through its widgets."""


@pytest.fixture(scope="session", autouse=True)
def _looks_like_the_app(qapp):
    """The app's own font, and Qt's own file dialogs, whose boxes a person can type into."""
    platform = QGuiApplication.platformName()
    if real_screen_wanted() and platform != "xcb":
        pytest.exit(f"CODESIGN_REAL_SCREEN=1 but Qt runs on {platform!r}, not xcb", returncode=1)
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    load_bundled_fonts()
    QApplication.setFont(QFont(UI_FAMILY, 10))


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


@pytest.fixture
def person(qtbot) -> Person:
    """A facilitator in front of a freshly started Codesign with an empty board."""
    return Person(open_window(qtbot), qtbot)
