"""A shown board view on a small themed board, and helpers that drive it with a real mouse."""

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from codesign.canvas.scene import BoardScene
from codesign.canvas.view import BoardView
from codesign.document import BoardDocument
from tests.boards import themed_board


@pytest.fixture
def document():
    return BoardDocument(themed_board())


@pytest.fixture
def view(qtbot, document):
    view = BoardView(BoardScene(document))
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    view.reset_zoom()
    view.centerOn(QPointF(200, 200))
    return view


def at(view, scene_x: float, scene_y: float) -> QPoint:
    """The viewport pixel showing a scene point."""
    return view.mapFromScene(QPointF(scene_x, scene_y))


def drag(view, start: QPoint, end: QPoint, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, start)
    steps = 5
    for step in range(1, steps + 1):
        point = QPointF(start + (end - start) * step / steps)
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            point,
            viewport.mapToGlobal(point),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            modifier,
        )
        QApplication.sendEvent(viewport, move)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, end)
