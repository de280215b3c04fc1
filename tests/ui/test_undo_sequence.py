"""The issue's "done when": a session of real edits undoes to the start and redoes to the end,
byte for byte in the saved file."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from codesign.model import Note
from codesign.storage import board_to_bytes
from tests.ui.conftest import at, drag, hover, press

K = Qt.Key


def saved(window) -> bytes:
    return board_to_bytes(window.document.board())


def test_a_session_undoes_and_redoes_byte_for_byte(shown, qtbot):
    start = saved(shown)
    stack = shown.document.undo_stack

    hover(shown, 700, 300)
    press(shown, K.Key_N)
    qtbot.keyClicks(shown.focusWidget(), "Ring back between 9 and 10 only")
    press(shown, K.Key_Escape)
    (note,) = [n for n in shown.document.records_of(Note) if n.text.startswith("Ring back")]

    drag(shown, at(shown, note.x + 40, note.y + 40), at(shown, note.x + 140, note.y + 90))
    moved = shown.document.get(note.id)
    assert (moved.x, moved.y) == (note.x + 100, note.y + 50)

    corner = at(shown, moved.x + moved.width, moved.y + moved.height)
    drag(shown, corner, at(shown, moved.x + moved.width + 60, moved.y + moved.height + 40))
    assert shown.document.get(note.id).width > moved.width

    QApplication.processEvents()
    press(shown, K.Key_5)
    assert shown.document.get(note.id).colour == "blue"

    shown.view.scene().select_ids(["n2"])
    QApplication.processEvents()
    press(shown, K.Key_Delete)

    QGuiApplication.clipboard().setText("Forms in English only\nCroeso\nPhone queue")
    qtbot.waitUntil(shown.actions["paste"].isEnabled)
    press(shown, K.Key_V, Qt.KeyboardModifier.ControlModifier)

    end = saved(shown)
    assert [stack.text(i) for i in range(stack.count())] == [
        "Add note",
        "Move notes",
        "Resize note",
        "Change colour",
        "Delete",
        "Paste notes",
    ]
    while stack.canUndo():
        press(shown, K.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert saved(shown) == start
    while stack.canRedo():
        press(shown, K.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert saved(shown) == end
    QGuiApplication.clipboard().clear()
