"""Drawing an empty theme: after "Draw empty theme", the next drag on the board outlines it.

A plain click (no drag) makes a theme of the usual size there instead, so a facilitator at a
touchscreen never has to draw precisely. Free notes the new theme covers join it, in the same
step. It takes over only the one gesture, then hands the board back to the usual gestures.
"""

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsSceneMouseEvent

from codesign.canvas import style
from codesign.canvas.device_pixels import views_ratio
from codesign.canvas.scene import BoardScene
from codesign.commands.clusters import add_cluster
from codesign.model.clustering import MIN_CLUSTER_HEIGHT, MIN_CLUSTER_WIDTH, Rect

DEFAULT_SIZE = (480.0, 320.0)
"""A click without a drag gives room for about four notes under the title bar."""
MIN_DRAG = 40.0


class ClusterDrawing(QObject):
    drawn = Signal(str)
    """The id of the theme just made, for the window to open its title for typing."""

    def __init__(self, scene: BoardScene, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.armed = False
        self._start: QPointF | None = None
        self._outline: QGraphicsRectItem | None = None
        scene.installEventFilter(self)

    def arm(self) -> None:
        self.armed = True
        self.scene.clearSelection()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.armed or not isinstance(event, QGraphicsSceneMouseEvent):
            return False
        kind = event.type()
        if kind == QEvent.Type.GraphicsSceneMousePress:
            if event.button() != Qt.MouseButton.LeftButton:
                self.disarm()
                return False
            self._start = event.scenePos()
            self._outline = QGraphicsRectItem(QRectF(self._start, self._start))
            pen = QPen(style.SELECTION, 2 * views_ratio(self.scene), Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            self._outline.setPen(pen)
            self._outline.setZValue(10_000_000)
            self.scene.addItem(self._outline)
        elif kind == QEvent.Type.GraphicsSceneMouseMove and self._start is not None:
            self._outline.setRect(QRectF(self._start, event.scenePos()).normalized())
        elif kind == QEvent.Type.GraphicsSceneMouseRelease and self._start is not None:
            self._finish(QRectF(self._start, event.scenePos()).normalized())
        else:
            return kind == QEvent.Type.GraphicsSceneMouseDoubleClick
        event.accept()
        return True

    def _finish(self, rect: QRectF) -> None:
        if rect.width() < MIN_DRAG and rect.height() < MIN_DRAG:
            width, height = DEFAULT_SIZE
            rect = QRectF(rect.x() - width / 2, rect.y() - height / 2, width, height)
        shape = Rect(
            rect.x(),
            rect.y(),
            max(MIN_CLUSTER_WIDTH, rect.width()),
            max(MIN_CLUSTER_HEIGHT, rect.height()),
        )
        self.disarm()
        cluster_id = add_cluster(self.scene.document, shape).made_id
        if cluster_id is not None:
            self.scene.select_ids([cluster_id])
            self.drawn.emit(cluster_id)

    def disarm(self) -> None:
        self.armed = False
        self._start = None
        if self._outline is not None:
            self.scene.removeItem(self._outline)
            self._outline = None
