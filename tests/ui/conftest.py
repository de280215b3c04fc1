"""A shown app window on the themed board, and helpers that drive it like a person would."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from codesign.document import BoardDocument
from codesign.ui.shell.main_window import MainWindow
from tests.boards import themed_board


def _let_close(window: MainWindow) -> None:
    """A test's window closes at its end: unlocked (participants cannot close it), any note
    left open for typing ended, saved, and its room stopped (else closing asks about it)."""
    window.document.unlock()
    window.live_room.stop()
    if window.view is not None:
        window.view.finish_editing()
    window.document.undo_stack.setClean()


def make_active_window(qtbot, document=None) -> MainWindow:
    """A shown window that is the active one, so key presses reach its shortcuts."""
    window = make_window(qtbot, document)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def make_window(qtbot, document=None) -> MainWindow:
    window = MainWindow(document or BoardDocument(themed_board()))
    qtbot.addWidget(window, before_close_func=_let_close)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.view.reset_zoom()
    window.view.centerOn(QPointF(200, 200))
    window.view.setFocus()
    return window


def answer_with(monkeypatch, button: str) -> list[str]:
    """Answer every message box by clicking `button`; returns the questions asked."""
    asked: list[str] = []

    def click(box: QMessageBox) -> int:
        asked.append(box.text())
        for candidate in box.buttons():
            if candidate.text().replace("&", "") == button:
                candidate.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)
    return asked


def errors_shown(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    return shown


@pytest.fixture
def shown(qtbot) -> MainWindow:
    return make_window(qtbot)


def at(window: MainWindow, x: float, y: float) -> QPoint:
    return window.view.mapFromScene(QPointF(x, y))


def hover(window: MainWindow, x: float, y: float) -> None:
    QTest.mouseMove(window.view.viewport(), at(window, x, y))


def press(window: MainWindow, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press that goes through the shortcut map, as from a real keyboard."""
    QTest.keyClick(window.view, key, modifier)


def drag(window: MainWindow, start: QPoint, end: QPoint) -> None:
    viewport = window.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        QTest.mouseMove(viewport, start + (end - start) * step / 5)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
