from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QNativeGestureEvent, QPointingDevice, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from codesign.canvas.items.text_paint import advance
from codesign.canvas.scene import OVERVIEW_ZOOM
from codesign.canvas.view import MAX_ZOOM, MIN_ZOOM
from codesign.text import text_width


def wheel(view, pos: QPoint, delta_y: int, modifiers=Qt.KeyboardModifier.NoModifier):
    viewport = view.viewport()
    event = QWheelEvent(
        QPointF(pos),
        QPointF(viewport.mapToGlobal(pos)),
        QPoint(),
        QPoint(0, delta_y),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def test_ctrl_wheel_zooms_keeping_the_point_under_the_pointer(view):
    pointer = QPoint(300, 200)
    before = view.map_to_scene(QPointF(pointer))
    zoom_seen = []
    view.zoom_changed.connect(zoom_seen.append)
    wheel(view, pointer, 240, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() > 1.3
    assert zoom_seen == [view.zoom()]
    after = view.map_to_scene(QPointF(pointer))
    assert abs(after.x() - before.x()) * view.zoom() <= 1.0
    assert abs(after.y() - before.y()) * view.zoom() <= 1.0
    wheel(view, pointer, -480, Qt.KeyboardModifier.ControlModifier)
    again = view.map_to_scene(QPointF(pointer))
    assert abs(again.x() - before.x()) * view.zoom() <= 1.0


def test_zoom_is_clamped(view):
    view.set_zoom(100)
    assert view.zoom() == MAX_ZOOM
    view.set_zoom(0)
    assert view.zoom() == MIN_ZOOM


def test_wheel_and_arrow_keys_pan(view):
    centre = view.map_to_scene(QPointF(500, 350))
    wheel(view, QPoint(500, 350), -120)
    assert view.map_to_scene(QPointF(500, 350)).y() > centre.y() + 100
    moved = view.map_to_scene(QPointF(500, 350))
    QTest.keyClick(view.viewport(), Qt.Key.Key_Right)
    assert view.map_to_scene(QPointF(500, 350)).x() > moved.x() + 50


def test_middle_button_drag_pans(view):
    viewport = view.viewport()
    before = view.map_to_scene(QPointF(500, 350))
    QTest.mousePress(viewport, Qt.MouseButton.MiddleButton, pos=QPoint(500, 350))
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(400, 300),
        QPointF(viewport.mapToGlobal(QPoint(400, 300))),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.MiddleButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, move)
    QTest.mouseRelease(viewport, Qt.MouseButton.MiddleButton, pos=QPoint(400, 300))
    after = view.map_to_scene(QPointF(500, 350))
    assert (after.x() - before.x(), after.y() - before.y()) == (100, 50)
    assert view.board_scene.selected_ids() == []


def test_far_out_the_overview_takes_over(view):
    view.set_zoom(OVERVIEW_ZOOM / 2)
    assert view.board_scene.overview_mode
    view.set_zoom(1.0)
    assert not view.board_scene.overview_mode


def test_fit_board_shows_every_item(view):
    view.fit_board()
    visible = (
        view.map_to_scene(QPointF(0, 0)),
        view.map_to_scene(QPointF(view.viewport().width(), view.viewport().height())),
    )
    board = view.board_scene.board_rect()
    assert visible[0].x() <= board.left() and visible[0].y() <= board.top()
    assert visible[1].x() >= board.right() and visible[1].y() >= board.bottom()


def test_qt_widths_match_the_layout_metrics(qtbot):
    """The canvas draws the lines the shared layout measured: widths agree within 2%."""
    for text in (
        "Tell it once: share my story",
        "Croeso! Offer every meeting yn Gymraeg",
        "Ŵyn ŷd â êi îo ôu û",
        "WWW iiii 1234567890",
    ):
        for size in (11.0, 17.5, 24.0):
            for bold in (False, True):
                ours = advance(text, size, bold)
                reference = text_width(text, size, bold)
                assert abs(ours - reference) <= 0.02 * reference, (text, size, bold)


def test_a_pinch_zooms_around_the_fingers(view):
    fingers = QPointF(250, 400)
    before = view.map_to_scene(fingers)
    pinch = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        fingers,
        fingers,
        QPointF(view.viewport().mapToGlobal(fingers.toPoint())),
        0.5,
        QPointF(),
        1,
    )
    QApplication.sendEvent(view.viewport(), pinch)
    assert view.zoom() == 1.5
    after = view.map_to_scene(fingers)
    assert abs(after.x() - before.x()) * view.zoom() <= 1.0
    assert abs(after.y() - before.y()) * view.zoom() <= 1.0
