"""One rule ends a text edit, whichever editor the text was typed into: Escape keeps the text
(one step), and a new note left empty goes away with its "Add note" step. Driven by real keys,
a double-click (the inline editor) and double taps on a touchscreen (the large editor)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputDevice
from PySide6.QtTest import QTest

from codesign.model import Note
from tests.ui.conftest import at, make_window


@pytest.fixture(scope="module")
def finger():
    return QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)


def _double_tap(window, finger, x: float, y: float) -> None:
    for _tap in range(2):
        QTest.touchEvent(window.view.viewport(), finger).press(0, at(window, x, y)).commit()
        QTest.touchEvent(window.view.viewport(), finger).release(0, at(window, x, y)).commit()


def _open_note(window, finger, how: str) -> None:
    """Open note n1 for typing: a double-click on the laptop, a double tap on the wall."""
    if how == "inline":
        QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=at(window, 80, 80))
        assert window.view.is_editing()
    else:
        _double_tap(window, finger, 80, 80)
        assert window.touch.editor.note_id == "n1"


def _add_note(window, finger, how: str) -> None:
    """A new note on open canvas: a double-click, or a double tap."""
    if how == "inline":
        QTest.mouseDClick(
            window.view.viewport(), Qt.MouseButton.LeftButton, pos=at(window, 500, 260)
        )
        assert window.view.is_editing()
    else:
        _double_tap(window, finger, 500, 260)
        assert window.touch.editor.isVisible()


def _typing_field(window, how: str):
    """Where the keyboard goes: the board view (it hands keys to the note's editor) or the
    large editor's text box."""
    return window.view if how == "inline" else window.touch.editor.text


@pytest.mark.parametrize("how", ["inline", "large"])
def test_escape_keeps_the_text_typed_as_one_step(qtbot, finger, how):
    window = make_window(qtbot)
    window.actions["touch_toolbar"].setChecked(False)
    _open_note(window, finger, how)
    QTest.keyClicks(_typing_field(window, how), " in Welsh too")
    QTest.keyClick(_typing_field(window, how), Qt.Key.Key_Escape)
    assert not window.view.is_editing() and not window.touch.editor.isVisible()
    assert window.document.get("n1").text.endswith("teams in Welsh too")
    stack = window.document.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Edit note text"


@pytest.mark.parametrize("how", ["inline", "large"])
def test_a_new_note_left_empty_vanishes_on_escape(qtbot, finger, how):
    window = make_window(qtbot)
    window.actions["touch_toolbar"].setChecked(False)
    _add_note(window, finger, how)
    assert len(list(window.document.records_of(Note))) == 5
    QTest.keyClick(_typing_field(window, how), Qt.Key.Key_Escape)
    assert len(list(window.document.records_of(Note))) == 4
    assert not window.document.undo_stack.canUndo()
