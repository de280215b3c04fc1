"""Real touch sequences on the board: pinch, two-finger pan, drag, taps and long-press."""

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QInputDevice, QMouseEvent, QTouchEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from codesign.canvas.touch import LONG_PRESS_MS, touch_screen_present
from codesign.model import Note
from tests.canvas.conftest import at

EMPTY = (440, 260)
"""A scene point on open canvas in the themed board, on screen (the offscreen screen is 800 px)."""


@pytest.fixture(scope="module")
def finger():
    return QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)


def touch(view, finger):
    return QTest.touchEvent(view.viewport(), finger)


def drag_finger(view, finger, start: QPoint, end: QPoint, steps: int = 5) -> None:
    touch(view, finger).press(0, start).commit()
    for step in range(1, steps + 1):
        touch(view, finger).move(0, start + (end - start) * step / steps).commit()
    touch(view, finger).release(0, end).commit()


def two_fingers(view, finger, starts, ends, steps: int = 6) -> None:
    (a0, b0), (a1, b1) = starts, ends
    touch(view, finger).press(0, a0).press(1, b0).commit()
    for step in range(1, steps + 1):
        t = step / steps
        touch(view, finger).move(0, a0 + (a1 - a0) * t).move(1, b0 + (b1 - b0) * t).commit()
    touch(view, finger).release(0, a1).release(1, b1).commit()


def scene_at(view, pos: QPoint) -> QPointF:
    return view.map_to_scene(QPointF(pos))


def test_a_touch_device_is_noticed(finger):
    assert touch_screen_present()


def test_one_finger_drag_moves_the_note_in_one_undo_step(view, document, finger):
    stack = document.undo_stack
    drag_finger(view, finger, at(view, 80, 80), at(view, 180, 130))
    note = document.get("n1")
    assert (note.x, note.y) == (100, 50)
    assert stack.count() == 1
    assert stack.undoText() == "Move notes"
    assert view.board_scene.selected_ids() == ["n1"]
    stack.undo()
    assert document.get("n1").x == 0


def test_dragging_a_note_out_of_its_theme_leaves_it(view, document, finger):
    drag_finger(view, finger, at(view, 80, 80), at(view, *EMPTY))
    assert "n1" not in document.get("c1").members
    assert document.undo_stack.count() == 1


def test_a_wobbly_tap_selects_and_moves_nothing(view, document, finger):
    start = at(view, 80, 80)
    touch(view, finger).press(0, start).commit()
    touch(view, finger).move(0, start + QPoint(3, 2)).commit()
    touch(view, finger).move(0, start + QPoint(5, -1)).commit()
    touch(view, finger).release(0, start + QPoint(4, 0)).commit()
    assert (document.get("n1").x, document.get("n1").y) == (0, 0)
    assert view.board_scene.graphics_item("n1").pos() == QPointF(0, 0)
    assert document.undo_stack.count() == 0
    assert view.board_scene.selected_ids() == ["n1"]


def test_a_tap_on_open_canvas_clears_the_selection(view, finger):
    view.board_scene.select_ids(["n1"])
    touch(view, finger).press(0, at(view, *EMPTY)).commit()
    touch(view, finger).release(0, at(view, *EMPTY)).commit()
    assert view.board_scene.selected_ids() == []


def test_one_finger_on_open_canvas_pans(view, document, finger):
    before = scene_at(view, QPoint(500, 350))
    drag_finger(view, finger, at(view, *EMPTY), at(view, *EMPTY) + QPoint(-120, 80))
    after = scene_at(view, QPoint(500, 350))
    assert after.x() == pytest.approx(before.x() + 120, abs=1.5)
    assert after.y() == pytest.approx(before.y() - 80, abs=1.5)
    assert document.undo_stack.count() == 0


def test_pinch_zooms_and_keeps_the_point_between_the_fingers(view, document, finger):
    middle = QPoint(500, 350)
    anchor = scene_at(view, middle)
    starts = (middle - QPoint(50, 0), middle + QPoint(50, 0))
    ends = (middle - QPoint(100, 0), middle + QPoint(100, 0))
    two_fingers(view, finger, starts, ends)
    assert view.zoom() == pytest.approx(2.0, rel=0.01)
    held = scene_at(view, middle)
    assert held.x() == pytest.approx(anchor.x(), abs=1.0)
    assert held.y() == pytest.approx(anchor.y(), abs=1.0)
    assert document.undo_stack.count() == 0


def test_pinching_in_zooms_out(view, finger):
    middle = QPoint(400, 300)
    two_fingers(
        view,
        finger,
        (middle - QPoint(0, 160), middle + QPoint(0, 160)),
        (middle - QPoint(0, 40), middle + QPoint(0, 40)),
    )
    assert view.zoom() == pytest.approx(0.25, rel=0.02)


def test_two_finger_pan_moves_the_visible_scene(view, document, finger):
    before = view.mapToScene(view.viewport().rect()).boundingRect()
    a, b = QPoint(300, 300), QPoint(500, 300)
    shift = QPoint(-150, -90)
    two_fingers(view, finger, (a, b), (a + shift, b + shift))
    after = view.mapToScene(view.viewport().rect()).boundingRect()
    assert view.zoom() == pytest.approx(1.0)
    assert after.left() == pytest.approx(before.left() + 150, abs=1.5)
    assert after.top() == pytest.approx(before.top() + 90, abs=1.5)
    assert (document.get("n1").x, document.get("n1").y) == (0, 0)
    assert document.undo_stack.count() == 0


def test_a_pinch_that_starts_on_a_note_moves_nothing(view, document, finger):
    note = at(view, 80, 80)
    two_fingers(view, finger, (note, note + QPoint(200, 0)), (note, note + QPoint(300, 0)))
    assert (document.get("n1").x, document.get("n1").y) == (0, 0)
    assert document.undo_stack.count() == 0


def test_long_press_opens_the_context_menu_and_creates_nothing(qtbot, view, document, finger):
    asked: list[QPoint] = []
    view.customContextMenuRequested.connect(asked.append)
    where = at(view, *EMPTY)
    touch(view, finger).press(0, where).commit()
    qtbot.waitUntil(lambda: bool(asked), timeout=LONG_PRESS_MS * 5)
    touch(view, finger).release(0, where).commit()
    assert len(asked) == 1
    assert (asked[0] - where).manhattanLength() <= 4  # the offscreen window frame shifts points
    assert document.undo_stack.count() == 0
    assert len(list(document.records_of(Note))) == 4
    assert not view.is_editing()


def test_long_press_on_a_note_neither_moves_nor_edits_it(qtbot, view, document, finger):
    asked: list[QPoint] = []
    view.customContextMenuRequested.connect(asked.append)
    where = at(view, 80, 80)
    touch(view, finger).press(0, where).commit()
    qtbot.waitUntil(lambda: bool(asked), timeout=LONG_PRESS_MS * 5)
    touch(view, finger).move(0, where + QPoint(60, 0)).commit()
    touch(view, finger).release(0, where + QPoint(60, 0)).commit()
    assert document.undo_stack.count() == 0
    assert view.board_scene.graphics_item("n1").pos() == QPointF(0, 0)
    assert view.board_scene.selected_ids() == ["n1"]


def test_double_tap_on_open_canvas_adds_a_note_there(view, document, finger):
    where = at(view, *EMPTY)
    for _tap in range(2):
        touch(view, finger).press(0, where).commit()
        touch(view, finger).release(0, where + QPoint(3, 2)).commit()
    assert len(list(document.records_of(Note))) == 5
    assert view.is_editing()
    added = view.board_scene.editor.item_id
    assert document.undo_stack.count() == 1
    assert document.get(added).x == pytest.approx(EMPTY[0] - 80, abs=2)


def test_double_tap_on_a_note_opens_its_editor(view, document, finger):
    opened: list[str] = []
    view.touch.edit_note = opened.append
    where = at(view, 80, 80)
    for _tap in range(2):
        touch(view, finger).press(0, where).commit()
        touch(view, finger).release(0, where).commit()
    assert opened == ["n1"]
    assert document.undo_stack.count() == 0


class _MouseSpy(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[QEvent.Type] = []

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QMouseEvent):
            self.seen.append(event.type())
        return False


def test_touch_makes_no_mouse_events_that_would_move_things_twice(view, document, finger):
    spy = _MouseSpy()
    view.viewport().installEventFilter(spy)
    drag_finger(view, finger, at(view, 80, 80), at(view, 130, 80), steps=2)
    assert spy.seen == []
    assert document.get("n1").x == 50
    assert document.undo_stack.count() == 1


def test_after_a_touch_the_resize_handle_is_fingertip_sized(view, document, finger):
    item = view.board_scene.graphics_item("n1")
    assert item.handle_rect().width() < 44
    touch(view, finger).press(0, at(view, 80, 80)).commit()
    touch(view, finger).release(0, at(view, 80, 80)).commit()
    assert view.touch_mode
    assert item.handle_rect().width() >= 44
    assert item.boundingRect().contains(item.handle_rect())
    drag_finger(view, finger, at(view, 140, 140), at(view, 200, 180))
    note = document.get("n1")
    assert (note.width, note.height) == (220, 200)
    assert document.undo_stack.undoText() == "Resize note"
    assert document.undo_stack.count() == 1
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at(view, 80, 80))
    assert not view.touch_mode
    assert item.handle_rect().width() < 44


def test_a_view_that_is_not_interactive_only_pans_and_zooms(view, document, finger):
    view.setInteractive(False)
    before = scene_at(view, QPoint(500, 350))
    drag_finger(view, finger, at(view, 80, 80), at(view, 130, 80))
    for _tap in range(2):
        touch(view, finger).press(0, at(view, *EMPTY)).commit()
        touch(view, finger).release(0, at(view, *EMPTY)).commit()
    assert scene_at(view, QPoint(500, 350)).x() == pytest.approx(before.x() - 50, abs=1.5)
    assert document.undo_stack.count() == 0
    assert view.board_scene.selected_ids() == []


def test_a_cancelled_touch_puts_a_dragged_note_back(view, document, finger):
    start = at(view, 80, 80)
    touch(view, finger).press(0, start).commit()
    touch(view, finger).move(0, start + QPoint(90, 40)).commit()
    assert view.board_scene.graphics_item("n1").pos() != QPointF(0, 0)
    QApplication.sendEvent(view.viewport(), QTouchEvent(QEvent.Type.TouchCancel, finger))
    assert view.board_scene.graphics_item("n1").pos() == QPointF(0, 0)
    assert (document.get("n1").x, document.get("n1").y) == (0, 0)
