"""Ctrl+S, or New or Quit (which ask first), in the middle of typing a note saves the words on
screen: the edit ends first, so the file never holds an empty note beside a "Saved" message."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from codesign.document import BoardDocument
from codesign.model import Note
from codesign.storage import load_board
from tests.boards import themed_board
from tests.ui.conftest import hover, make_active_window


def board_on_disk(tmp_path) -> BoardDocument:
    path = tmp_path / "day.codesign.json"
    document = BoardDocument(themed_board())
    document.save(path)
    return BoardDocument.open(path)


def typed(text: str) -> None:
    QTest.keyClicks(QApplication.focusWidget(), text)


def saved_texts(tmp_path) -> list[str]:
    board = load_board(tmp_path / "day.codesign.json")
    return [item.text for item in board.items if isinstance(item, Note)]


def test_ctrl_s_while_typing_a_new_note_saves_its_words(qtbot, tmp_path):
    window = make_active_window(qtbot, board_on_disk(tmp_path))
    hover(window, 700, 100)
    QTest.keyClick(window.view, Qt.Key.Key_N)
    typed("Letters arrive late")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    texts = saved_texts(tmp_path)
    assert "Letters arrive late" in texts
    assert "" not in texts
    assert not window.document.is_dirty


def test_new_board_while_typing_in_a_note_asks_and_saves_the_words(qtbot, tmp_path, monkeypatch):
    window = make_active_window(qtbot, board_on_disk(tmp_path))
    window.view.board_scene.select_ids(["n1"])
    QTest.keyClick(window.view, Qt.Key.Key_Return)
    assert window.view.is_editing()
    typed(" and more")
    asked: list[bool] = []
    monkeypatch.setattr(
        window.files,
        "ask_save_changes",
        lambda: asked.append(True) or QMessageBox.StandardButton.Save,
    )
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked
    assert any(text.endswith(" and more") for text in saved_texts(tmp_path))
