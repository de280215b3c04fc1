"""Found in play: the connector handles drawn on hover showed on the wall and over a
presentation, the pen bar showed over a presentation, and the handles were left behind by a
quick zoom or a pointer gone to the toolbar."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsView, QToolBar

from codesign.canvas.drawing_tools import HANDLE_RADIUS, handle_points
from codesign.document import BoardDocument
from tests.boards import wall_of_notes
from tests.ui.conftest import at, hover, make_window, press


def _blue_pixels(view: QGraphicsView, scene_points: list[QPointF]) -> int:
    """Pixels of the handles' blue ring in a box round each point, as `view` shows them."""
    image: QImage = view.viewport().grab().toImage()
    reach = round(2 * HANDLE_RADIUS * max(view.transform().m11(), 1.0))
    count = 0
    for point in scene_points:
        centre = view.mapFromScene(point)
        for dx in range(-reach, reach + 1):
            for dy in range(-reach, reach + 1):
                x, y = centre.x() + dx, centre.y() + dy
                if 0 <= x < image.width() and 0 <= y < image.height():
                    colour = image.pixelColor(x, y)
                    count += colour.blue() > 200 and colour.red() < 120
    return count


def _rest_on_n1(window) -> list[QPointF]:
    hover(window, 60, 60)
    hover(window, 80, 80)
    handles = window.draw.tools.handles
    assert handles.isVisible() and handles.item_id == "n1"
    return handles.points()


def test_the_wall_never_shows_the_hover_handles(qtbot, shown):
    window = shown
    press(
        window,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    projector = window.room.projector
    qtbot.addWidget(projector)
    assert projector.isVisible()
    projector.animator.finish()
    points = _rest_on_n1(window)
    assert _blue_pixels(window.view, points) > 0  # the facilitator sees them on the laptop
    wall_with_pointer_on_n1 = projector.view.viewport().grab().toImage()
    hover(window, -200, 100)  # empty board
    assert not window.draw.tools.handles.isVisible()
    assert projector.view.viewport().grab().toImage() == wall_with_pointer_on_n1


def test_no_hover_handles_on_the_laptop_while_presenting(qtbot, shown):
    window = shown
    press(window, Qt.Key.Key_F5)
    presenter = window.room.presenter
    assert presenter.active
    qtbot.waitUntil(lambda: not presenter.animator.is_running())
    note = window.view.board_scene.item_rect("n1").center()
    hover(window, note.x() - 10, note.y() - 10)
    hover(window, note.x(), note.y())
    handles = window.draw.tools.handles
    assert not handles.isVisible()
    press(window, Qt.Key.Key_F5)
    assert not presenter.active
    hover(window, 240, 60)
    hover(window, 260, 80)
    assert handles.isVisible() and handles.item_id == "n2"


def test_the_pen_bar_stays_away_while_presenting_and_comes_back_after(qtbot, shown):
    window = shown
    press(window, Qt.Key.Key_F5)
    press(window, Qt.Key.Key_P)
    assert window.actions["pen"].isChecked()  # the pen still draws on the presentation
    assert not window.pen_bar.isVisible()
    press(window, Qt.Key.Key_F5)
    assert window.pen_bar.isVisible()


def test_a_pen_put_down_mid_show_leaves_no_pen_bar_behind(qtbot, shown):
    window = shown
    press(window, Qt.Key.Key_P)
    assert window.pen_bar.isVisible()
    press(window, Qt.Key.Key_F5)
    assert not window.pen_bar.isVisible()
    press(window, Qt.Key.Key_P)
    assert not window.actions["pen"].isChecked()
    press(window, Qt.Key.Key_F5)
    assert not window.pen_bar.isVisible()


def _ctrl_wheel(view: QGraphicsView, pos: QPoint, notches: int) -> None:
    event = QWheelEvent(
        QPointF(pos),
        QPointF(view.viewport().mapToGlobal(pos)),
        QPoint(),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def _handles_fit(window, item_id: str | None = None) -> bool:
    """The handles sit round `item_id` (or whatever item they are on), sized for the zoom."""
    handles = window.draw.tools.handles
    shown_for = handles.item_id if item_id is None else item_id
    if shown_for is None or handles.item_id != shown_for:
        return False
    rect = window.view.board_scene.item_rect(shown_for)
    return handles.points() == handle_points(rect, 1.0 / window.view.zoom())


def test_the_hover_handles_follow_a_note_through_quick_zooms(qtbot):
    window = make_window(qtbot, BoardDocument(wall_of_notes()))
    view = window.view
    centre = view.board_scene.item_rect("w3").center()
    pointer = at(window, centre.x(), centre.y())
    QTest.mouseMove(view.viewport(), pointer - QPoint(5, 5))
    QTest.mouseMove(view.viewport(), pointer)
    assert _handles_fit(window, "w3")
    for notches in (-1, -1, -1, -1, 1, 1, 1, 1):
        _ctrl_wheel(view, pointer, notches)
    assert _handles_fit(window, "w3")
    for _ in range(4):
        press(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
        assert not window.draw.tools.handles.isVisible() or _handles_fit(window)
    for _ in range(3):
        press(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        assert not window.draw.tools.handles.isVisible() or _handles_fit(window)
    qtbot.waitUntil(lambda: not view._gesture.active)  # the zoom settled: drawn sharp
    for point in window.draw.tools.handles.points():
        assert _blue_pixels(view, [point]) > 0


def test_the_hover_handles_go_when_the_pointer_leaves_the_board(qtbot, shown):
    window = shown
    _rest_on_n1(window)
    toolbar = window.findChild(QToolBar, "MainToolbar")
    QTest.mouseMove(toolbar, QPoint(10, 10))
    assert not window.draw.tools.handles.isVisible()
    hover(window, 260, 80)  # back on the board, over n2
    assert window.draw.tools.handles.isVisible() and window.draw.tools.handles.item_id == "n2"
