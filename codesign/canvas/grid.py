"""The dot grid behind the board: spacing adapts to the zoom, and the dots fade as you zoom out.

Dots are drawn in device pixels from a cached polygon (rebuilt only when the zoom or the view
size changes), shifted by the pan offset: panning costs one `drawPoints` call.
"""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from codesign.canvas import style

BASE_SPACING = 20.0
"""The snap grid, in canvas units; shown dots are this spacing times a power of two."""
MIN_PIXELS = 16.0


class DotGrid:
    def __init__(self) -> None:
        self._key: tuple[float, int, int] | None = None
        self._dots = QPolygonF()

    def paint(self, painter: QPainter, scene_rect: QRectF, zoom: float) -> None:
        spacing = BASE_SPACING
        while spacing * zoom < MIN_PIXELS:
            spacing *= 2
        step = spacing * zoom
        device = painter.worldTransform().mapRect(scene_rect)
        columns = int(device.width() / step) + 3
        rows = int(device.height() / step) + 3
        key = (round(step, 3), columns, rows)
        if key != self._key:
            self._key = key
            self._dots = QPolygonF(
                [QPointF(c * step, r * step) for r in range(rows) for c in range(columns)]
            )
        origin = painter.worldTransform().map(
            QPointF(
                (scene_rect.left() // spacing) * spacing, (scene_rect.top() // spacing) * spacing
            )
        )
        painter.save()
        painter.resetTransform()
        painter.translate(origin)
        pen = QPen(_dot_colour(zoom), 2.0 if zoom >= 0.5 else 1.6)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawPoints(self._dots)
        painter.restore()


def _dot_colour(zoom: float) -> QColor:
    colour = QColor(style.GRID_DOT)
    strength = min(1.0, max(0.0, (zoom - 0.02) / 0.5))
    colour.setAlpha(int(70 + 185 * strength))
    return colour
