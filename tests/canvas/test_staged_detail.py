"""A zoom jump out of the overview (Fit -> 100 %) shows the notes on screen at once and the
rest of the board's notes just after, from the event loop."""

import pytest
from PySide6.QtCore import QPointF

from codesign.canvas.items import NoteItem
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
    qtbot.waitUntil(lambda: not scene.graphics_item("n1599").isVisible())
    view.centerOn(QPointF(200, 200))
    view.reset_zoom()
    near = scene.graphics_item("n0")
    far = scene.graphics_item("n1599")
    assert near.isVisible()
    assert not far.isVisible()
    qtbot.waitUntil(far.isVisible)
    notes = [item for item in scene.board_items() if isinstance(item, NoteItem)]
    assert all(item.isVisible() for item in notes)
