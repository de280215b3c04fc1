"""A label takes a press on its words, not on the empty end of its box: the affinity
template's "Still to sort" spans the board, and a rubber band started beside its words used to
drag the label away instead (found by a play-tester)."""

from PySide6.QtCore import QPoint, QPointF

from codesign.document import BoardDocument
from codesign.model import Board, Label, Note
from tests.ui.conftest import drag, make_window

LABEL = Label(
    id="to-sort",
    x=0.0,
    y=0.0,
    width=2360.0,
    height=44.0,
    text="Still to sort",
    font_size=24.0,
    bold=True,
)
NOTES = tuple(Note(id=f"n{i}", x=600.0 + i * 180, y=80.0) for i in range(3))


def on_screen(window, point: QPointF) -> QPoint:
    return window.view.mapFromScene(point)


def test_a_rubber_band_can_start_beside_a_wide_labels_words(qtbot):
    window = make_window(qtbot, BoardDocument(Board(items=(LABEL, *NOTES))))
    window.view.centerOn(QPointF(800, 150))
    drag(window, on_screen(window, QPointF(560, 20)), on_screen(window, QPointF(1180, 300)))
    assert window.document.get("to-sort").x == 0.0
    assert set(window.view.board_scene.selected_ids()) == {"n0", "n1", "n2"}


def test_the_words_of_a_label_still_drag_it(qtbot):
    window = make_window(qtbot, BoardDocument(Board(items=(LABEL, *NOTES))))
    window.view.centerOn(QPointF(300, 150))
    drag(window, on_screen(window, QPointF(40, 20)), on_screen(window, QPointF(140, 120)))
    assert window.document.get("to-sort").x > 50
