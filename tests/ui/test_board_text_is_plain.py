"""Text from a board or a file is shown as the characters it holds: an id or a title holding
`<img src='…' width='60000'>` shows those characters in a box that fits the screen, never a
picture loaded from the disk, and the box's OK stays on the screen."""

import json

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QToolTip

from codesign.document import BoardDocument
from codesign.model import Board, Note
from tests.ui.conftest import make_window


def picture(tmp_path):
    path = tmp_path / "pic.png"
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    image.save(str(path))
    return f"<img src='{path}' width='60000' height='900'>"


def record_boxes(monkeypatch, answer=None):
    """Show each box for real (so it lays itself out), note what it showed, then answer."""
    seen = []

    def show(box: QMessageBox) -> int:
        box.show()
        QApplication.processEvents()
        label = box.findChild(QLabel, "qt_msgbox_label")
        seen.append((box.textFormat(), label.text(), box.frameGeometry().width()))
        if answer is not None:
            box.button(answer).click()
        box.close()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", show)
    return seen


def screen_width(window) -> int:
    return window.screen().availableGeometry().width()


def test_an_id_with_markup_is_shown_as_text_in_the_error_box(qtbot, tmp_path, monkeypatch):
    markup = picture(tmp_path)
    note = {"id": markup, "kind": "note", "text": "a"}
    board = tmp_path / "bad.codesign.json"
    board.write_text(
        json.dumps({"format": "codesign-board", "version": 1, "board": {"items": [note, note]}}),
        encoding="utf-8",
    )
    window = make_window(qtbot)
    seen = record_boxes(monkeypatch)
    assert not window.files.open_path(board)
    [(text_format, text, width)] = seen
    assert text_format == Qt.TextFormat.PlainText
    assert markup in text and "duplicate id" in text
    assert width <= screen_width(window)


def test_a_title_with_markup_is_shown_as_text_when_asking_to_save(qtbot, tmp_path, monkeypatch):
    markup = picture(tmp_path) * 3
    window = make_window(qtbot, BoardDocument(Board(title=markup, items=(Note(id="n1"),))))
    window.document.undo_stack.resetClean()  # unsaved, as a board never saved
    seen = record_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not window.close()
    [(text_format, text, width)] = seen
    assert text_format == Qt.TextFormat.PlainText and markup[:80] in text
    assert width <= screen_width(window)
    assert window.document.info.title == markup  # Cancel kept the board


def test_a_note_with_markup_shows_its_characters_in_the_tooltip(qtbot, tmp_path):
    markup = picture(tmp_path)
    window = make_window(qtbot, BoardDocument(Board(items=(Note(id="n1", text=markup),))))
    viewport = window.view.viewport()
    spot = window.view.mapFromScene(80, 80)
    QTest.mouseMove(viewport, spot)
    event = QHelpEvent(QEvent.Type.ToolTip, spot, viewport.mapToGlobal(spot))
    QApplication.sendEvent(viewport, event)
    shown = QToolTip.text()
    assert "&lt;img src=" in shown and "<img" not in shown
    QToolTip.hideText()
