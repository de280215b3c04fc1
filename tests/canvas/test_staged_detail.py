"""A zoom jump out of the overview (Fit -> 100 %) shows the notes on screen at once and the
rest of the board's notes just after, from the event loop."""

import pytest
from PySide6.QtCore import QPointF

from codesign.canvas.items import NoteItem
from codesign.commands.moves import move_items
from codesign.commands.text_edits import add_note
from codesign.document import BoardDocument
from codesign.model import Board, Note


@pytest.fixture
def document():
    notes = tuple(
        Note(id=f"n{i}", x=(i % 40) * 400.0, y=(i // 40) * 400.0, text=f"Note {i}")
        for i in range(1600)
    )
    return BoardDocument(Board(items=notes))


def test_the_notes_on_screen_come_first_then_the_rest(qtbot, view):
    scene = view.board_scene
    view.fit_board()
    assert scene.overview_mode
    qtbot.waitUntil(lambda: scene.graphics_item("n1599").scene() is None)
    view.centerOn(QPointF(200, 200))
    view.reset_zoom()
    near = scene.graphics_item("n0")
    far = scene.graphics_item("n1599")
    assert near.scene() is scene
    assert far.scene() is None
    notes = [item for item in scene.board_items() if isinstance(item, NoteItem)]
    qtbot.waitUntil(lambda: all(item.scene() is scene for item in notes))


def test_notes_moved_or_added_far_out_come_back_where_they_are_now(qtbot, view):
    scene = view.board_scene
    view.fit_board()
    qtbot.waitUntil(lambda: scene.graphics_item("n1599").scene() is None)
    move_items(scene.document, {"n1599": (100.0, 100.0)})
    add_note(scene.document, Note(id="new", x=300.0, y=100.0, text="New"))
    assert scene.graphics_item("new").scene() is None
    view.centerOn(QPointF(200, 200))
    view.reset_zoom()
    assert scene.graphics_item("n1599").scene() is scene
    assert scene.graphics_item("new").scene() is scene
