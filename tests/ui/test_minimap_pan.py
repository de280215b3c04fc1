"""With the minimap shown, a pan repaints only the strip it exposes (and the minimap's corner),
not the whole board: the viewport's pixels are scrolled, and the minimap stays in its corner."""

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from codesign.canvas.minimap import Minimap
from tests.ui.conftest import make_window


class PaintedShare(QObject):
    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.shares: list[float] = []
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            area = sum(r.width() * r.height() for r in event.region())
            self.shares.append(area / (self._widget.width() * self._widget.height()))
        return False


def two_finger_pan(viewport, dx: int, dy: int) -> None:
    centre = QPointF(viewport.width() / 2, viewport.height() / 2)
    event = QWheelEvent(
        centre,
        QPointF(viewport.mapToGlobal(centre.toPoint())),
        QPoint(dx, dy),
        QPoint(dx, dy),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def test_a_pan_repaints_the_exposed_strip_only(qtbot):
    window = make_window(qtbot)
    if not window.actions["minimap"].isChecked():
        window.actions["minimap"].trigger()
    minimap = window.findChild(Minimap)
    qtbot.waitUntil(minimap.isVisible)
    corner = minimap.mapTo(window, QPoint(0, 0))
    viewport = window.view.viewport()
    qtbot.wait(50)
    painted = PaintedShare(viewport)
    for _ in range(5):
        two_finger_pan(viewport, -37, -11)
        QApplication.processEvents()
    assert painted.shares and max(painted.shares) < 0.25
    assert minimap.mapTo(window, QPoint(0, 0)) == corner
