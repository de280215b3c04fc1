from PySide6.QtCore import QPointF

from codesign.canvas.items import (
    ClusterItem,
    ConnectorItem,
    LabelItem,
    NoteItem,
    UnknownPlaceholder,
)
from codesign.canvas.scene import BoardScene
from codesign.commands import record_change
from codesign.document import BoardDocument
from codesign.model import Board, Note, UnknownItem
from codesign.storage import board_to_bytes
from tests.boards import themed_board


def test_every_item_gets_the_class_of_its_kind(qtbot):
    scene = BoardScene(BoardDocument(themed_board()))
    assert isinstance(scene.graphics_item("n1"), NoteItem)
    assert isinstance(scene.graphics_item("c1"), ClusterItem)
    assert isinstance(scene.graphics_item("l1"), LabelItem)
    assert isinstance(scene.graphics_item("e1"), ConnectorItem)
    assert scene.graphics_item("p1") is None
    assert scene.item_rect("n2").topLeft() == QPointF(180, 0)


def test_scene_follows_add_change_remove_and_undo(qtbot):
    document = BoardDocument(themed_board())
    scene = BoardScene(document)
    record_change(document, "Add note", [Note(id="n9", x=500, y=500, text="Ring me back")])
    assert scene.graphics_item("n9").record.text == "Ring me back"
    moved = document.get("n1").model_copy(update={"x": 40.0})
    record_change(document, "Move notes", [moved])
    assert scene.graphics_item("n1").pos() == QPointF(40, 0)
    record_change(document, "Delete", removed=["n9"])
    assert scene.graphics_item("n9") is None
    document.undo_stack.undo()
    assert scene.graphics_item("n9") is not None
    document.undo_stack.undo()
    assert scene.graphics_item("n1").pos() == QPointF(0, 0)


def test_a_connector_follows_a_moved_end(qtbot):
    document = BoardDocument(themed_board())
    scene = BoardScene(document)
    arrow = scene.graphics_item("e1")
    before = arrow.line()
    cluster = document.get("c2").model_copy(update={"x": 800.0})
    record_change(document, "Move items", [cluster])
    after = arrow.line()
    assert after.p2().x() > before.p2().x() + 300
    assert scene.item_rect("c2").adjusted(-10, -10, 10, 10).contains(after.p2())


def test_unknown_kinds_get_a_placeholder(qtbot):
    unknown = UnknownItem(id="x1", kind="sketch", x=10, y=20, width=300, height=90)
    scene = BoardScene(BoardDocument(Board(items=(unknown,))))
    item = scene.graphics_item("x1")
    assert isinstance(item, UnknownPlaceholder)
    assert scene.item_rect("x1").getRect() == (10, 20, 300, 90)
    assert "newer Codesign" in item.describe()


def test_selection_round_trips_by_id(qtbot):
    scene = BoardScene(BoardDocument(themed_board()))
    scene.select_ids(["n2", "n1", "missing"])
    assert sorted(scene.selected_ids()) == ["n1", "n2"]
    scene.select_ids(["c1"])
    assert scene.selected_ids() == ["c1"]


def test_the_tooltip_names_the_colour(qtbot):
    scene = BoardScene(BoardDocument(themed_board()))
    assert scene.graphics_item("n2").describe() == "Note (pink): Plain English letters"


def test_far_out_the_overview_stands_in_for_the_note_items(view):
    scene = view.board_scene
    scene.select_ids(["n1"])
    view.set_zoom(0.1)
    assert scene.overview_mode and scene.overview.draw_notes
    assert scene.graphics_item("n1").opacity() == 0
    assert scene.graphics_item("n2").scene() is None
    assert scene.selected_ids() == ["n1"]
    scene.select_ids(["n2"])
    assert scene.graphics_item("n2").opacity() == 0
    assert scene.graphics_item("n1").scene() is None
    view.set_zoom(0.3)
    assert not scene.overview_mode
    assert scene.graphics_item("n1").scene() is scene
    assert scene.graphics_item("n1").opacity() == 1
    assert scene.graphics_item("n2").opacity() == 1
    assert scene.selected_ids() == ["n2"]


def test_a_second_view_close_in_keeps_the_note_items(view, qtbot):
    from codesign.canvas.view import BoardView

    wall = BoardView(view.board_scene)
    qtbot.addWidget(wall)
    wall.set_zoom(1.0)
    view.set_zoom(0.1)
    assert not view.board_scene.overview_mode
    wall.set_zoom(0.05)
    assert view.board_scene.overview_mode


def test_undo_and_redo_of_a_sequence_is_byte_identical(qtbot):
    document = BoardDocument(themed_board())
    BoardScene(document)
    original = board_to_bytes(document.board())
    record_change(document, "Add note", [Note(id="n9", x=500, y=500, text="Ffôn")])
    record_change(document, "Move notes", [document.get("n9").model_copy(update={"y": 20.0})])
    record_change(document, "Edit", [document.get("n3").model_copy(update={"text": "Diolch"})])
    edited = board_to_bytes(document.board())
    for _step in range(3):
        document.undo_stack.undo()
    assert board_to_bytes(document.board()) == original
    for _step in range(3):
        document.undo_stack.redo()
    assert board_to_bytes(document.board()) == edited


def test_the_view_describes_the_selection_for_screen_readers(view):
    view.board_scene.select_ids(["n2"])
    assert view.accessibleDescription() == "Note (pink): Plain English letters"
    view.board_scene.select_ids(["n1", "n2"])
    assert view.accessibleDescription() == "2 items selected"
