"""A new note's editor takes the keyboard by every route that opens one, wherever the keyboard
was before (the timer's button, a panel, the find bar): the words typed next go into the note,
never to the single-key shortcuts (a digit recolours, a space presses the focused button)."""

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QToolButton, QWidget

from codesign.document import BoardDocument
from codesign.model import Note
from codesign.ui.front_of_room.timer import TimerState
from codesign.ui.front_of_room.timer_widget import TimerControl
from codesign.ui.shell.main_window import MainWindow
from tests.boards import themed_board
from tests.ui.conftest import at, hover

WORDS = "Letters arrive late 2 n"


def focus_the_timer(window) -> QWidget:
    """Put the keyboard on the timer's Start button, as after using the status bar."""
    button = window.statusBar().findChild(TimerControl).start_button
    button.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is button
    return button


def type_as_a_person(text: str) -> None:
    """Keys go to whatever has the keyboard, through the shortcut map, as from a keyboard."""
    for char in text:
        QTest.keyClicks(QApplication.focusWidget(), char)


def new_notes(window) -> list[Note]:
    return [n for n in window.document.records_of(Note) if n.id not in {"n1", "n2", "n3", "n4"}]


def typed_into_one_new_note(window) -> None:
    assert window.view.is_editing()
    type_as_a_person(WORDS)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    (note,) = new_notes(window)
    assert note.text == WORDS
    assert note.colour == "yellow"
    assert window.room.timer.state is TimerState.READY
    assert window.document.undo_stack.count() == 1


def test_n_before_the_board_was_clicked_opens_a_note_that_takes_the_keys(qtbot, shown):
    focus_the_timer(shown)
    hover(shown, 700, 100)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_N)
    typed_into_one_new_note(shown)


def test_the_toolbar_new_note_button_opens_a_note_that_takes_the_keys(qtbot, shown):
    focus_the_timer(shown)
    toolbar_button = next(
        b
        for b in shown.findChildren(QToolButton)
        if b.defaultAction() is shown.actions["new_note"] and b.isVisible()
    )
    QTest.mouseClick(toolbar_button, Qt.MouseButton.LeftButton)
    typed_into_one_new_note(shown)


def test_add_note_from_the_canvas_menu_takes_the_keys(qtbot, shown, monkeypatch):
    menus: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, _pos, _at=None: menus.append(menu))
    focus_the_timer(shown)
    spot = at(shown, 700, 100)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, spot, shown.view.viewport().mapToGlobal(spot)
    )
    QApplication.sendEvent(shown.view.viewport(), event)
    (menu,) = menus
    (add,) = [a for a in menu.actions() if a.text() == shown.actions["new_note"].text()]
    add.trigger()
    typed_into_one_new_note(shown)


def test_a_double_click_on_empty_board_opens_a_note_that_takes_the_keys(qtbot, shown):
    focus_the_timer(shown)
    QTest.mouseDClick(shown.view.viewport(), Qt.MouseButton.LeftButton, pos=at(shown, 700, 100))
    typed_into_one_new_note(shown)


def test_the_touch_toolbar_new_note_takes_the_keys(qtbot, shown):
    shown.actions["touch_toolbar"].setChecked(True)
    focus_the_timer(shown)
    QTest.mouseClick(shown.touch.toolbar.buttons["new_note"], Qt.MouseButton.LeftButton)
    assert shown.touch.editor.isVisible()
    type_as_a_person(WORDS)
    shown.touch.editor.done_button.click()
    (note,) = new_notes(shown)
    assert note.text == WORDS
    assert shown.room.timer.state is TimerState.READY


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_F2])
def test_editing_an_old_note_by_keyboard_keeps_the_keys_in_it(qtbot, shown, key):
    shown.view.board_scene.select_ids(["n2"])
    QTest.keyClick(shown.view, key)
    type_as_a_person(" 3")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert shown.document.get("n2").text == "Plain English letters 3"
    assert shown.document.get("n2").colour == "pink"


def test_a_note_opened_by_code_elsewhere_still_gets_the_keys(qtbot, shown):
    """The find bar had the keyboard; a note added from the pointer takes it over."""
    shown.actions["find"].trigger()
    assert QApplication.focusWidget() is shown.find_bar.field
    shown.view.add_note_at(QPointF(700, 100))
    typed_into_one_new_note(shown)


def test_backspace_and_delete_edit_the_text_not_the_board(qtbot, shown):
    hover(shown, 700, 100)
    QTest.keyClick(shown.view, Qt.Key.Key_N)
    type_as_a_person("Letters arrive lat")
    for key in (Qt.Key.Key_Backspace, Qt.Key.Key_Left, Qt.Key.Key_Delete):
        QTest.keyClick(QApplication.focusWidget(), key)
    type_as_a_person("te")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    (note,) = new_notes(shown)
    assert note.text == "Letters arrive lte"


def test_a_board_opened_at_start_has_the_keyboard(qtbot):
    """As `codesign BOARD` starts: the window shows, then opens the board. The keyboard used
    to stay on the timer's Start button, so the first Space (hold to pan) started the timer."""
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    window.show()
    window.replace_document(BoardDocument(themed_board()))
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert QApplication.focusWidget() is window.view
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert window.room.timer.state is TimerState.READY


def test_the_toolbar_new_note_lands_beside_the_notes_in_the_middle_not_on_them(qtbot, shown):
    """From the toolbar the pointer is not over the board: the note goes to the free spot
    nearest the middle of the view, where the person is looking, and covers no note."""
    middle = shown.view.map_to_scene(shown.view.viewport().rect().center())
    toolbar_button = next(
        b
        for b in shown.findChildren(QToolButton)
        if b.defaultAction() is shown.actions["new_note"] and b.isVisible()
    )
    for _ in range(3):
        QTest.mouseClick(toolbar_button, Qt.MouseButton.LeftButton)
        QTest.keyClicks(QApplication.focusWidget(), "New idea")
        shown.view.finish_editing()
    made = new_notes(shown)
    assert len(made) == 3
    for note in made:
        others = [n for n in shown.document.records_of(Note) if n.id != note.id]
        assert not any(
            note.x < o.x + o.width and o.x < note.x + note.width
            and note.y < o.y + o.height and o.y < note.y + note.height
            for o in others
        )  # fmt: skip
        assert abs(note.x + note.width / 2 - middle.x()) < 3 * note.width
