"""Typing into a note inside the real window: letters and digits that are also shortcuts
(N for a new note, 1-9 for colours) must reach the text, not fire the actions."""

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from codesign.document import BoardDocument
from codesign.ui.shell.main_window import MainWindow
from tests.boards import themed_board


def test_shortcut_letters_and_digits_go_into_the_note(qtbot):
    window = MainWindow(BoardDocument(themed_board()))
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    view = window.view
    note_id = view.add_note_at(QPointF(900, 300))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    QTest.keyClicks(QApplication.focusWidget(), "Need 2 forms")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not view.is_editing()
    assert window.document.get(note_id).text == "Need 2 forms"
    assert window.document.get(note_id).colour == "yellow"
    assert window.document.undo_stack.count() == 1
