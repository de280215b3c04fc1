"""The central widget that shows the open board."""

from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from codesign.document import BoardDocument


def make_board_area(document: BoardDocument, parent: QWidget) -> QWidget:
    view = QGraphicsView(QGraphicsScene(parent), parent)
    view.setObjectName("BoardArea")
    view.setAccessibleName(parent.tr("Board: {title}").format(title=document.info.title))
    return view
