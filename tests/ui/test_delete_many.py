"""Deleting many selected notes is linear: the scene says once that the selection changed,
where Qt said it once per removed note and every listener re-read the whole selection
(2,000 notes took 8.7 s, 10,000 never finished). Timings live in bench/scaling.py."""

from PySide6.QtCore import Qt

from codesign.document import BoardDocument
from codesign.model import Board, Note
from tests.ui.conftest import make_window, press


def test_delete_all_then_undo_tells_the_selection_once_each(qtbot):
    notes = tuple(Note(id=f"n{i}", x=(i % 20) * 180.0, y=(i // 20) * 180.0) for i in range(400))
    window = make_window(qtbot, BoardDocument(Board(items=notes)))
    scene = window.view.scene()
    told = []
    qtbot.waitUntil(lambda: window.isActiveWindow() and window.view.hasFocus())
    press(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(scene.selected_ids()) == 400
    qtbot.waitUntil(lambda: window.actions["delete"].isEnabled())
    scene.selectionChanged.connect(lambda: told.append("delete"))
    press(window, Qt.Key.Key_Delete)
    assert not list(window.document.records_of(Note))
    assert told == ["delete"]
    assert window.view.accessibleDescription() == ""
    qtbot.waitUntil(lambda: window.actions["undo"].isEnabled())
    press(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(list(window.document.records_of(Note))) == 400
    assert told == ["delete"]  # undo selects nothing, so nothing to tell
