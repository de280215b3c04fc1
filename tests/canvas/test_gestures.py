from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from tests.canvas.conftest import at, drag


def test_dragging_a_note_is_one_move_command(view, document):
    stack = document.undo_stack
    drag(view, at(view, 80, 80), at(view, 180, 130))
    assert stack.count() == 1
    assert stack.undoText() == "Move notes"
    note = document.get("n1")
    assert (note.x, note.y) == (100, 50)
    assert view.board_scene.selected_ids() == ["n1"]
    stack.undo()
    assert view.board_scene.graphics_item("n1").pos() == QPointF(0, 0)


def test_shift_click_extends_the_selection_and_moves_both(view, document):
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at(view, 80, 80))
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ShiftModifier,
        at(view, 260, 80),
    )
    assert sorted(view.board_scene.selected_ids()) == ["n1", "n2"]
    drag(view, at(view, 260, 80), at(view, 260, 180))
    assert document.get("n1").y == 100 and document.get("n2").y == 100
    assert document.undo_stack.count() == 1


def test_dragging_a_cluster_takes_its_notes(view, document):
    drag(view, at(view, 300, -40), at(view, 300, -140))
    assert document.get("c1").y == -160
    assert document.get("n1").y == -100 and document.get("n2").y == -100
    assert document.undo_stack.count() == 1


def test_snap_to_grid_lands_on_twenty_unit_steps(view, document):
    view.snap_to_grid = True
    drag(view, at(view, 80, 80), at(view, 113, 127))
    note = document.get("n1")
    assert note.x % 20 == 0 and note.y % 20 == 0


def test_resize_handle_is_one_resize_command(view, document):
    view.board_scene.select_ids(["n1"])
    drag(view, at(view, 160, 160), at(view, 220, 260))
    note = document.get("n1")
    assert (note.width, note.height) == (220, 260)
    assert document.undo_stack.undoText() == "Resize note"
    assert document.undo_stack.count() == 1


def test_rubber_band_selects_the_notes_inside(view):
    drag(view, at(view, 358, 178), at(view, -15, -15))
    assert sorted(view.board_scene.selected_ids()) == ["n1", "n2"]


def test_double_click_on_empty_canvas_adds_a_note_and_typing_is_one_step(view, document, qtbot):
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at(view, 700, 300))
    assert view.is_editing()
    QTest.keyClicks(view.viewport().focusWidget() or view, "Ring me back, please")
    editor = view.board_scene.editor
    assert editor.is_editing()
    QTest.keyClick(view.focusWidget(), Qt.Key.Key_Escape)
    assert not view.is_editing()
    new = [n for n in document.items() if getattr(n, "text", "") == "Ring me back, please"]
    assert len(new) == 1
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Add note"
    document.undo_stack.undo()
    assert document.get(new[0].id) is None


def test_a_new_note_left_empty_disappears_without_a_step(view, document):
    before = {item.id for item in document.items()}
    note_id = view.add_note_at(QPointF(700, 300))
    assert view.board_scene.graphics_item(note_id) is not None
    QTest.keyClick(view.focusWidget(), Qt.Key.Key_Escape)
    assert {item.id for item in document.items()} == before
    assert document.undo_stack.count() == 0
    assert view.board_scene.graphics_item(note_id) is None


def test_editing_an_existing_note_is_one_edit_step(view, document):
    view.board_scene.select_ids(["n2"])
    QTest.keyClick(view.viewport(), Qt.Key.Key_F2)
    assert view.is_editing()
    QTest.keyClicks(view.focusWidget(), " in Welsh too")
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at(view, 800, 300))
    assert not view.is_editing()
    assert document.get("n2").text == "Plain English letters in Welsh too"
    assert document.undo_stack.undoText() == "Edit note text"
    assert document.undo_stack.count() == 1


def test_double_click_on_the_overflow_badge_grows_the_note(view, document):
    from codesign.commands import record_change

    long_text = " ".join(["Waiting for a letter that never comes"] * 12)
    record_change(document, "Edit", [document.get("n1").model_copy(update={"text": long_text})])
    item = view.board_scene.graphics_item("n1")
    assert item.overflows()
    badge = item.mapToScene(item.badge_rect().center())
    QTest.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=at(view, badge.x(), badge.y())
    )
    assert not item.overflows()
    assert document.get("n1").height > 160
    assert document.undo_stack.undoText() == "Resize note"
