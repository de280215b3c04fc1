from PySide6.QtCore import QSize

from codesign.canvas import style
from codesign.canvas.board_blocks import thumbnail
from codesign.model import Note
from tests.boards import themed_board


def test_a_thumbnail_shows_the_notes_in_their_colours(qapp):
    board = themed_board()
    image = thumbnail(board.items, QSize(160, 100), device_pixel_ratio=2.0)
    assert (image.width(), image.height(), image.devicePixelRatio()) == (320, 200, 2.0)
    colours = {image.pixelColor(x, y).name() for x in range(0, 320, 4) for y in range(0, 200, 4)}
    note_colours = {style.fill_brush(n.colour).color().name() for n in board.of_kind(Note)}
    assert note_colours & colours
    assert style.BACKGROUND.name() in colours


def test_an_empty_board_is_just_background(qapp):
    image = thumbnail((), QSize(40, 30))
    assert {image.pixelColor(x, y).name() for x in range(40) for y in range(30)} == {
        style.BACKGROUND.name()
    }
