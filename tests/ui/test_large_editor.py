"""The large note editor: big text for on-screen keyboards, one undo step on Done."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from codesign.model import Note
from codesign.ui.editing.large_editor import BUTTON_HEIGHT, TEXT_PIXELS


@pytest.fixture
def editor(shown):
    return shown.touch.editor


def test_done_records_one_edit_note_text_step(shown, editor):
    editor.open("n2")
    assert editor.isVisible() and editor.note_id == "n2"
    assert editor.text.toPlainText() == "Plain English letters"
    QTest.keyClicks(editor.text, " i bawb")
    QTest.mouseClick(editor.done_button, Qt.MouseButton.LeftButton)
    stack = shown.document.undo_stack
    assert shown.document.get("n2").text == "Plain English letters i bawb"
    assert stack.count() == 1 and stack.undoText() == "Edit note text"
    assert not editor.isVisible()
    stack.undo()
    assert shown.document.get("n2").text == "Plain English letters"


def test_cancel_and_unchanged_text_record_nothing(shown, editor):
    editor.open("n2")
    editor.text.insertPlainText(" – draft")
    QTest.mouseClick(editor.cancel_button, Qt.MouseButton.LeftButton)
    editor.open("n2")
    QTest.mouseClick(editor.done_button, Qt.MouseButton.LeftButton)
    assert shown.document.get("n2").text == "Plain English letters"
    assert shown.document.undo_stack.count() == 0


def test_shortcut_letters_and_digits_typed_reach_the_text(shown, editor):
    editor.open("n2")
    editor.text.selectAll()
    QTest.keyClicks(editor.text, "n1 2 Gwyn")
    assert editor.text.toPlainText() == "n1 2 Gwyn"
    assert len(list(shown.document.records_of(Note))) == 4
    assert shown.document.get("n2").colour == "pink"


def test_keys_escape_and_ctrl_enter_are_done_as_in_the_inline_editor(shown, editor):
    editor.open("n1")
    QTest.keyClicks(editor.text, "!")
    QTest.keyClick(editor.text, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    editor.open("n4")
    editor.text.setPlainText("Evidence from ServiceLand")
    QTest.keyClick(editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert shown.document.get("n4").text == "Evidence from ServiceLand"
    assert shown.document.get("n1").text.endswith("teams!")
    assert shown.document.undo_stack.count() == 2


def test_a_new_note_and_its_text_are_one_add_note_step(shown, editor):
    shown.touch.new_note()
    added = editor.note_id
    assert added is not None and not shown.view.is_editing()
    editor.text.setPlainText("Ffurflenni: too many forms")
    editor.done()
    stack = shown.document.undo_stack
    assert shown.document.get(added).text == "Ffurflenni: too many forms"
    assert stack.count() == 1 and stack.undoText() == "Add note"
    stack.undo()
    assert shown.document.get(added) is None


@pytest.mark.parametrize("finish", ["done", "cancel"])
def test_a_new_note_left_empty_or_cancelled_goes_away(shown, editor, finish):
    shown.touch.new_note()
    added = editor.note_id
    getattr(editor, finish)()
    assert shown.document.get(added) is None
    assert len(list(shown.document.records_of(Note))) == 4


def test_big_text_and_big_buttons_clear_of_the_keyboard(shown, editor):
    editor.open("n3")
    assert editor.text.fontInfo().pixelSize() >= TEXT_PIXELS
    for button in (editor.done_button, editor.cancel_button):
        assert button.height() >= BUTTON_HEIGHT >= 44
    assert editor.geometry().bottom() < shown.centralWidget().height() * 0.6
    assert editor.text.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
