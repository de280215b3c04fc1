"""Right after a large board opens (its note items still being built from the event loop),
Select all, Delete, Undo, Find and Save act on the whole board, as on a board fully drawn."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from codesign.model import Board, Note
from codesign.storage import load_board, save_board
from tests.ui.conftest import make_active_window, press

CTRL = Qt.KeyboardModifier.ControlModifier
NOTES = 1500


def large_board_file(tmp_path):
    notes = tuple(
        Note(id=f"n{i}", x=(i % 50) * 200.0, y=(i // 50) * 200.0, text=f"Idea number {i}")
        for i in range(NOTES)
    )
    path = tmp_path / "large.codesign.json"
    save_board(Board(title="Large", items=notes), path, keep_backup=False)
    return path


def opened(qtbot, tmp_path):
    window = make_active_window(qtbot)
    assert window.files.open_path(large_board_file(tmp_path))
    assert window.view.board_scene.still_building()
    return window


def test_select_all_delete_and_undo_right_after_opening(qtbot, tmp_path):
    window = opened(qtbot, tmp_path)
    press(window, Qt.Key.Key_A, CTRL)
    assert len(window.view.board_scene.selected_ids()) == NOTES
    press(window, Qt.Key.Key_Delete)
    assert not list(window.document.items())
    press(window, Qt.Key.Key_Z, CTRL)
    assert len(list(window.document.items())) == NOTES
    scene = window.view.board_scene
    qtbot.waitUntil(lambda: not scene.still_building())
    assert sum(1 for _ in scene.board_items()) == NOTES


def test_find_right_after_opening_reaches_a_note_not_built_yet(qtbot, tmp_path):
    window = opened(qtbot, tmp_path)
    press(window, Qt.Key.Key_F, CTRL)
    QTest.keyClicks(window.find_bar.field, "number 1499")
    QTest.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.view.board_scene.selected_ids() == ["n1499"]


def test_save_right_after_opening_writes_every_note(qtbot, tmp_path):
    window = opened(qtbot, tmp_path)
    press(window, Qt.Key.Key_A, CTRL)
    press(window, Qt.Key.Key_BracketRight, CTRL)  # to the front: an edit before the build ends
    press(window, Qt.Key.Key_S, CTRL)
    saved = load_board(tmp_path / "large.codesign.json")
    assert len(saved.items) == NOTES
    assert min(item.z for item in saved.items) > 0
