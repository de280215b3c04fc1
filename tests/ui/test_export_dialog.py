"""File > Export: the dialog writes every format in a worker, counts pages, explains failures."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from codesign.canvas import png_export
from codesign.canvas.scene import BoardScene
from codesign.canvas.view import BoardView
from codesign.document import BoardDocument
from codesign.export import import_file
from codesign.model import Cluster
from codesign.storage.templates import board_from_template
from codesign.ui.files.export_dialog import ExportDialog
from codesign.ui.shell.main_window import MainWindow
from tests.boards import themed_board, wall_of_notes
from tests.ui.conftest import at, make_window
from tests.ui.menus import choose_from_menu


@pytest.fixture
def serviceland():
    return BoardDocument(board_from_template("serviceland"))


def make_dialog(qtbot, document: BoardDocument) -> ExportDialog:
    view = BoardView(BoardScene(document))  # owns the scene, as in the window
    qtbot.addWidget(view)
    dialog = ExportDialog(view.board_scene)
    dialog.view = view
    qtbot.addWidget(dialog, before_close_func=lambda d: d.wait_for_workers())
    return dialog


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def export(qtbot, dialog: ExportDialog, path) -> str:
    dialog.export_to(path)
    qtbot.waitUntil(lambda: not dialog.is_running, timeout=60000)
    return dialog.message.text()


def test_pdf_of_serviceland_holds_the_board(qtbot, tmp_path, serviceland):
    dialog = make_dialog(qtbot, serviceland)
    choose(dialog.layout_choice, "report")
    dialog.paper.setCurrentText("A3")
    path = tmp_path / "serviceland.pdf"
    message = export(qtbot, dialog, path)
    assert str(path) in message
    assert path.read_bytes().startswith(b"%PDF")
    assert import_file(path) == serviceland.board()


def test_png_of_serviceland_is_the_board_at_the_chosen_scale(qtbot, tmp_path, serviceland):
    dialog = make_dialog(qtbot, serviceland)
    choose(dialog.format, ".png")
    choose(dialog.png_scale, 1.0)
    path = tmp_path / "serviceland.png"
    export(qtbot, dialog, path)
    image = QImage(str(path))
    rect = dialog.scene.board_rect()
    assert abs(image.width() - (rect.width() + 80)) <= 1
    assert abs(image.height() - (rect.height() + 80)) <= 1
    assert "×" in dialog.preview.text()


def test_page_count_preview_follows_the_options(qtbot):
    dialog = make_dialog(qtbot, BoardDocument(themed_board()))
    qtbot.waitUntil(lambda: "page," in dialog.preview.text(), timeout=10000)
    assert dialog.preview.text().startswith("1 page, A4")
    choose(dialog.layout_choice, "poster")
    dialog.poster_scale.setValue(3.0)
    qtbot.waitUntil(lambda: "pages," in dialog.preview.text())
    assert int(dialog.preview.text().split()[0]) > 1


def test_automatic_orientation_follows_the_content(qtbot):
    dialog = make_dialog(qtbot, BoardDocument(themed_board()))
    rect = dialog.scene.board_rect()
    assert dialog.options().landscape == (rect.width() > rect.height())
    choose(dialog.orientation, "portrait")
    assert dialog.options().landscape is False
    choose(dialog.orientation, "landscape")
    assert dialog.options().landscape is True


def test_one_theme_is_exported_by_its_id(qtbot):
    board = themed_board()
    cluster = next(item for item in board.items if isinstance(item, Cluster))
    dialog = make_dialog(qtbot, BoardDocument(board))
    dialog.scope.setCurrentIndex(dialog.scope.findText(f"Theme: {cluster.title}"))
    assert dialog.options().item_ids == {cluster.id}
    choose(dialog.layout_choice, "report")
    assert dialog.options().item_ids == frozenset()


@pytest.mark.parametrize("suffix", [".canvas", ".csv", ".md"])
def test_other_formats_are_written(qtbot, tmp_path, suffix):
    dialog = make_dialog(qtbot, BoardDocument(themed_board()))
    choose(dialog.format, suffix)
    path = tmp_path / f"out{suffix}"
    export(qtbot, dialog, path)
    assert path.stat().st_size > 0


def test_a_failed_export_shows_one_line_and_keeps_the_old_file(qtbot, tmp_path):
    dialog = make_dialog(qtbot, BoardDocument(themed_board()))
    folder = tmp_path / "missing" / "record.pdf"
    message = export(qtbot, dialog, folder)
    assert "\n" not in message and str(folder) in message
    assert dialog.export_button.isEnabled()


def test_a_too_large_png_is_refused_before_writing(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(png_export, "MAX_SIDE", 200)
    dialog = make_dialog(qtbot, BoardDocument(themed_board()))
    choose(dialog.format, ".png")
    path = tmp_path / "huge.png"
    path.write_bytes(b"old")
    message = export(qtbot, dialog, path)
    assert "smaller scale" in message
    assert path.read_bytes() == b"old"


def test_file_menu_opens_the_dialog_without_blocking(qtbot):
    window = MainWindow(BoardDocument(themed_board()))
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    assert {window.actions["export"], window.actions["import"]} <= set(file_menu.actions())
    window.view.board_scene.select_ids(["n1"])
    window.actions["export"].trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.item_ids() == frozenset()  # the whole board unless the selection is chosen
    dialog.reject()


def test_the_progress_bar_follows_the_exporter(qtbot, tmp_path, serviceland):
    dialog = make_dialog(qtbot, serviceland)
    choose(dialog.layout_choice, "report")
    seen = []
    dialog._relay.progress.connect(lambda done, total: seen.append((done, total)))
    export(qtbot, dialog, tmp_path / "report.pdf")
    assert seen and seen[-1][0] == seen[-1][1]
    assert dialog.progress.isHidden() and dialog.export_button.isEnabled()


def test_png_resolution_starts_at_what_fits(qtbot, monkeypatch):
    monkeypatch.setattr("codesign.ui.files.export_dialog.MAX_SIDE", 1000)
    dialog = make_dialog(qtbot, BoardDocument(themed_board()))
    choose(dialog.format, ".png")
    rect = dialog.scene.board_rect()
    assert max(rect.width() + 80, rect.height() + 80) * dialog.png_scale.currentData() <= 1000
    choose(dialog.png_scale, 4.0)
    assert "too large" in dialog.preview.text()


def test_close_during_an_export_waits_for_the_file(qtbot, tmp_path, serviceland):
    dialog = make_dialog(qtbot, serviceland)
    dialog.show()
    choose(dialog.layout_choice, "report")
    path = tmp_path / "report.pdf"
    dialog.export_to(path)
    dialog.reject()
    assert dialog.isVisible() == dialog.is_running
    qtbot.waitUntil(lambda: not dialog.is_running, timeout=60000)
    assert path.exists()
    assert not dialog.isVisible()


def test_the_dialog_says_which_paper_prints_note_text_readably(qtbot):
    window = make_window(qtbot, BoardDocument(wall_of_notes()))
    choose_from_menu(qtbot, window, "File", "Export…")
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: "page," in dialog.preview.text(), timeout=10000)
    assert "too small" not in dialog.preview.text()  # automatic: landscape A4 reads
    choose(dialog.orientation, "portrait")
    qtbot.waitUntil(lambda: "too small" in dialog.preview.text(), timeout=10000)
    lines = dialog.preview.text().splitlines()
    assert lines[0] == "1 page, A4 portrait"
    assert lines[1].startswith("Note text prints at 5.0 pt")
    assert lines[1].endswith("choose A3 or the Poster layout")
    dialog.paper.setCurrentText("A3")
    qtbot.waitUntil(lambda: dialog.preview.text() == "1 page, A3 portrait", timeout=10000)
    dialog.reject()


def test_the_accessible_report_is_written_with_the_board_picture(qtbot, tmp_path):
    dialog = make_dialog(qtbot, BoardDocument(themed_board()))
    choose(dialog.format, ".html")
    dialog.anonymous.setChecked(True)
    path = tmp_path / "report.html"
    message = export(qtbot, dialog, path)
    assert str(path) in message
    html = path.read_text(encoding="utf-8")
    assert '<img src="data:image/png;base64,' in html and 'alt="The board' in html
    assert "Ruth" not in html


def test_a_character_no_font_has_is_named_in_the_dialog(qtbot, tmp_path):
    from codesign.model import Board, Note

    board = Board(title="Rare", items=(Note(id="n", text="Sign \U00013000 ok"),))
    dialog = make_dialog(qtbot, BoardDocument(board))
    message = export(qtbot, dialog, tmp_path / "rare.pdf")
    assert "U+13000" in message.splitlines()[-1]


def test_the_last_note_touched_never_shrinks_the_record_to_itself(qtbot):
    """A facilitator clicks a note, then Ctrl+E at the end of the day: the dialog offers the
    whole board, not "Selection (1 item)" (a one-note PDF as the graphic record)."""
    board = themed_board()
    window = make_window(qtbot, BoardDocument(board))
    note = next(item for item in board.items if item.kind == "note")
    viewport = window.view.viewport()
    centre = at(window, note.x + note.width / 2, note.y + note.height / 2)
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    assert window.view.board_scene.selected_ids() == [note.id]
    choose_from_menu(qtbot, window, "File", "Export…")
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.scope.currentText() == "Whole board"
    assert dialog.options().item_ids == frozenset()
    assert dialog.scope.findText("Selection (1 item)") >= 0  # one choice away
    dialog.reject()
