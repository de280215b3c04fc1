"""A washed-out projector may ask for larger note text than the laptop shows."""

from PySide6.QtCore import QPointF

from codesign.canvas.items.base import MIN_TEXT_PROPERTY
from codesign.canvas.scene import BoardScene
from codesign.canvas.view import BoardView
from codesign.document import BoardDocument
from codesign.model import Board, Note
from codesign.text import layout_note_text, visible_lines

LONG = "Asked the same questions I answered last month, then again on the phone, then by letter"


def test_a_higher_floor_gives_larger_text_and_marks_what_is_cut():
    usual = layout_note_text(LONG, 160, 160)
    large = layout_note_text(LONG, 160, 160, min_size=18.0)
    assert large.font_size >= 18.0 > usual.font_size
    shown = visible_lines(large, 160)
    assert len(shown) < len(large.lines)
    assert shown[-1].endswith("…")
    assert visible_lines(usual, 160) == usual.lines


def _ink_rows(image) -> int:
    """Rows of the picture with dark text pixels in them: larger text fills more rows."""
    return sum(
        1
        for y in range(image.height())
        if any(image.pixelColor(x, y).lightness() < 90 for x in range(0, image.width(), 2))
    )


def test_only_the_view_that_asks_shows_larger_text_in_screen_pixels(qtbot):
    """The floor is in screen pixels: at a zoom where the laptop's text is small, the wall's
    is visibly larger, though both views show the same scene at the same zoom."""
    scene = BoardScene(BoardDocument(Board(items=(Note(id="n", text=LONG),))))
    pictures = []
    for floor in (None, 24.0):
        view = BoardView(scene)
        qtbot.addWidget(view)
        view.viewport().setProperty(MIN_TEXT_PROPERTY, floor)
        view.resize(400, 400)
        view.show()
        qtbot.waitExposed(view)
        view.set_zoom(1.5)
        view.centerOn(QPointF(80, 80))
        pictures.append(view.viewport().grab().toImage())
    laptop, wall = pictures
    assert laptop != wall
    assert _ink_rows(wall) > _ink_rows(laptop)
