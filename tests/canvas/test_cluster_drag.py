"""Clustering by drag with a real mouse: a note joins the theme it is dropped in, leaves the one
it is dragged out of, and a moved theme carries its notes, each drag one undo step."""

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.canvas.conftest import at, drag


def members(document, cluster_id):
    return document.get(cluster_id).members


def test_dropping_a_note_in_another_cluster_moves_its_membership(view, document):
    drag(view, at(view, 80, 80), at(view, 80, 470))
    assert "n1" not in members(document, "c1")
    assert members(document, "c2")[-1] == "n1"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert members(document, "c1") == ("n1", "n2")
    assert members(document, "c2") == ("n3", "n4")


def test_a_note_dropped_at_the_edge_grows_the_cluster_round_it(view, document):
    drag(view, at(view, 80, 80), at(view, 80, 560))
    note, cluster = document.get("n1"), document.get("c2")
    assert "n1" in cluster.members
    assert cluster.y + cluster.height >= note.y + note.height


def test_dragging_a_note_out_of_its_cluster_takes_it_out(view, document):
    drag(view, at(view, 260, 80), at(view, 760, 80))
    assert members(document, "c1") == ("n1",)
    assert all("n2" not in c.members for c in (document.get("c1"), document.get("c2")))


def test_moving_a_cluster_moves_its_notes_and_keeps_them(view, document):
    drag(view, at(view, 300, -40), at(view, 700, -40))
    assert document.get("c1").x == 380
    assert (document.get("n1").x, document.get("n2").x) == (400, 580)
    assert members(document, "c1") == ("n1", "n2")
    assert document.undo_stack.count() == 1


def test_the_cluster_under_a_dragged_note_lights_up_until_the_drop(view, document):
    viewport = view.viewport()
    hint = view.board_scene.gestures.drop_hint
    start = at(view, 80, 80)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for target, expected in ((at(view, 80, 480), "c2"), (at(view, 900, 480), None)):
        for step in range(1, 6):
            point = QPointF(start + (target - start) * step / 5)
            QApplication.sendEvent(
                viewport,
                QMouseEvent(
                    QEvent.Type.MouseMove,
                    point,
                    viewport.mapToGlobal(point),
                    Qt.MouseButton.NoButton,
                    Qt.MouseButton.LeftButton,
                    Qt.KeyboardModifier.NoModifier,
                ),
            )
        assert hint.cluster_id == expected
        start = target
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    assert hint.cluster_id is None
    assert all("n1" not in c.members for c in (document.get("c1"), document.get("c2")))
