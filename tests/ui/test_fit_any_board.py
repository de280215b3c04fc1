"""View > Fit board shows a board of any size whole, even one too big for the lowest zoom."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from codesign.canvas.view import MIN_ZOOM
from codesign.document import BoardDocument
from codesign.model import NOTE_SIZE, Board, Note
from tests.ui.conftest import make_window
from tests.ui.menus import choose_from_menu

FAR = 400_000


def wheel_out(view) -> None:
    centre = QPointF(view.viewport().width() / 2, view.viewport().height() / 2)
    event = QWheelEvent(
        centre,
        QPointF(view.viewport().mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, -1200),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_fit_board_shows_a_board_wider_than_the_lowest_zoom_reaches(qtbot):
    wide = Board(items=(Note(id="west", x=0, y=0), Note(id="east", x=FAR, y=0)))
    window = make_window(qtbot, BoardDocument(wide))
    view = window.view
    choose_from_menu(qtbot, window, "View", "Fit board")
    assert view.zoom() < MIN_ZOOM
    right = view.viewport().width()
    assert view.map_to_scene(QPointF(0, 0)).x() <= 0
    assert view.map_to_scene(QPointF(right, 0)).x() >= FAR + NOTE_SIZE
    fitted = view.zoom()
    view.reset_zoom()
    for _ in range(6):
        wheel_out(view)
    assert view.zoom() == fitted  # zooming out goes as far as Fit did, no further
