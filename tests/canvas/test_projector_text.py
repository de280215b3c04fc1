"""A washed-out projector may ask for larger note text than the laptop shows."""

from PySide6.QtWidgets import QWidget

from codesign.canvas.items.base import MIN_TEXT_PROPERTY
from codesign.canvas.scene import BoardScene
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


def test_only_the_view_that_asks_gets_the_larger_layout(qapp):
    scene = BoardScene(BoardDocument(Board(items=(Note(id="n", text=LONG),))))
    note = scene.graphics_item("n")
    laptop, wall = QWidget(), QWidget()
    wall.setProperty(MIN_TEXT_PROPERTY, 18.0)
    assert note._layout_for(laptop) is note.layout()
    assert note._layout_for(wall).font_size >= 18.0
