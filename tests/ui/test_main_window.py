from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from codesign.commands import record_change
from codesign.document import BoardDocument
from codesign.model import Note
from codesign.storage import load_board, save_board
from codesign.ui.files import recent_files
from codesign.ui.shell.main_window import MainWindow
from tests.boards import themed_board


@pytest.fixture
def window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    return window


@pytest.fixture
def board_file(tmp_path) -> Path:
    path = tmp_path / "aitt.codesign.json"
    save_board(themed_board(), path)
    return path


def add_note(window, text="Make it easier to ask for help"):
    record_change(window.document, "Add note", [Note(id="new", text=text)])


def test_opening_shows_the_name_and_a_clean_marker(window, board_file):
    assert window.files.open_path(board_file)
    assert window.windowTitle() == "aitt.codesign.json[*] — Codesign"
    assert not window.isWindowModified()
    assert recent_files.recent_files() == [board_file.resolve()]


def test_an_edit_marks_dirty_and_undo_clears_it(window, board_file):
    window.files.open_path(board_file)
    add_note(window)
    assert window.isWindowModified()
    window.document.undo_stack.undo()
    assert not window.isWindowModified()


def test_save_writes_the_edit_and_clears_the_marker(window, board_file):
    window.files.open_path(board_file)
    add_note(window)
    assert window.files.save()
    assert not window.isWindowModified()
    assert load_board(board_file).by_id["new"].text == "Make it easier to ask for help"


def test_opening_a_bad_file_explains_and_keeps_the_board(window, board_file, tmp_path, monkeypatch):
    window.files.open_path(board_file)
    broken = tmp_path / "broken.json"
    broken.write_text("{nope", encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    assert not window.files.open_path(broken)
    assert shown == [
        f"{broken}: not valid JSON (line 1, column 2: a name in double quotes was expected here)"
    ]
    assert window.document.path == board_file


@pytest.mark.parametrize(
    ("answer", "closes", "saved"),
    [
        (QMessageBox.Save, True, True),
        (QMessageBox.Discard, True, False),
        (QMessageBox.Cancel, False, False),
    ],
)
def test_closing_with_unsaved_changes_asks(window, board_file, monkeypatch, answer, closes, saved):
    window.files.open_path(board_file)
    window.show()
    add_note(window)
    monkeypatch.setattr(window.files, "ask_save_changes", lambda: answer)
    window.close()
    assert window.isVisible() is not closes
    assert ("new" in load_board(board_file).by_id) is saved


def test_a_clean_board_closes_without_asking(window, monkeypatch):
    window.show()
    monkeypatch.setattr(window.files, "ask_save_changes", lambda: pytest.fail("asked"))
    assert window.close()


def test_a_failed_save_keeps_the_board_dirty(window, board_file, monkeypatch):
    window.files.open_path(board_file)
    add_note(window)
    monkeypatch.setattr("tempfile.mkstemp", lambda *a, **k: (_ for _ in ()).throw(OSError(28, "")))
    errors = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: errors.append(box.text()))
    assert not window.files.save()
    assert errors and "the disk is full" in errors[0]
    assert window.isWindowModified()


def test_undo_action_names_the_step(window):
    add_note(window)
    texts = [a.text() for a in window.findChildren(QAction)]
    assert "&Undo Add note" in texts


def test_document_round_trip_through_the_window(window, tmp_path):
    window.replace_document(BoardDocument(themed_board()))
    target = tmp_path / "copy.codesign.json"
    assert window.files._save_to(target)
    saved = load_board(target)
    assert saved == window.document.board()
    assert set(saved.items) == set(themed_board().items)
