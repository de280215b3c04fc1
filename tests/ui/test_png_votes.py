"""PNG export draws the vote dots the PDF draws, whatever the window happens to show."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from codesign.cli import main
from codesign.commands.votes import set_tally_hidden
from codesign.model import VotingRound
from codesign.storage import save_board
from codesign.ui.files.export_dialog import ExportDialog
from tests.boards import themed_board
from tests.ui.conftest import make_window
from tests.ui.menus import choose

DOT = QColor("#3B5BDB")
"""Geoff's and Rhian's dots on the themed board (the default voter colour)."""


def dot_pixels(path) -> int:
    image = QImage(str(path))
    assert not image.isNull()
    count = 0
    for y in range(0, image.height()):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - DOT.red()) < 10
                and abs(pixel.green() - DOT.green()) < 10
                and abs(pixel.blue() - DOT.blue()) < 10
            ):
                count += 1
    return count


def test_file_export_png_has_the_dots_even_with_votes_hidden_on_the_board(
    qtbot, tmp_path, monkeypatch
):
    window = make_window(qtbot)
    choose(window, "show_votes")
    assert window.voting.layer.dots_item("n1") is None
    path = tmp_path / "board.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(path), ""))
    choose(window, "export")
    dialog = window.findChild(ExportDialog)
    dialog.format.setCurrentIndex(dialog.format.findData(".png"))
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running and path.exists(), timeout=30000)
    assert dot_pixels(path) > 200
    assert window.voting.layer.dots_item("n1") is None, "the board keeps its own setting"
    dialog.reject()


def test_command_line_png_has_the_dots(tmp_path, qapp):
    board = tmp_path / "board.codesign.json"
    save_board(themed_board(), board)
    png = tmp_path / "board.png"
    assert main(["export", str(board), "-o", str(png), "--scale", "1"]) == 0
    assert dot_pixels(png) > 200


def test_closing_a_hidden_round_shows_every_dot_on_the_board(qtbot):
    window = make_window(qtbot)
    round_id = next(iter(window.document.records_of(VotingRound))).id
    set_tally_hidden(window.document, round_id, True)
    window.voting.choose_voter("p2")
    assert window.voting.layer.dots_item("n1") is None  # Geoff's dots, hidden from Rhian
    choose(window, "close_round")
    qtbot.waitUntil(lambda: window.voting.layer.dots_item("n1") is not None)
    assert window.voting.layer.dots_item("n1").total == 2
