"""Whole gestures driven with a real mouse and keyboard, then undone and redone exactly."""

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from codesign.canvas.minimap import Minimap
from codesign.storage import board_to_bytes
from tests.canvas.conftest import at, drag


def test_undo_and_redo_of_gestures_is_byte_identical(view, document):
    stack = document.undo_stack
    original = board_to_bytes(document.board())
    drag(view, at(view, 80, 80), at(view, 120, 100))
    view.board_scene.select_ids(["n2"])
    drag(view, at(view, 340, 160), at(view, 380, 220))
    note_id = view.add_note_at(QPointF(700, 300))
    view.board_scene.editor._widget.insertPlainText("Ffoniwch fi yn ôl")
    view.finish_editing()
    view.edit_item("n3")
    view.board_scene.editor._widget.insertPlainText(" — diolch")
    view.finish_editing()
    assert document.get(note_id).text == "Ffoniwch fi yn ôl"
    steps = stack.count()
    assert steps == 4
    edited = board_to_bytes(document.board())
    for _step in range(steps):
        stack.undo()
    assert board_to_bytes(document.board()) == original
    assert view.board_scene.graphics_item(note_id) is None
    for _step in range(steps):
        stack.redo()
    assert board_to_bytes(document.board()) == edited
    assert view.board_scene.graphics_item(note_id).record.text == "Ffoniwch fi yn ôl"


def test_a_connector_follows_its_end_during_the_drag(view, document):
    arrow = view.board_scene.graphics_item("e1")
    before = arrow.line()
    viewport = view.viewport()
    start, end = at(view, 300, 370), at(view, 700, 370)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for point in (start + QPoint(10, 0), end):
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(point),
            QPointF(viewport.mapToGlobal(point)),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(viewport, move)
    during = arrow.line()
    assert document.undo_stack.count() == 0
    assert during.p2().x() > before.p2().x() + 100
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert document.undo_stack.count() == 1


def test_editing_a_label_is_one_step(view, document):
    view.edit_item("l1")
    assert view.is_editing()
    view.board_scene.editor._widget.insertPlainText("!")
    view.finish_editing()
    assert document.get("l1").text == "Lift off!"
    assert document.undo_stack.undoText() == "Edit label text"


def test_space_drag_pans_without_selecting(view):
    before = view.map_to_scene(QPointF(500, 350))
    QApplication.sendEvent(
        view, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier)
    )
    drag(view, at(view, 80, 80), at(view, 80, 80) + QPoint(-120, -60))
    QApplication.sendEvent(
        view,
        QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier),
    )
    after = view.map_to_scene(QPointF(500, 350))
    assert (after.x() - before.x(), after.y() - before.y()) == (120, 60)
    assert view.board_scene.selected_ids() == []


def test_clicking_the_minimap_centres_the_view_there(view, qtbot):
    minimap = Minimap(view)
    minimap.show()
    minimap.grab()
    target = QPointF(minimap.width() / 2, minimap.height() / 2)
    QTest.mouseClick(minimap, Qt.MouseButton.LeftButton, pos=target.toPoint())
    centre = view.map_to_scene(QPointF(view.viewport().width() / 2, view.viewport().height() / 2))
    board = view.board_scene.board_rect().adjusted(-200, -200, 200, 200)
    assert abs(centre.x() - board.center().x()) < 20
    assert abs(centre.y() - board.center().y()) < 20
