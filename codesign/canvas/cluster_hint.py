"""The outline that lights up round a theme while a dragged note hovers over it.

It answers "will it join?" before the button is let go, by the same rule the drop then applies
(`cluster_for_note`: the cluster under the note's centre), so the hint and the membership
never disagree. One overlay item, moved and recoloured, so hovering costs no scene rebuild.
"""

from collections.abc import Collection

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene

from codesign.canvas import style
from codesign.canvas.device_pixels import views_ratio
from codesign.canvas.items.base import LAYER_SPAN
from codesign.canvas.items.cluster import CORNER
from codesign.document import BoardDocument
from codesign.model import Cluster, Note
from codesign.model.clustering import cluster_for_note
from codesign.model.kinds import paint_layer

HINT_WIDTH = 6.0
"""Screen pixels: thick enough to see from the back of the room on a shared screen."""
_HINT_Z = (paint_layer("cluster") + 1) * LAYER_SPAN - 1
"""Above every cluster, below connectors and notes, so the note stays on top of the glow."""


class ClusterDropHint:
    def __init__(self, scene: QGraphicsScene, document: BoardDocument) -> None:
        self._scene = scene
        self._document = document
        self._outline: QGraphicsPathItem | None = None
        self.cluster_id: str | None = None
        """The cluster a drop would join now, or None."""

    def follow(self, note: Note, x: float, y: float, moving: Collection[str]) -> None:
        """Light the cluster a note at (x, y) would join; clusters being dragged never count."""
        clusters = [c for c in self._document.records_of(Cluster) if c.id not in moving]
        target = cluster_for_note(note.model_copy(update={"x": x, "y": y}), clusters)
        if target is None:
            self.clear()
            return
        self.cluster_id = target.id
        outline = self._outline_item()
        path = QPainterPath()
        path.addRoundedRect(QRectF(target.x, target.y, target.width, target.height), CORNER, CORNER)
        outline.setPath(path)
        ratio = views_ratio(self._scene)
        outline.setPen(QPen(style.edge_pen(target.colour, HINT_WIDTH, ratio)))
        outline.setBrush(style.tint(target.colour, 60))
        outline.show()

    def clear(self) -> None:
        self.cluster_id = None
        if self._outline is not None:
            self._outline.hide()

    def _outline_item(self) -> QGraphicsPathItem:
        if self._outline is None or self._outline.scene() is not self._scene:
            self._outline = QGraphicsPathItem()
            self._outline.setZValue(_HINT_Z)
            self._outline.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self._scene.addItem(self._outline)
        return self._outline
