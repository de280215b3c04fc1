"""Text typed into a note that is still open is autosaved: twelve seconds of typing then a
kill -9 used to lose it all, as the edit becomes an undo step only when it ends."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from codesign.model import Note
from codesign.storage import load_board
from tests.ui.conftest import at, press


def copied_texts(window) -> set[str]:
    window.recovery.autosaver.flush()
    return {
        item.text
        for entry in window.recovery.store.entries()
        for item in load_board(entry.board_file).items
        if isinstance(item, Note)
    }


def test_typing_in_an_open_note_reaches_the_recovery_copy(qtbot, shown):
    shown.recovery.autosaver.set_interval(1)
    QTest.mouseClick(shown.view.viewport(), Qt.MouseButton.LeftButton, pos=at(shown, 260, 80))
    assert shown.view.scene().selected_ids() == ["n2"]
    press(shown, Qt.Key.Key_F2)
    assert shown.view.is_editing() and not shown.document.is_dirty
    QTest.keyClicks(QApplication.focusWidget(), " and a ramp")
    wanted = "Plain English letters and a ramp"
    qtbot.waitUntil(lambda: wanted in copied_texts(shown), timeout=5000)
    assert shown.view.is_editing()  # still open: nothing was ended to save it
    assert shown.document.get("n2").text == "Plain English letters"
