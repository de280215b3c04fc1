"""A note's explicit direction controls are not honoured on the canvas, as in the PDF: a note
"\u202egnp.exe" (a right-to-left override) shows "gnp.exe", never "exe.png"."""

from PySide6.QtCore import QPointF

from codesign.canvas.scene import BoardScene
from codesign.canvas.view import BoardView
from codesign.document import BoardDocument
from codesign.model import Board, Note
from codesign.text import drawable


def _shown(qtbot, text: str):
    board = Board(title="Bidi", items=(Note(id="n1", x=0, y=0, text=text),))
    view = BoardView(BoardScene(BoardDocument(board)))
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    view.reset_zoom()
    view.centerOn(QPointF(100, 100))
    qtbot.wait(50)
    return view.viewport().grab().toImage()


def test_an_override_in_a_note_shows_as_the_typed_text(qtbot):
    plain = _shown(qtbot, "gnp.exe")
    assert _shown(qtbot, "\u202egnp.exe") == plain
    assert _shown(qtbot, "\u2067gnp\u2069.exe\u202c") == plain
    assert _shown(qtbot, "exe.png") != plain


def test_drawable_leaves_out_embeddings_overrides_and_isolates_only():
    assert drawable("\u202aa\u202bb\u202cc\u202dd\u202ee\u2066f\u2067g\u2068h\u2069") == "abcdefgh"
    assert drawable("a\u200fb\u200dc") == "a\u200fb\u200dc"
    assert drawable("plain") == "plain"
