"""The floating touch toolbar: big buttons the room can reach, and the window's touch glue."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from codesign.model import Note
from codesign.ui.common.participant_mode import allowed_while_locked
from tests.ui.conftest import at, make_window


@pytest.fixture(scope="module")
def finger():
    return QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)


@pytest.fixture
def toolbar(shown):
    shown.actions["touch_toolbar"].setChecked(True)
    return shown.touch.toolbar


def tap(window, finger, pos: QPoint) -> None:
    QTest.touchEvent(window.view.viewport(), finger).press(0, pos).commit()
    QTest.touchEvent(window.view.viewport(), finger).release(0, pos).commit()


def test_the_view_menu_toggles_it_and_its_buttons_are_finger_sized(shown, toolbar):
    assert toolbar.isVisible()
    assert set(toolbar.buttons) == {"new_note", "colour", "vote", "pen", "undo"}
    for button in toolbar.buttons.values():
        assert button.width() >= 44 and button.height() >= 44
        assert button.accessibleName()
    view_menu = next(a for a in shown.menuBar().actions() if a.text() == "&View").menu()
    assert shown.actions["touch_toolbar"] in view_menu.actions()
    shown.actions["touch_toolbar"].setChecked(False)
    assert not toolbar.isVisible()


def test_it_floats_on_the_left_of_the_board(shown, toolbar):
    board = shown.centralWidget()
    assert toolbar.parentWidget() is board
    assert toolbar.x() < 40
    assert toolbar.geometry().bottom() <= board.height()


def test_new_note_opens_the_large_editor_in_the_middle_of_the_view(shown, toolbar):
    QTest.mouseClick(toolbar.buttons["new_note"], Qt.MouseButton.LeftButton)
    editor = shown.touch.editor
    added = editor.note_id
    note = shown.document.get(added)
    centre = shown.view.map_to_scene(shown.view.viewport().rect().center())
    assert abs(note.x + note.width / 2 - centre.x()) < 2
    editor.text.setPlainText("Gofal: one phone number")
    QTest.mouseClick(editor.done_button, Qt.MouseButton.LeftButton)
    assert shown.document.get(added).text == "Gofal: one phone number"
    assert shown.document.undo_stack.count() == 1
    shown.actions["new_note"].setEnabled(False)
    assert not toolbar.buttons["new_note"].isEnabled()


def test_colour_menu_names_every_swatch_and_recolours_the_selection(shown, toolbar):
    menu = toolbar.buttons["colour"].menu()
    names = [action.text() for action in menu.actions()]
    assert names[:3] == ["Yellow", "Orange", "Pink"]
    assert all(not action.icon().isNull() for action in menu.actions())
    shown.view.scene().select_ids(["n1"])
    pink = next(action for action in menu.actions() if action.text() == "Pink")
    pink.trigger()
    assert shown.document.get("n1").colour == "pink"
    assert shown.document.undo_stack.count() == 1
    assert toolbar.buttons["colour"].icon().cacheKey() == pink.icon().cacheKey()


def test_undo_follows_the_stack_and_undoes(shown, toolbar):
    undo = toolbar.buttons["undo"]
    assert not undo.isEnabled()
    shown.view.scene().select_ids(["n2"])
    shown.actions["colour.green"].trigger()
    assert undo.isEnabled()
    QTest.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert shown.document.get("n2").colour == "pink"
    assert not undo.isEnabled()


def test_vote_toggles_voting_mode(shown, toolbar):
    vote = toolbar.buttons["vote"]
    QTest.mouseClick(vote, Qt.MouseButton.LeftButton)
    assert shown.actions["voting_mode"].isChecked() and vote.isChecked()
    shown.actions["voting_mode"].setChecked(False)
    assert not vote.isChecked()


def test_the_grip_drags_it_but_never_off_the_board(shown, toolbar):
    grip = toolbar.grip
    QTest.mousePress(grip, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    QTest.mouseMove(grip, QPoint(305, 45))
    QTest.mouseRelease(grip, Qt.MouseButton.LeftButton, pos=QPoint(305, 45))
    assert toolbar.x() > 200
    QTest.mousePress(grip, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    QTest.mouseMove(grip, QPoint(-3000, -3000))
    QTest.mouseRelease(grip, Qt.MouseButton.LeftButton, pos=QPoint(-3000, -3000))
    assert toolbar.pos() == QPoint(0, 0)


def test_a_touchscreen_brings_it_up_once_then_the_menu_decides(qtbot, finger):
    window = make_window(qtbot)
    assert window.actions["touch_toolbar"].isChecked()
    assert window.touch.toolbar.isVisible()
    window.actions["touch_toolbar"].setChecked(False)
    tap(window, finger, at(window, 500, 260))
    assert not window.touch.toolbar.isVisible()


def test_double_tap_on_a_note_opens_the_large_editor(qtbot, finger):
    window = make_window(qtbot)
    for _tap in range(2):
        tap(window, finger, at(window, 80, 80))
    assert window.touch.editor.isVisible()
    assert window.touch.editor.note_id == "n1"
    assert not window.view.is_editing()


def test_double_tap_on_open_canvas_adds_a_note_to_type_into_large(qtbot, finger):
    window = make_window(qtbot)
    for _tap in range(2):
        tap(window, finger, at(window, 500, 260))
    editor = window.touch.editor
    assert editor.isVisible() and editor.caption.text() == "New note"
    editor.cancel()
    assert len(list(window.document.records_of(Note))) == 4


def test_participants_keep_the_touch_toolbar(shown, toolbar):
    assert allowed_while_locked("touch_toolbar")
    shown.room.lock.lock("2468")
    assert shown.actions["touch_toolbar"].isEnabled()
    assert toolbar.buttons["new_note"].isEnabled()
    shown.room.lock.unlock("2468")


def test_in_voting_mode_a_tap_on_a_note_places_a_dot_and_moves_nothing(qtbot, finger):
    window = make_window(qtbot)
    QTest.mouseClick(window.voting.panel.voter_buttons["p2"], Qt.MouseButton.LeftButton)
    window.actions["voting_mode"].setChecked(True)
    tap(window, finger, at(window, 260, 80))
    qtbot.waitUntil(lambda: window.voting.layer.dots_item("n2") is not None)
    assert [dot.voter for dot in window.voting.layer.dots_item("n2").dots] == ["p2"]
    assert (window.document.get("n2").x, window.document.get("n2").y) == (180, 0)


def test_long_press_pops_up_the_board_menu_and_adds_nothing(qtbot, finger, monkeypatch):
    popped: list[str] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, *_args: popped.append(menu.objectName()))
    window = make_window(qtbot)
    where = at(window, 500, 260)
    QTest.touchEvent(window.view.viewport(), finger).press(0, where).commit()
    qtbot.waitUntil(lambda: bool(popped), timeout=3000)
    QTest.touchEvent(window.view.viewport(), finger).release(0, where).commit()
    assert popped == ["BoardContextMenu"]
    assert len(list(window.document.records_of(Note))) == 4
    assert window.document.undo_stack.count() == 0


def test_a_touchscreen_at_start_puts_the_toolbar_on_top_of_the_board(qtbot, finger):
    """Offered before the board view exists, it must still be above it, not hidden under it."""
    window = make_window(qtbot)
    toolbar = window.touch.toolbar
    holder = toolbar.parentWidget()
    for button in toolbar.buttons.values():
        centre = button.mapTo(holder, button.rect().center())
        on_top = holder.childAt(centre)
        assert on_top is button or button.isAncestorOf(on_top)


@pytest.mark.parametrize("where", [(500, 260), (80, 80)])
def test_lifting_a_long_press_chooses_nothing_from_the_menu_under_the_finger(qtbot, finger, where):
    """The menu opens under the finger; Qt turns the lift into a mouse release on it, which
    must neither cut the note held nor add a note on open canvas."""
    window = make_window(qtbot)
    stack = window.document.undo_stack
    point = at(window, *where)
    QTest.touchEvent(window.view.viewport(), finger).press(0, point).commit()
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=3000)
    QTest.touchEvent(window.view.viewport(), finger).release(0, point).commit()
    qtbot.wait(100)
    assert stack.count() == 0
    assert len(list(window.document.records_of(Note))) == 4
    assert not window.touch.editor.isVisible()
    if QApplication.activePopupWidget() is not None:
        QApplication.activePopupWidget().close()
