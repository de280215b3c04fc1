"""Selection marks are for the facilitator's screen, not for the wall."""

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken

from codesign.canvas.items.base import PRESENTING_PROPERTY
from codesign.canvas.scene import BoardScene
from codesign.canvas.view import BoardView
from codesign.document import BoardDocument
from tests.boards import themed_board


def test_a_selected_item_shows_its_selection_everywhere_but_on_the_projector(qapp):
    scene = BoardScene(BoardDocument(themed_board()))
    scene.select_ids(["n1", "c1", "e1", "l1"])
    laptop, wall = QWidget(), QWidget()
    wall.setProperty(PRESENTING_PROPERTY, True)
    for item_id in ("n1", "c1", "e1", "l1"):
        item = scene.graphics_item(item_id)
        assert item.shows_selection(laptop)
        assert not item.shows_selection(wall)


def _two_views(qtbot, scene: BoardScene) -> tuple[BoardView, BoardView]:
    views = []
    for presenting in (False, True):
        view = BoardView(scene)
        qtbot.addWidget(view)
        view.viewport().setProperty(PRESENTING_PROPERTY, presenting)
        view.resize(500, 400)
        view.show()
        qtbot.waitExposed(view)
        view.reset_zoom()
        view.centerOn(QPointF(80, 80))
        views.append(view)
    return views[0], views[1]


def test_a_cached_note_draws_no_handle_on_the_wall(qtbot):
    """Notes are painted into a pixmap cache with no widget: the wall must still be known."""
    scene = BoardScene(BoardDocument(themed_board()))
    laptop, wall = _two_views(qtbot, scene)
    before = (laptop.viewport().grab().toImage(), wall.viewport().grab().toImage())
    scene.select_ids(["n1"])
    assert laptop.viewport().grab().toImage() != before[0]
    assert wall.viewport().grab().toImage() == before[1]


def test_a_second_view_outlives_the_view_that_owns_the_scene(qtbot):
    """Opening another board deletes the old laptop view and its scene, selection and all,
    while the wall's view of it may still be waiting to be deleted: no traceback then."""
    scene = BoardScene(BoardDocument(themed_board()))
    laptop = BoardView(scene)
    wall = BoardView(scene)
    qtbot.addWidget(wall)
    assert scene.parent() is laptop
    scene.select_ids(["n1"])
    laptop.deleteLater()
    qtbot.wait(20)
    assert not Shiboken.isValid(scene)  # gone, and the wall's view raised nothing about it
