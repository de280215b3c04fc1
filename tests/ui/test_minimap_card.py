"""The minimap is an opaque card: a theme lying under the view's corner does not show
through its blank margin."""

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor

from codesign.canvas.minimap import Minimap
from codesign.document import BoardDocument
from codesign.model import Board, Cluster, Note
from tests.ui.conftest import make_window
from tests.ui.menus import choose


def test_nothing_shows_through_the_minimap(qtbot):
    board = Board(
        title="Under",
        items=(
            Note(id="n1", x=0, y=0),
            Cluster(
                id="c1",
                x=-20000,
                y=-20000,
                width=40000,
                height=40000,
                title="",
                colour="purple",
                members=("n1",),
            ),
        ),
    )
    window = make_window(qtbot, BoardDocument(board))
    if not window.actions["minimap"].isChecked():
        choose(window, "minimap")
    minimap = window.view.findChild(Minimap)
    qtbot.waitUntil(minimap.isVisible)
    image = window.view.viewport().grab().toImage()
    inside = minimap.mapTo(window.view.viewport(), QPoint(minimap.width() // 2, 3))
    ratio = image.devicePixelRatio()
    colour = QColor(image.pixel(int(inside.x() * ratio), int(inside.y() * ratio)))
    assert colour.name() == "#ffffff"


def test_a_small_window_hides_the_minimap_until_there_is_room_again(qtbot):
    window = make_window(qtbot, BoardDocument(Board(items=(Note(id="n1", x=0, y=0),))))
    if not window.actions["minimap"].isChecked():
        choose(window, "minimap")
    minimap = window.view.findChild(Minimap)
    qtbot.waitUntil(minimap.isVisible)
    window.resize(520, 380)
    qtbot.waitUntil(lambda: not minimap.isVisible())
    assert window.actions["minimap"].isChecked()
    window.resize(1200, 800)
    qtbot.waitUntil(minimap.isVisible)
    choose(window, "minimap")
    window.resize(1300, 850)
    qtbot.wait(50)
    assert not minimap.isVisible()
