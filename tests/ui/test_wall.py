"""The wall and the front of the room, driven through the window's keys, clicks and menus.

Offscreen there is one screen, so the projector opens as a window there (the laptop's own
screen); tests/ui/test_two_screens.py checks it full screen on a real second screen.
"""

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenuBar, QStatusBar, QToolBar

from codesign.canvas.minimap import Minimap
from codesign.document import BoardDocument
from codesign.storage.templates import board_from_template
from codesign.ui.front_of_room.projector import ProjectorWindow
from codesign.ui.front_of_room.timer import TimerState
from codesign.ui.front_of_room.timer_widget import TimerControl
from tests.ui.conftest import make_active_window, press

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def open_wall(window, qtbot) -> ProjectorWindow:
    press(window, Qt.Key.Key_P, CTRL_SHIFT)
    wall = window.room.projector
    assert isinstance(wall, ProjectorWindow)
    qtbot.addWidget(wall)
    qtbot.waitExposed(wall)
    wall.animator.finish()
    return wall


def test_the_wall_opens_on_what_the_laptop_shows_not_a_crop_of_the_middle(shown, qtbot):
    shown.view.fit_board()
    laptop = shown.view.visible_rect()
    wall = open_wall(shown, qtbot)
    assert wall.view.zoom() != pytest.approx(1.0)
    shows = wall.view.visible_rect()
    assert shows.contains(shown.view.board_scene.board_rect().center())
    assert shows.contains(laptop.center())


def test_on_the_laptops_own_screen_it_is_a_window_that_leaves_the_laptop_seen(shown, qtbot):
    wall = open_wall(shown, qtbot)
    assert wall.windowed and not wall.isFullScreen()
    screen = shown.screen().availableGeometry()
    assert wall.width() < screen.width() and wall.height() < screen.height()
    assert "One screen" in shown.statusBar().currentMessage()


def test_the_wall_follows_fit_on_the_laptop(shown, qtbot):
    wall = open_wall(shown, qtbot)
    shown.view.board_scene.select_ids(["c2"])
    press(shown, Qt.Key.Key_2, Qt.KeyboardModifier.ShiftModifier)
    wall.animator.finish()
    assert wall.view.visible_rect().contains(shown.view.board_scene.item_rect("c2"))
    assert not wall.view.visible_rect().contains(shown.view.board_scene.item_rect("c1"))


def test_escape_on_either_window_closes_the_wall(shown, qtbot):
    wall = open_wall(shown, qtbot)
    QTest.keyClick(wall, Qt.Key.Key_Escape)
    assert not wall.isVisible()
    assert not shown.actions["projector"].isChecked()
    wall = open_wall(shown, qtbot)
    press(shown, Qt.Key.Key_Escape)
    assert not wall.isVisible()
    press(shown, Qt.Key.Key_P, CTRL_SHIFT)
    assert wall.isVisible()
    QTest.keyClick(wall, Qt.Key.Key_P, CTRL_SHIFT)
    assert not wall.isVisible()


def test_escape_while_presenting_leaves_the_show_first_and_keeps_the_wall(shown, qtbot):
    wall = open_wall(shown, qtbot)
    press(shown, Qt.Key.Key_F5)
    press(shown, Qt.Key.Key_Escape)
    assert not shown.room.presenter.active
    assert wall.isVisible()


def test_closing_the_window_takes_the_wall_with_it(shown, qtbot):
    wall = open_wall(shown, qtbot)
    assert not wall.testAttribute(Qt.WidgetAttribute.WA_QuitOnClose)
    press(shown, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not shown.isVisible()
    assert not wall.isVisible()
    assert shown.room.projector is None


def test_editing_on_the_laptop_mid_show_leaves_no_marks_on_the_wall(shown, qtbot):
    wall = open_wall(shown, qtbot)
    press(shown, Qt.Key.Key_F5)
    wall.animator.finish()
    shown.room.presenter.animator.finish()
    before = wall.view.viewport().grab().toImage()
    view = shown.view
    note = view.mapFromScene(view.board_scene.item_rect("n1").center())
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=note)
    assert view.board_scene.selected_ids() == ["n1"]
    assert wall.view.viewport().grab().toImage() == before


def test_f5_puts_the_chrome_away_and_dims_all_but_the_frame(shown):
    shown.actions["minimap"].setChecked(True)
    press(shown, Qt.Key.Key_F5)
    presenter = shown.room.presenter
    assert shown.isFullScreen()
    for kind in (QMenuBar, QToolBar, QStatusBar, Minimap):
        assert not any(widget.isVisible() for widget in shown.findChildren(kind))
    frame = next(f for f in presenter.frames() if f.id == presenter.current)
    assert shown.view.spotlight() == QRectF(*frame.rect)
    presenter.animator.finish()
    image = shown.view.viewport().grab().toImage()
    lit = image.pixelColor(shown.view.mapFromScene(QRectF(*frame.rect).center()))
    corner = image.pixelColor(3, 3)
    assert corner.lightness() < lit.lightness() - 60
    press(shown, Qt.Key.Key_Right)
    assert shown.view.spotlight() == shown.view.board_scene.item_rect("c2")
    press(shown, Qt.Key.Key_Escape)
    assert not shown.isFullScreen()
    assert shown.menuBar().isVisible() and shown.statusBar().isVisible()
    assert shown.findChild(Minimap).isVisible()
    assert shown.view.spotlight() is None


def test_spotlight_dims_round_the_selected_theme_on_both_windows(shown, qtbot):
    wall = open_wall(shown, qtbot)
    view = shown.view
    title = view.mapFromScene(QPointF(0, -45))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=title)
    assert view.board_scene.selected_ids() == ["c1"]
    press(shown, Qt.Key.Key_H, CTRL_SHIFT)
    theme = view.board_scene.item_rect("c1")
    assert view.spotlight() == theme and wall.view.spotlight() == theme
    image = wall.view.viewport().grab().toImage()
    outside = wall.view.mapFromScene(view.board_scene.item_rect("n3").center())
    assert image.pixelColor(outside).lightness() < QColor("#A0E890").lightness() - 60
    press(shown, Qt.Key.Key_H, CTRL_SHIFT)
    assert view.spotlight() is None and wall.view.spotlight() is None


def test_b_and_full_stop_blank_the_wall_and_bring_it_back(shown, qtbot):
    wall = open_wall(shown, qtbot)
    press(shown, Qt.Key.Key_B)
    assert wall.is_blank()
    assert wall.grab().toImage().pixelColor(wall.width() // 2, wall.height() // 2) == QColor(
        "black"
    )
    press(shown, Qt.Key.Key_Period)
    assert not wall.is_blank()


def test_with_no_wall_open_b_blanks_the_presenting_laptop(shown):
    press(shown, Qt.Key.Key_F5)
    press(shown, Qt.Key.Key_B)
    assert shown.room.laptop_blank.isVisible()
    press(shown, Qt.Key.Key_B)
    assert not shown.room.laptop_blank.isVisible()


def test_times_up_on_the_laptop_and_one_more_minute(shown, qtbot):
    control = shown.statusBar().findChild(TimerControl)
    timer = shown.room.timer
    timer.set_duration(1)
    QTest.mouseClick(control.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: timer.state is TimerState.FINISHED, timeout=3000)
    assert control.display.text() == "Time's up"
    QTest.mouseClick(control.more_button, Qt.MouseButton.LeftButton)
    assert timer.state is TimerState.RUNNING
    assert 58 <= timer.remaining_seconds() <= 60
    QTest.mouseClick(control.more_button, Qt.MouseButton.LeftButton)
    assert 118 <= timer.remaining_seconds() <= 120
    assert control.display.text().startswith(("01:5", "02:00"))
    shown.actions["timer_add_minute"].trigger()
    assert 178 <= timer.remaining_seconds() <= 180
    timer.reset()


def test_larger_text_on_the_projector_changes_the_picture_on_the_wall(shown, qtbot):
    """At the fitted board's zoom the notes' text is small on the wall: the toggle grows it."""
    shown.view.fit_board()
    wall = open_wall(shown, qtbot)
    wall.resize(1280, 720)
    assert wall.view.zoom() < 0.75
    usual = wall.view.viewport().grab().toImage()
    shown.actions["projector_large_text"].trigger()
    qtbot.wait(50)  # the laptop repaints first, as it would in the room
    larger = wall.view.viewport().grab().toImage()
    assert larger != usual
    shown.actions["projector_large_text"].trigger()
    qtbot.wait(50)
    assert wall.view.viewport().grab().toImage() == usual


def test_a_stray_b_on_the_board_blanks_nothing_when_there_is_no_wall(shown):
    press(shown, Qt.Key.Key_B)
    assert not shown.room.laptop_blank.isVisible()
    assert not shown.actions["blank"].isChecked()
    assert "Blank works" in shown.statusBar().currentMessage()


def test_presenting_on_the_laptop_shows_the_large_timer_the_status_bar_hid(shown):
    shown.actions["timer_toggle"].trigger()
    press(shown, Qt.Key.Key_F5)
    big = shown.room.laptop_timer
    assert big.isVisible() and not shown.statusBar().isVisible()
    assert big.geometry().right() < shown.view.width()
    press(shown, Qt.Key.Key_Escape)
    assert not big.isVisible()
    shown.room.timer.reset()


def timer_on_viewport(view, timer) -> QRectF:
    """The large timer's rectangle in the view's viewport coordinates."""
    corner = view.viewport().mapFromGlobal(timer.mapToGlobal(QPoint(0, 0)))
    return QRectF(timer.rect().translated(corner))


def frame_on_viewport(view, rect: QRectF) -> QRectF:
    return view.mapFromScene(rect).boundingRect().toRectF()


def test_the_large_timer_leaves_the_presented_theme_uncovered(qtbot):
    """F5, Right twice, Ctrl+T on ServiceLand: the theme's top-right corner (its count badge)
    stays in sight on the laptop and on the wall, the frame fitting beside the timer."""
    shown = make_active_window(qtbot, BoardDocument(board_from_template("serviceland")))
    shown.resize(1000, 560)  # a wide screen: the theme fills its height, up to the timer
    wall = open_wall(shown, qtbot)
    wall.resize(640, 360)
    press(shown, Qt.Key.Key_F5)
    press(shown, Qt.Key.Key_Right)
    press(shown, Qt.Key.Key_Right)
    presenter = shown.room.presenter
    frame = QRectF(*next(f for f in presenter.frames() if f.id == presenter.current).rect)
    press(shown, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert shown.room.timer.state is TimerState.RUNNING
    presenter.animator.finish()
    wall.animator.finish()
    for view, timer in ((shown.view, shown.room.laptop_timer), (wall.view, wall.timer_display)):
        assert timer.isVisible()
        shown_frame = frame_on_viewport(view, frame)
        assert QRectF(view.viewport().rect()).contains(shown_frame)
        assert not shown_frame.intersects(timer_on_viewport(view, timer))
    shown.room.timer.reset()
