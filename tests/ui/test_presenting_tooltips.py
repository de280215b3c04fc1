"""While F5 makes the laptop the room's screen, resting the pointer on a note shows no tooltip
(a mirrored projector would show it to everyone); afterwards tooltips come back."""

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from tests.ui.conftest import at, hover, press


def ask_for_tooltip(window, x: float, y: float) -> None:
    """What Qt sends the viewport when the pointer has rested a moment."""
    viewport = window.view.viewport()
    where = at(window, x, y)
    event = QHelpEvent(QEvent.Type.ToolTip, where, viewport.mapToGlobal(QPoint(where)))
    QApplication.sendEvent(viewport, event)


def note_centre(window) -> tuple[float, float]:
    rect = window.view.board_scene.item_rect("n1")
    return rect.center().x(), rect.center().y()


def test_no_note_tooltip_over_a_presentation(qtbot, shown):
    window = shown
    x, y = note_centre(window)
    hover(window, x, y)
    ask_for_tooltip(window, x, y)
    qtbot.waitUntil(QToolTip.isVisible)
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())

    press(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.room.presenter.active)
    x, y = note_centre(window)
    hover(window, x, y)
    ask_for_tooltip(window, x, y)
    qtbot.wait(100)
    assert not QToolTip.isVisible()

    press(window, Qt.Key.Key_F5)
    x, y = note_centre(window)
    hover(window, x, y)
    ask_for_tooltip(window, x, y)
    qtbot.waitUntil(QToolTip.isVisible)
    QToolTip.hideText()
