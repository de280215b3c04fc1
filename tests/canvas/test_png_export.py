"""PNG export: the canvas's drawing at a chosen scale, without selection marks, written whole."""

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QImage

from codesign.canvas import png_export, style
from codesign.canvas.png_export import (
    MARGIN,
    PngExportError,
    export_png,
    render_board,
)
from codesign.canvas.scene import BoardScene
from codesign.canvas.view import BoardView
from codesign.document import BoardDocument
from codesign.model import Note
from tests.boards import themed_board


@pytest.fixture
def scene(qtbot):
    view = BoardView(BoardScene(BoardDocument(themed_board())))  # owns the scene
    qtbot.addWidget(view)
    yield view.board_scene  # the view stays referenced while the test runs


def test_the_image_is_the_board_with_a_margin_at_the_scale(scene, tmp_path):
    path = tmp_path / "board.png"
    size = export_png(scene, path, scale=2.0)
    rect = scene.board_rect()
    assert abs(size.width() - (rect.width() + 2 * MARGIN) * 2) <= 1
    assert abs(size.height() - (rect.height() + 2 * MARGIN) * 2) <= 1
    image = QImage(str(path))
    assert image.size() == size
    assert QColor(image.pixel(2, 2)) == style.BACKGROUND


def test_a_selection_is_cut_out_and_its_outline_not_drawn(scene):
    note = next(iter(scene.document.records_of(Note)))
    scene.select_ids([note.id])
    image = render_board(scene, 1.0, [note.id])
    assert abs(image.width() - (note.width + 2 * MARGIN)) <= 1
    assert scene.selected_ids() == [note.id]  # the selection comes back after the render
    marks = [
        QColor(image.pixel(x, y))
        for x in range(image.width())
        for y in range(image.height())
        if QColor(image.pixel(x, y)) == style.SELECTION
    ]
    assert marks == []


def test_far_out_overview_is_replaced_by_the_real_notes(scene):
    full = render_board(scene, 0.5)
    far_view = QObject()
    scene.set_zoom_detail(far_view, 0.05)
    assert scene.overview_mode
    far = render_board(scene, 0.5)
    assert far.size() == full.size()
    samples = [(x, y) for x in range(0, far.width(), 3) for y in range(0, far.height(), 3)]
    differing = sum(1 for x, y in samples if far.pixel(x, y) != full.pixel(x, y))
    assert differing <= len(samples) // 500  # cached note pixmaps may differ by a few pixels
    assert scene.overview_mode


def test_an_image_too_large_is_refused_and_nothing_written(scene, tmp_path, monkeypatch):
    monkeypatch.setattr(png_export, "MAX_SIDE", 100)
    path = tmp_path / "old.png"
    path.write_bytes(b"old")
    with pytest.raises(PngExportError, match="smaller scale"):
        export_png(scene, path, 1.0)
    assert path.read_bytes() == b"old"


def test_an_unwritable_path_is_one_line(scene, tmp_path):
    with pytest.raises(PngExportError) as raised:
        export_png(scene, tmp_path / "missing" / "board.png", 1.0)
    assert "\n" not in str(raised.value)
