"""Themes and journey maps never overlap: Ctrl+G on notes just below a map moves the new theme
clear of it, notes and all, in the one step; notes in a map's cells stay in the map."""

from PySide6.QtCore import QPointF, Qt

from codesign.document import BoardDocument
from codesign.model import Cluster, JourneyMap, Note
from codesign.model.free_space import item_rect, overlaps
from codesign.storage.templates import board_from_template
from tests.ui.conftest import at, drag, make_window, press

CTRL = Qt.KeyboardModifier.ControlModifier
MAP_BOTTOM = 1440.0


def serviceland_with_free_notes():
    """ServiceLand's map, with two notes written afterwards just under its last lane."""
    board = board_from_template("serviceland")
    extra = (
        Note(id="late1", x=300, y=MAP_BOTTOM + 20, text="Letters arrive late", z=90),
        Note(id="late2", x=480, y=MAP_BOTTOM + 20, text="Nobody rings back", z=91),
    )
    return board.model_copy(update={"items": (*board.items, *extra)})


def serviceland_window(qtbot):
    window = make_window(qtbot, BoardDocument(serviceland_with_free_notes()))
    qtbot.waitUntil(window.isActiveWindow)
    return window


def journey(window) -> JourneyMap:
    (found,) = window.document.records_of(JourneyMap)
    return found


def test_a_theme_grouped_under_a_map_keeps_clear_of_its_lanes(qtbot):
    window = serviceland_window(qtbot)
    window.view.centerOn(QPointF(480, MAP_BOTTOM))
    window.view.board_scene.select_ids(["late1", "late2"])
    press(window, Qt.Key.Key_G, CTRL)
    (theme,) = window.document.records_of(Cluster)
    assert set(theme.members) == {"late1", "late2"}
    assert not overlaps(item_rect(theme), item_rect(journey(window)))
    for key in ("late1", "late2"):
        note = window.document.get(key)
        assert item_rect(theme).contains(note.x, note.y)
        assert item_rect(theme).contains(note.x + note.width, note.y + note.height)
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert window.document.get("late1").y == MAP_BOTTOM + 20


def test_notes_in_the_map_cells_stay_in_the_map(qtbot):
    window = serviceland_window(qtbot)
    placed = [p.note for p in journey(window).placements[:2]]
    window.view.board_scene.select_ids(placed)
    press(window, Qt.Key.Key_G, CTRL)
    assert list(window.document.records_of(Cluster)) == []
    assert "journey map" in window.statusBar().currentMessage()
    window.view.board_scene.select_ids([*placed, "late1"])
    press(window, Qt.Key.Key_G, CTRL)
    (theme,) = window.document.records_of(Cluster)
    assert theme.members == ("late1",)
    assert {p.note for p in journey(window).placements} >= set(placed)
    assert not overlaps(item_rect(theme), item_rect(journey(window)))


def test_a_theme_drawn_over_the_map_takes_no_cell_notes_and_moves_clear(qtbot):
    window = serviceland_window(qtbot)
    window.view.centerOn(QPointF(600, 700))
    window.actions["draw_theme"].trigger()
    drag(window, at(window, 300, 500), at(window, 800, 900))
    (theme,) = window.document.records_of(Cluster)
    assert theme.members == ()
    assert not overlaps(item_rect(theme), item_rect(journey(window)))
    assert len(journey(window).placements) == 44
