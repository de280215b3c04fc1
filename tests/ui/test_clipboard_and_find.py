"""Copy and paste between windows, paste lines as notes, and the find bar."""

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu

from codesign.commands.clipboard import MIME_TYPE
from codesign.document import BoardDocument
from codesign.model import NOTE_SIZE, Note
from codesign.ui.shell.context_menu import build_context_menu
from tests.ui.conftest import at, hover, make_window, press

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def _empty_clipboard():
    QGuiApplication.clipboard().clear()
    yield
    QGuiApplication.clipboard().clear()


def select(window, *ids):
    window.view.scene().select_ids(ids)
    QApplication.processEvents()


def test_copy_puts_items_and_plain_text_on_the_clipboard(shown):
    select(shown, "n1", "n2", "c1")
    press(shown, K.Key_C, CTRL)
    data = QGuiApplication.clipboard().mimeData()
    assert data.hasFormat(MIME_TYPE)
    assert data.text() == "Tell it once: share my story across teams\nPlain English letters"
    assert shown.document.undo_stack.count() == 0


def test_copy_and_paste_between_two_windows(shown, qtbot):
    select(shown, "c1", "n1", "n2")
    press(shown, K.Key_C, CTRL)
    other = make_window(qtbot, BoardDocument())
    hover(other, 500, 300)
    QApplication.processEvents()
    pointer = other.view.pointer_scene_pos()
    press(other, K.Key_V, CTRL)
    board = other.document.board()
    assert len(board.items) == 3
    (cluster,) = [i for i in board.items if i.kind == "cluster"]
    assert len(cluster.members) == 2
    assert cluster.x + cluster.width / 2 == pytest.approx(pointer.x(), abs=1)
    assert sorted(other.view.scene().selected_ids()) == sorted(i.id for i in board.items)
    assert other.document.undo_stack.undoText() == "Paste"
    assert other.document.undo_stack.count() == 1


def test_cut_is_one_step_that_keeps_the_board_valid(shown):
    select(shown, "n1")
    press(shown, K.Key_X, CTRL)
    assert "n1" not in shown.document.board().by_id
    assert shown.document.undo_stack.undoText() == "Cut"
    hover(shown, 800, 100)
    press(shown, K.Key_V, CTRL)
    assert shown.document.undo_stack.count() == 2
    pasted = [n for n in shown.document.records_of(Note) if n.text.startswith("Tell it once")]
    assert len(pasted) == 1


def test_pasting_lines_makes_one_note_per_line_in_a_grid(shown, qtbot):
    lines = "Forms in English only\n\nWaiting lists\nTell it once\nCroeso\n  \nPhone queue\n"
    QGuiApplication.clipboard().setText(lines)
    hover(shown, 1000, 300)
    qtbot.waitUntil(shown.actions["paste"].isEnabled)
    press(shown, K.Key_V, CTRL)
    new = [shown.document.get(k) for k in shown.view.scene().selected_ids()]
    assert sorted(n.text for n in new) == sorted(
        ["Forms in English only", "Waiting lists", "Tell it once", "Croeso", "Phone queue"]
    )
    assert len({n.x for n in new}) == 3 and len({n.y for n in new}) == 2
    assert all(n.width == NOTE_SIZE for n in new)
    assert shown.document.undo_stack.count() == 1
    assert shown.document.undo_stack.undoText() == "Paste notes"
    assert shown.statusBar().currentMessage().startswith("5 notes made from the pasted lines")
    shown.document.board()


def test_pasting_junk_items_says_so_and_changes_nothing(shown, qtbot):
    data = QMimeData()
    data.setData(MIME_TYPE, b'{"format": "codesign-items", "items": [{"kind": "note"}]}')
    QGuiApplication.clipboard().setMimeData(data)
    qtbot.waitUntil(shown.actions["paste"].isEnabled)
    press(shown, K.Key_V, CTRL)
    assert shown.document.undo_stack.count() == 0
    assert "Nothing pasted" in shown.statusBar().currentMessage()


def test_find_steps_through_matches_and_centres_each(shown, qtbot):
    press(shown, K.Key_F, CTRL)
    bar = shown.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "E")
    assert bar.matches == ["n1", "n2", "n3", "n4"]
    assert bar.count.text() == "1 of 4"
    assert shown.view.scene().selected_ids() == ["n1"]
    qtbot.keyClick(bar.field, K.Key_Return)
    assert bar.count.text() == "2 of 4"
    qtbot.keyClick(bar.field, K.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(bar.field, K.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == "4 of 4"
    assert shown.view.scene().selected_ids() == ["n4"]
    centre = shown.view.mapToScene(shown.view.viewport().rect().center())
    assert shown.view.scene().item_rect("n4").contains(centre)
    qtbot.keyClick(bar.field, K.Key_F3)
    assert bar.count.text() == "1 of 4"


def test_find_ignores_case_and_accents(shown, qtbot):
    shown.find_bar.open_bar()
    qtbot.keyClicks(shown.find_bar.field, "gymraeg")
    assert shown.find_bar.matches == ["n3"]
    shown.find_bar.field.setText("no such note")
    assert shown.find_bar.count.text() == "No matches"


def test_escape_closes_the_find_bar(shown, qtbot):
    press(shown, K.Key_F, CTRL)
    qtbot.keyClick(shown.find_bar.field, K.Key_Escape)
    assert not shown.find_bar.isVisible()
    assert shown.view.hasFocus()


def test_find_zooms_in_to_read_a_match_on_a_fitted_board(shown, qtbot):
    shown.view.set_zoom(0.1)
    press(shown, K.Key_F, CTRL)
    qtbot.keyClicks(shown.find_bar.field, "plain english")
    assert shown.view.zoom() == 0.75
    assert shown.view.scene().selected_ids() == ["n2"]


def test_right_click_on_an_item_selects_it_and_offers_colours(shown):
    menu = build_context_menu(shown.view, shown.actions, at(shown, 80, 80), shown.edit, shown.clip)
    assert shown.view.scene().selected_ids() == ["n1"]
    titles = [a.text() for a in menu.actions()]
    assert "&Colour" in titles and "De&lete" in titles
    colours = next(a.menu() for a in menu.actions() if a.text() == "&Colour")
    assert isinstance(colours, QMenu)
    assert [a.text() for a in colours.actions()][:2] == ["Yellow", "Orange"]


def test_new_note_from_the_canvas_menu_lands_where_clicked(shown, qtbot):
    menu = build_context_menu(shown.view, shown.actions, at(shown, 700, 0), shown.edit, shown.clip)
    hover(shown, 100, 100)
    menu.actions()[0].trigger()
    qtbot.keyClicks(shown.focusWidget(), "Ask the people who wait")
    shown.view.finish_editing()
    (note,) = [n for n in shown.document.records_of(Note) if n.text.startswith("Ask the")]
    assert (note.x + NOTE_SIZE / 2, note.y + NOTE_SIZE / 2) == pytest.approx((700, 0), abs=1)
    assert shown.document.undo_stack.count() == 1


def test_a_real_right_click_opens_the_item_menu(shown, monkeypatch):
    shown_menus = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, _pos, _at=None: shown_menus.append(menu))
    spot = at(shown, 260, 80)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, spot, shown.view.viewport().mapToGlobal(spot)
    )
    QApplication.sendEvent(shown.view.viewport(), event)
    assert shown.view.scene().selected_ids() == ["n2"]
    (menu,) = shown_menus
    assert "&Colour" in [a.text() for a in menu.actions()]


def test_typing_in_the_find_field_never_triggers_single_key_shortcuts(shown, qtbot):
    press(shown, K.Key_F, CTRL)
    qtbot.keyClicks(shown.find_bar.field, "n3 tell")
    qtbot.keyClick(shown.find_bar.field, K.Key_Backspace)
    assert shown.find_bar.field.text() == "n3 tel"
    assert shown.document.undo_stack.count() == 0


def test_pasting_twice_at_one_spot_steps_the_copy_aside(shown):
    select(shown, "n1")
    press(shown, K.Key_C, CTRL)
    spot = QPointF(900, 100)
    shown.clip.paste(spot)
    first = shown.document.get(shown.view.scene().selected_ids()[0])
    shown.clip.paste(spot)
    second = shown.document.get(shown.view.scene().selected_ids()[0])
    assert (second.x - first.x, second.y - first.y) == (32, 32)
    shown.clip.paste(QPointF(0, 900))
    third = shown.document.get(shown.view.scene().selected_ids()[0])
    assert third.x + third.width / 2 == 0
