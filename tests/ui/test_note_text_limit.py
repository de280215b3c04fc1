"""One cap on a note's text at every way in: typing or pasting into the editor, pasting lines
onto the board, importing, and loading a file. A note of megabytes froze the window."""

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from codesign.cli import main
from codesign.model import Note
from codesign.model.items import MAX_NOTE_TEXT
from tests.ui.conftest import at, hover, press


def test_pasting_past_the_cap_into_an_open_note_keeps_the_cap_and_says_so(qtbot, shown):
    hover(shown, 900, 300)
    press(shown, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: shown.view.is_editing())
    editor = QApplication.focusWidget()
    QTest.keyClicks(editor, "Letters ")
    QGuiApplication.clipboard().setText("x" * (MAX_NOTE_TEXT + 1000))
    QTest.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "at most 5,000 characters" in shown.statusBar().currentMessage()
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    texts = [n.text for n in shown.document.records_of(Note) if n.text.startswith("Letters")]
    assert texts == ["Letters " + "x" * (MAX_NOTE_TEXT - 8)]


def test_pasting_a_long_line_onto_the_board_cuts_it_and_says_so(qtbot, shown):
    QGuiApplication.clipboard().setText("Short one\n" + "y" * (MAX_NOTE_TEXT * 3))
    QTest.mouseMove(shown.view.viewport(), at(shown, 900, 300))
    press(shown, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    longest = max(len(n.text) for n in shown.document.records_of(Note))
    assert longest == MAX_NOTE_TEXT
    assert "cut to fit a note" in shown.statusBar().currentMessage()


def test_a_file_with_a_longer_note_is_refused_in_one_line(capsys, tmp_path):
    board = tmp_path / "long.json"
    note = {"id": "n1", "kind": "note", "text": "z" * (MAX_NOTE_TEXT + 1)}
    board.write_text(
        json.dumps({"format": "codesign-board", "version": 1, "board": {"items": [note]}}),
        encoding="utf-8",
    )
    assert main(["check", str(board)]) == 2
    err = capsys.readouterr().err
    assert "$.board.items[0].text" in err and err.count("\n") == 1


def test_importing_a_longer_line_cuts_it_with_a_warning(capsys, tmp_path):
    source = tmp_path / "list.txt"
    source.write_text("Croeso\n" + "w" * (MAX_NOTE_TEXT + 5) + "\n", encoding="utf-8")
    csv = tmp_path / "notes.csv"
    csv.write_text("text\n" + "c" * (MAX_NOTE_TEXT + 5) + "\n", encoding="utf-8")
    for path in (source, csv):
        assert main(["import", str(path), "-o", str(tmp_path / f"{path.suffix[1:]}.json")]) == 0
        assert "cut to fit a note" in capsys.readouterr().err
