"""File > Import and File > Open on a PDF: a new unsaved board, never the source's path."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from codesign.document import BoardDocument
from codesign.export import export_file
from codesign.model import Note
from codesign.storage.templates import board_from_template
from codesign.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    return window


def choose_file(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))


def notes_of(window) -> list[str]:
    return sorted(note.text for note in window.document.records_of(Note))


def test_import_of_plain_text_opens_a_new_unsaved_board(window, tmp_path, monkeypatch):
    source = tmp_path / "ideas.txt"
    source.write_text("Ffurflen newydd\nOne number to ring\n\n", encoding="utf-8")
    choose_file(monkeypatch, source)
    window.actions["import"].trigger()
    assert notes_of(window) == ["Ffurflen newydd", "One number to ring"]
    assert window.document.path is None
    assert window.document.is_dirty
    assert "ideas.txt" in window.statusBar().currentMessage()


def test_import_asks_before_dropping_unsaved_changes(window, tmp_path, monkeypatch):
    source = tmp_path / "ideas.txt"
    source.write_text("A note\n", encoding="utf-8")
    window.document.undo_stack.resetClean()
    before = window.document
    monkeypatch.setattr(window.files, "ask_save_changes", lambda: QMessageBox.Cancel)
    choose_file(monkeypatch, source)
    window.actions["import"].trigger()
    assert window.document is before


def test_a_bad_file_is_explained_in_one_line(window, tmp_path, monkeypatch):
    source = tmp_path / "notes.csv"
    source.write_text('text,colour\n"a",yellow,extra\n', encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    before = window.document
    choose_file(monkeypatch, source)
    window.actions["import"].trigger()
    assert window.document is before
    assert len(shown) == 1 and "notes.csv" in shown[0] and "\n" not in shown[0]


def test_warnings_are_shown_without_blocking(window, tmp_path, monkeypatch):
    source = tmp_path / "notes.csv"
    source.write_text("text,colour,mood\nHello,yellow,happy\n", encoding="utf-8")
    choose_file(monkeypatch, source)
    window.actions["import"].trigger()
    assert notes_of(window) == ["Hello"]
    box = window.findChild(QMessageBox, "ImportWarnings")
    assert box is not None and box.isVisible() and not box.isModal()
    assert "mood" in box.informativeText()


def test_open_on_a_codesign_pdf_gives_back_the_board_unsaved(window, tmp_path):
    board = board_from_template("serviceland")
    pdf = tmp_path / "serviceland.pdf"
    export_file(board, pdf)
    assert window.files.open_path(pdf)
    assert window.document.board() == BoardDocument(board).board()
    assert window.document.path is None and window.document.is_dirty


def test_open_on_another_pdf_explains(window, tmp_path, monkeypatch):
    pdf = tmp_path / "minutes.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    assert not window.files.open_path(pdf)
    assert len(shown) == 1 and "minutes.pdf" in shown[0]
