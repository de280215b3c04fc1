"""Each editing action, driven through its real shortcut, is exactly one undo step."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from codesign.document import BoardDocument
from codesign.model import Note
from tests.ui.conftest import hover, make_window, press

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def steps(window) -> int:
    return window.document.undo_stack.count()


def select(window, *ids):
    """Select, then let the event loop run once, as it does between a click and a key press."""
    window.view.scene().select_ids(ids)
    QApplication.processEvents()


def test_n_adds_a_note_at_the_pointer_open_for_typing(shown, qtbot):
    hover(shown, 600, 300)
    press(shown, K.Key_N)
    assert shown.view.is_editing()
    qtbot.keyClicks(shown.focusWidget(), "Croeso")
    press(shown, K.Key_Escape)
    (new,) = [n for n in shown.document.records_of(Note) if n.text == "Croeso"]
    assert (new.x + new.width / 2, new.y + new.height / 2) == pytest.approx((600, 300), abs=1)
    assert steps(shown) == 1


def test_typing_n_inside_a_note_types_it(shown, qtbot):
    shown.view.edit_item("n2")
    qtbot.keyClicks(shown.focusWidget(), " now")
    shown.view.finish_editing()
    assert shown.document.get("n2").text == "Plain English letters now"
    assert steps(shown) == 1


def test_number_keys_recolour_the_selection_in_one_step(shown):
    select(shown, "n1", "n4")
    press(shown, K.Key_6)
    assert shown.document.get("n1").colour == shown.document.get("n4").colour == "teal"
    assert steps(shown) == 1
    assert shown.document.undo_stack.undoText() == "Change colour"


def test_a_colour_with_nothing_selected_is_the_next_notes_colour(shown):
    press(shown, K.Key_3)
    assert steps(shown) == 0
    assert shown.statusBar().currentMessage() == "New notes will be Pink"
    note_id = shown.view.add_note_at(shown.view.pointer_scene_pos(), shown.edit.new_note_colour)
    assert shown.document.get(note_id).colour == "pink"


@pytest.mark.parametrize("key", [K.Key_Delete, K.Key_Backspace])
def test_delete_keeps_the_board_valid(shown, key):
    select(shown, "n1", "c2")
    press(shown, key)
    board = shown.document.board()
    assert {"n1", "c2", "e1"}.isdisjoint(board.by_id)
    assert board.by_id["c1"].members == ("n2",)
    assert steps(shown) == 1


def test_duplicate_selects_the_copies(shown):
    select(shown, "n1", "n2")
    press(shown, K.Key_D, CTRL)
    copies = shown.view.scene().selected_ids()
    assert len(copies) == 2 and not {"n1", "n2"} & set(copies)
    assert shown.document.get(copies[0]).x == shown.document.get("n1").x + 32
    assert steps(shown) == 1


def test_bring_to_front_and_send_to_back(shown):
    select(shown, "n1")
    press(shown, K.Key_BracketRight, CTRL)
    assert shown.document.board().items[-1].id == "n1"
    select(shown, "n4")
    press(shown, K.Key_BracketLeft, CTRL)
    notes = [i.id for i in shown.document.board().items]
    assert notes[0] == "n4"
    assert steps(shown) == 2


def test_align_and_distribute_from_the_arrange_menu(shown):
    select(shown, "n1", "n2", "n4")
    shown.actions["align.top"].trigger()
    assert {shown.document.get(k).y for k in ("n1", "n2", "n4")} == {0}
    shown.actions["distribute.horizontal"].trigger()
    assert steps(shown) == 2


def test_select_all(shown, qtbot):
    press(shown, K.Key_A, CTRL)
    assert len(shown.view.scene().selected_ids()) == len(list(shown.document.items()))


def test_menus_follow_the_selection(shown, qtbot):
    qtbot.waitUntil(lambda: not shown.actions["delete"].isEnabled())
    assert not shown.actions["align.left"].isEnabled()
    select(shown, "n1", "n2")
    qtbot.waitUntil(lambda: shown.actions["align.left"].isEnabled())
    assert shown.actions["delete"].isEnabled()
    assert not shown.actions["distribute.vertical"].isEnabled()


def test_undo_names_the_step_it_will_undo(shown):
    select(shown, "n1")
    press(shown, K.Key_Delete)
    assert shown.actions["undo"].text() == "&Undo Delete"
    assert shown.actions["undo"].toolTip() == "Undo Delete (Ctrl+Z)"
    press(shown, K.Key_Z, CTRL)
    assert "n1" in shown.document.board().by_id
    assert shown.actions["redo"].text() == "&Redo Delete"
    assert not shown.actions["undo"].isEnabled()


def test_zoom_keys_and_the_status_bar(shown):
    press(shown, K.Key_Equal, CTRL)
    assert shown.view.zoom() > 1
    assert shown.view_settings.zoom_label.text() == f"{round(shown.view.zoom() * 100)} %"
    press(shown, K.Key_0, CTRL)
    assert shown.view_settings.zoom_label.text() == "100 %"


def test_minimap_and_snap_toggles_carry_over_to_the_next_board(shown):
    shown.actions["minimap"].setChecked(False)
    shown.actions["snap"].setChecked(True)
    assert not shown.view_settings.minimap().isVisible()
    shown.replace_document(BoardDocument())
    assert shown.view.snap_to_grid
    assert not shown.view_settings.minimap().isVisible()


def test_the_minimap_sits_in_the_bottom_right_corner_of_the_board(shown):
    minimap = shown.view_settings.minimap()
    area = shown.view.viewport().geometry()
    assert minimap.isVisible()
    assert area.contains(minimap.geometry())
    assert minimap.geometry().right() > area.center().x()
    assert minimap.geometry().bottom() > area.center().y()


def test_editing_keys_stay_in_the_note_being_edited(shown, qtbot):
    shown.view.edit_item("n2")
    editor = shown.focusWidget()
    for key in (K.Key_Backspace, K.Key_Delete, K.Key_Left):
        qtbot.keyClick(editor, key)
    qtbot.keyClicks(editor, "3")
    qtbot.keyClick(editor, K.Key_A, CTRL)
    qtbot.keyClick(editor, K.Key_C, CTRL)
    shown.view.finish_editing()
    assert shown.document.get("n2").text == "Plain English lette3r"
    assert "n2" in shown.document.board().by_id
    assert steps(shown) == 1


def test_a_shortcut_during_editing_commits_the_text_first(shown, qtbot):
    select(shown, "n2")
    shown.view.edit_item("n2")
    qtbot.keyClicks(shown.focusWidget(), "!")
    QApplication.processEvents()
    qtbot.keyClick(shown.focusWidget(), K.Key_BracketRight, CTRL)
    stack = shown.document.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == ["Edit note text", "Bring to front"]


def test_view_preferences_are_kept_for_the_next_session(shown, qtbot):
    shown.actions["minimap"].setChecked(False)
    shown.actions["snap"].setChecked(True)
    later = make_window(qtbot)
    assert not later.actions["minimap"].isChecked()
    assert later.actions["snap"].isChecked() and later.view.snap_to_grid
    assert not later.view_settings.minimap().isVisible()


def test_shift_1_fits_the_board_and_shift_2_the_selection(shown):
    shift = Qt.KeyboardModifier.ShiftModifier
    shown.view.set_zoom(3.0)
    press(shown, K.Key_1, shift)
    assert shown.view.zoom() < 1
    view_rect = shown.view.mapToScene(shown.view.viewport().rect()).boundingRect()
    assert view_rect.contains(shown.view.scene().board_rect())
    select(shown, "n4")
    press(shown, K.Key_2, shift)
    centre = shown.view.mapToScene(shown.view.viewport().rect().center())
    assert shown.view.scene().item_rect("n4").contains(centre)
    assert steps(shown) == 0
