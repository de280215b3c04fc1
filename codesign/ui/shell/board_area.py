"""The central widget that shows the open board: the canvas view with its minimap."""

from PySide6.QtWidgets import QWidget

from codesign.canvas.minimap import Minimap
from codesign.canvas.scene import BoardScene
from codesign.canvas.view import BoardView
from codesign.document import BoardDocument


def make_board_area(document: BoardDocument, parent: QWidget) -> BoardView:
    """The view (returned, for the window's actions) owns its scene and its minimap overlay."""
    view = BoardView(BoardScene(document), parent)
    view.setObjectName("BoardArea")
    Minimap(view)
    return view
