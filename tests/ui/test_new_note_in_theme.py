"""N over a theme (while presenting with F5, or not) makes a note that joins the theme, as a
note dropped there does; a new note left empty takes the theme back as it was."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from codesign.model import Cluster
from tests.ui.conftest import hover, press
from tests.ui.test_new_note_keyboard import new_notes, type_as_a_person


def _theme(window) -> Cluster:
    theme = window.document.get("c1")
    assert isinstance(theme, Cluster)
    return theme


def test_n_over_a_theme_while_presenting_joins_it(qtbot, shown):
    press(shown, Qt.Key.Key_F5)
    qtbot.wait(400)  # the zoom to the first frame
    hover(shown, 250, 120)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_N)
    assert shown.view.is_editing()
    type_as_a_person("Say it in Welsh")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    (note,) = new_notes(shown)
    assert note.text == "Say it in Welsh"
    theme = _theme(shown)
    assert note.id in theme.members and note.z > theme.z
    assert shown.document.undo_stack.count() == 1  # one "Add note"
    shown.document.undo_stack.undo()
    assert _theme(shown).members == ("n1", "n2")


def test_a_new_note_left_empty_leaves_the_theme_as_it_was(qtbot, shown):
    before = _theme(shown)
    hover(shown, 250, 120)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_N)
    assert shown.view.is_editing()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert new_notes(shown) == []
    assert _theme(shown) == before
    assert not shown.document.undo_stack.canUndo()
