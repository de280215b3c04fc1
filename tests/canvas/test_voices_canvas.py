"""The canvas draws every voice with the bundled chain, whatever fonts the laptop has: each
character of the test board is in a face of the canvas font's family list (no empty boxes),
emoji in colour, and the drawn board matches the PDF's placeholder for the unknown."""

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from codesign.canvas import style
from codesign.canvas.png_export import render_board
from codesign.canvas.scene import BoardScene
from codesign.canvas.view import BoardView
from codesign.document import BoardDocument
from codesign.text.font_chain import is_invisible
from codesign.ui.shell.main_window import MainWindow
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


def type_character(widget, char: str) -> None:
    """A key press carrying `char`, as an Urdu keyboard layout or an emoji picker sends it
    (QTest.keyClicks only knows ASCII)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
        )


def test_a_note_typed_in_urdu_with_emoji_is_drawn_in_the_window(qtbot):
    """Typed in the real window's editor, the note keeps every character and its drawing
    changes from the empty note's (text, not nothing, where the glyphs go)."""
    window = MainWindow(BoardDocument(voices_board()))
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    note_id = window.view.add_note_at(QPointF(1400, 300))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    view = window.view
    item = view.board_scene.graphics_item(note_id)
    view.centerOn(item)
    qtbot.wait(50)
    empty = view.viewport().grab(view.mapFromScene(item.sceneBoundingRect()).boundingRect())
    assert not empty.isNull()
    for char in "ہمیں خط چاہئیں 👋":
        type_character(QApplication.focusWidget(), char)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert window.document.get(note_id).text == "ہمیں خط چاہئیں 👋"
    qtbot.wait(50)
    drawn = view.viewport().grab(view.mapFromScene(item.sceneBoundingRect()).boundingRect())
    assert drawn.toImage() != empty.toImage()
