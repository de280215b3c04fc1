"""Selection marks are for the facilitator's screen, not for the wall."""

from PySide6.QtWidgets import QWidget

from codesign.canvas.items.base import PRESENTING_PROPERTY
from codesign.canvas.scene import BoardScene
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
