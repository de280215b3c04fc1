"""Every item on the board can be reached from the keyboard, in reading order."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from codesign.canvas.keyboard_walk import step_from
from codesign.canvas.scene import BoardScene
from codesign.canvas.view import BoardView
from codesign.document import BoardDocument
from tests.boards import themed_board


def test_step_wraps_round_and_starts_at_either_end():
    order = ["a", "b", "c"]
    assert step_from(order, None, forward=True) == "a"
    assert step_from(order, None, forward=False) == "c"
    assert step_from(order, "c", forward=True) == "a"
    assert step_from(order, "a", forward=False) == "c"
    assert step_from([], None, forward=True) is None


def test_tab_walks_the_board_in_reading_order_and_shift_tab_walks_back(qtbot):
    view = BoardView(BoardScene(BoardDocument(themed_board())))
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    view.setFocus()
    visited = []
    for _ in range(9):
        QTest.keyClick(view, Qt.Key.Key_Tab)
        visited.extend(view.board_scene.selected_ids())
    assert sorted(set(visited)) == sorted(item.id for item in themed_board().items)
    assert visited.index("l1") < visited.index("n1") < visited.index("n3")
    QTest.keyClick(view, Qt.Key.Key_Backtab)
    assert view.board_scene.selected_ids() == [visited[-2]]


def test_a_screen_reader_hears_the_note_tab_landed_on(qtbot):
    view = BoardView(BoardScene(BoardDocument(themed_board())))
    qtbot.addWidget(view)
    view.show()
    view.board_scene.select_ids(["n1"])
    QTest.keyClick(view, Qt.Key.Key_Tab)
    [landed] = view.board_scene.selected_ids()
    assert view.accessibleDescription() == view.board_scene.graphics_item(landed).describe()
    assert view.accessibleDescription()
