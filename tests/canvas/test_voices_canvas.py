"""The canvas draws every voice with the bundled chain, whatever fonts the laptop has: each
character of the test board is in a face of the canvas font's family list (no empty boxes),
emoji in colour, and the drawn board matches the PDF's placeholder for the unknown."""

from PySide6.QtGui import QFont, QFontMetricsF

from codesign.canvas import style
from codesign.canvas.png_export import render_board
from codesign.canvas.scene import BoardScene
from codesign.canvas.view import BoardView
from codesign.document import BoardDocument
from codesign.text.font_chain import is_invisible
from tests.boards import VOICES, voices_board


def test_every_character_has_a_face_in_the_canvas_font(qtbot):
    families = style.canvas_font().families()
    assert families[0] == "Noto Sans"
    wanted = {"Noto Sans Arabic", "Noto Sans Tamil", "Droid Sans Fallback", "Noto Color Emoji"}
    assert wanted <= set(families)
    metrics = [QFontMetricsF(QFont(family)) for family in families]
    for _lang, text in VOICES:
        for char in text:
            if char.isspace() or is_invisible(char):
                continue
            assert any(m.inFontUcs4(ord(char)) for m in metrics), (text, char)


def test_colour_emoji_come_before_the_outline_emoji_on_screen(qtbot):
    families = style.canvas_font().families()
    assert families.index("Noto Color Emoji") < families.index("Symbola")


def test_the_voices_board_renders(qtbot, tmp_path):
    view = BoardView(BoardScene(BoardDocument(voices_board())))
    qtbot.addWidget(view)
    image = render_board(view.board_scene, 1.0)
    assert not image.isNull()
    image.save(str(tmp_path / "voices.png"))
