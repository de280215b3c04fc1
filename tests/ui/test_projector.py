import pytest
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication

from codesign.canvas.scene import BoardScene
from codesign.canvas.view import BoardView
from codesign.commands import record_change
from codesign.document import BoardDocument
from codesign.model import Note
from codesign.ui.front_of_room.projector import (
    PRESENTING_PROPERTY,
    ProjectorWindow,
    available_screens,
    preferred_screen,
)
from codesign.ui.front_of_room.timer import WorkshopTimer
from codesign.ui.front_of_room.view_animation import FRAME_MARGIN, fitting_zoom
from tests.boards import themed_board
from tests.ui.test_timer import FakeClock


@pytest.fixture
def scene(qapp):
    return BoardScene(BoardDocument(themed_board()))


@pytest.fixture
def projector(qtbot, scene):
    window = ProjectorWindow(scene)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def _visible_rect(view: BoardView) -> QRectF:
    return view.mapToScene(view.viewport().rect()).boundingRect()


def test_it_is_a_second_view_on_the_same_scene(projector, scene):
    assert projector.view.scene() is scene
    assert not projector.view.isInteractive()
    assert projector.view.viewport().property(PRESENTING_PROPERTY) is True


def test_it_follows_the_focus_with_an_eased_animation(projector, scene):
    focus = scene.item_rect("c2")
    projector.follow(focus)
    assert projector.animator.is_running()
    projector.animator.finish()
    shown = _visible_rect(projector.view)
    assert shown.contains(focus)
    assert shown.center().x() == pytest.approx(focus.center().x(), abs=2)
    assert shown.center().y() == pytest.approx(focus.center().y(), abs=2)
    expected = fitting_zoom(focus, 1280, 720)
    assert projector.view.zoom() == pytest.approx(expected)


def test_set_free_it_stays_where_it_is_until_following_again(projector, scene):
    projector.follow(scene.item_rect("c1"), animated=False)
    before = _visible_rect(projector.view)
    projector.set_following(False)
    projector.follow(scene.item_rect("c2"), animated=False)
    assert _visible_rect(projector.view) == before
    projector.set_following(True)
    projector.animator.finish()
    assert _visible_rect(projector.view).contains(scene.item_rect("c2"))


def test_an_edit_on_the_laptop_shows_on_the_projector_at_once(qtbot, projector, scene):
    laptop = BoardView(scene)
    qtbot.addWidget(laptop)
    record_change(scene.document, "Add note", [Note(id="n9", x=40, y=420, text="Croeso")])
    projector.follow(scene.item_rect("n9"), animated=False)
    item = scene.graphics_item("n9")
    assert item is not None
    assert item in projector.view.items(projector.view.viewport().rect())
    assert item in laptop.scene().items()


def test_a_click_on_the_wall_selects_nothing(qtbot, projector, scene):
    projector.follow(scene.item_rect("n1"), animated=False)
    point = projector.view.mapFromScene(scene.item_rect("n1").center())
    qtbot.mouseClick(projector.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(projector.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert scene.selected_ids() == []
    assert scene.document.undo_stack.count() == 0


def test_the_cursor_hides_when_still_and_shows_on_a_move(projector):
    projector._hide_cursor()
    assert projector.cursor_hidden()
    viewport = projector.view.viewport()
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(10, 10),
        QPointF(10, 10),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, move)
    assert not projector.cursor_hidden()
    assert projector._idle.isActive()


def test_the_large_timer_shows_once_the_timer_is_set_going(projector):
    timer = WorkshopTimer(FakeClock())
    projector.set_timer(timer)
    assert not projector.timer_display.isVisible()
    timer.start()
    assert projector.timer_display.isVisible()
    assert projector.timer_display.geometry().right() < projector.width()
    assert projector.timer_display.height() >= projector.height() * 0.15
    timer.reset()
    assert not projector.timer_display.isVisible()


def test_high_contrast_paints_a_plain_ground(projector):
    projector.view.fit_board()
    projector.set_high_contrast(True)
    image = projector.view.viewport().grab().toImage()
    assert image.pixelColor(2, 2).name() == "#ffffff"


def test_screens_are_listed_for_a_menu_and_it_goes_full_screen(qtbot, scene):
    screens = available_screens()
    assert screens
    assert all(screen in QGuiApplication.screens() for _text, screen in screens)
    assert "this laptop" in screens[0][0] or len(screens) > 1
    window = ProjectorWindow(scene)
    qtbot.addWidget(window)
    window.follow(scene.item_rect("c1"))
    window.show_on(preferred_screen())
    assert window.isFullScreen()
    assert window.screen() is preferred_screen()


def test_fitting_zoom_leaves_a_margin_and_has_limits():
    assert fitting_zoom(QRectF(0, 0, 1000, 500), 1000, 1000) == pytest.approx(1 - 2 * FRAME_MARGIN)
    assert fitting_zoom(QRectF(0, 0, 10, 10), 1000, 1000) == 3.0
    assert fitting_zoom(QRectF(), 1000, 1000) == 1.0


def test_another_board_replaces_the_one_on_the_wall(qtbot, projector):
    projector.set_high_contrast(True)
    other = BoardScene(BoardDocument(themed_board()))
    projector.set_scene(other)
    assert projector.view.scene() is other
    assert projector.view.high_contrast
    projector.follow(other.item_rect("c2"), animated=False)
    assert _visible_rect(projector.view).contains(other.item_rect("c2"))


def test_the_zoom_eases_in_log_space_so_a_dive_feels_steady(projector, scene):
    projector.view.set_zoom(0.25)
    start = projector.view.zoom()
    projector.follow(scene.item_rect("n1"))
    end = projector.animator._to_zoom
    projector.animator._on_value_changed(0.5)
    assert projector.view.zoom() == pytest.approx((start * end) ** 0.5, rel=1e-3)
    projector.animator.finish()
    assert projector.view.zoom() == pytest.approx(end)
