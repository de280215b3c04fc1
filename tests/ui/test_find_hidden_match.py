"""Find shows a match hidden under other notes above them while it is the current match,
without changing the board's stacking order (nothing to undo, nothing saved)."""

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolButton

from codesign.canvas.items import NoteItem
from codesign.document import BoardDocument
from codesign.model import NOTE_SIZE, Note
from tests.boards import themed_board
from tests.ui.conftest import at, make_window, press

CTRL = Qt.KeyboardModifier.ControlModifier
CENTRE = QPointF(700 + NOTE_SIZE / 2, 100 + NOTE_SIZE / 2)


def covered_board():
    """ "Letters arrive late" lies under two notes dropped on it later in the day."""
    board = themed_board()
    pile = (
        Note(id="under", x=700, y=100, z=0, text="Letters arrive late"),
        Note(id="over1", x=710, y=105, z=1, text="Six weeks and no news", colour="pink"),
        Note(id="over2", x=695, y=95, z=2, text="Nobody rings back", colour="blue"),
    )
    return board.model_copy(update={"items": (*board.items, *pile)})


def top_note_at(window, point: QPointF) -> str:
    notes = [i for i in window.view.board_scene.items(point) if isinstance(i, NoteItem)]
    return notes[0].item_id


def test_the_current_match_shows_above_the_notes_covering_it(qtbot):
    window = make_window(qtbot, BoardDocument(covered_board()))
    assert top_note_at(window, CENTRE) == "over2"
    press(window, Qt.Key.Key_F, CTRL)
    QTest.keyClicks(window.find_bar.field, "letters arrive")
    QTest.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.view.board_scene.selected_ids() == ["under"]
    assert top_note_at(window, CENTRE) == "under"
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=at(window, 780, 180))
    assert window.view.board_scene.selected_ids() == ["under"]
    assert window.document.get("under").z == 0
    assert window.document.undo_stack.count() == 0
    close = next(b for b in window.find_bar.findChildren(QToolButton) if b.text() == "✕")
    QTest.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not window.find_bar.isVisible()
    assert top_note_at(window, CENTRE) == "over2"


def test_the_next_match_takes_the_lift_from_the_last(qtbot):
    window = make_window(qtbot, BoardDocument(covered_board()))
    press(window, Qt.Key.Key_F, CTRL)
    QTest.keyClicks(window.find_bar.field, "late")
    QTest.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert top_note_at(window, CENTRE) == "under"
    window.find_bar.field.clear()
    QTest.keyClicks(window.find_bar.field, "no news")
    QTest.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.view.board_scene.selected_ids() == ["over1"]
    assert top_note_at(window, CENTRE) == "over1"
    assert window.view.board_scene.graphics_item("under").zValue() < (
        window.view.board_scene.graphics_item("over2").zValue()
    )
