"""Fit board leaves the minimap's corner free, so the last notes are never under it."""

from PySide6.QtCore import QRect

from codesign.canvas.minimap import Minimap
from codesign.document import BoardDocument
from codesign.model import Board, Note
from tests.ui.conftest import make_window
from tests.ui.menus import choose


def grid_board() -> Board:
    """Notes in a block shaped like the screen, so a plain fit reaches every corner."""
    notes = [
        Note(id=f"n{row}-{col}", x=col * 220, y=row * 220, text=f"Note {row}.{col}")
        for row in range(4)
        for col in range(6)
    ]
    return Board(title="Grid", items=tuple(notes))


def on_screen(window, note_id: str) -> QRect:
    rect = window.view.board_scene.item_rect(note_id)
    return window.view.mapFromScene(rect).boundingRect()


def minimap_rect(window) -> QRect:
    minimap = window.view.findChild(Minimap)
    return minimap.geometry().translated(-window.view.viewport().pos())


def test_fit_board_keeps_every_note_clear_of_the_minimap(qtbot):
    window = make_window(qtbot, BoardDocument(grid_board()))
    assert window.actions["minimap"].isChecked()
    choose(window, "fit_board")
    corner = minimap_rect(window)
    viewport = window.view.viewport().rect()
    ids = [note.id for note in window.document.records_of(Note)]
    for note_id in ids:
        shown = on_screen(window, note_id)
        assert viewport.contains(shown), note_id
        assert not shown.intersects(corner), f"{note_id} is under the minimap"
    board = window.view.board_scene.board_rect()
    assert window.view.mapFromScene(board.center()).x() < viewport.center().x() - 20

    choose(window, "minimap")
    assert not window.view.findChild(Minimap).isVisible()
    choose(window, "fit_board")
    assert abs(window.view.mapFromScene(board.center()).x() - viewport.center().x()) <= 2
    assert all(window.view.viewport().rect().contains(on_screen(window, i)) for i in ids)
