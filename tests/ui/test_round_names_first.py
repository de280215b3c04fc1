"""A round started on a board with no voters yet puts the keyboard in the panel's name field:
the names typed next become voters, never keys for the board ("n" would add a note)."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from codesign.document import BoardDocument
from codesign.model import Note, Participant
from tests.ui.conftest import make_active_window


def test_names_typed_after_starting_a_round_become_voters(qtbot):
    window = make_active_window(qtbot, BoardDocument())
    window.actions["start_round"].trigger()
    dialog = window.voting.round_dialog
    QTest.mouseClick(dialog.findChild(QPushButton, "StartVoting"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.voting.panel.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    for name in ("Ruth", "Dafydd", "Gwen"):
        QTest.keyClicks(QApplication.focusWidget(), name)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    names = [p.name for p in window.document.records_of(Participant)]
    assert sorted(names) == ["Dafydd", "Gwen", "Ruth"]
    assert not list(window.document.records_of(Note))
