"""The background behind the board: off-white with a dot grid that adapts to the zoom.

Dot spacing is the 20-unit snap grid times a power of two, so dots stay 16-32 px apart at any
zoom, and they fade as you zoom out. The background with its dots is rendered once per zoom
and view size (at the screen's pixel ratio) into a pixmap one grid step larger than the view; a
frame then blits it at the pan offset, which costs about as little as filling the background.
"""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap

from codesign.canvas import style
from codesign.canvas.device_pixels import blank_pixmap, device_ratio, snapped

BASE_SPACING = 20.0
"""The snap grid, in canvas units; shown dots are this spacing times a power of two."""
MIN_PIXELS = 16.0


class DotGrid:
    def __init__(self) -> None:
        self._key: tuple[float, int, int, float] | None = None
        self._pixmap = QPixmap()

    def paint(self, painter: QPainter, scene_rect: QRectF, zoom: float) -> None:
        spacing = BASE_SPACING
        while spacing * zoom < MIN_PIXELS:
            spacing *= 2
        step = spacing * zoom
        transform = painter.worldTransform()
        device = painter.device()
        columns = int(device.width() / step) + 3
        rows = int(device.height() / step) + 3
        ratio = device_ratio(painter)
        key = (round(step, 4), columns, rows, ratio)
        if key != self._key:
            self._key = key
            self._pixmap = _render(step, columns, rows, zoom, ratio)
        first = QPointF(
            (scene_rect.left() // spacing) * spacing, (scene_rect.top() // spacing) * spacing
        )
        origin = transform.map(first) - QPointF(step / 2, step / 2)
        painter.save()
        painter.resetTransform()
        painter.drawPixmap(snapped(origin, ratio), self._pixmap)
        painter.restore()


def _render(step: float, columns: int, rows: int, zoom: float, ratio: float) -> QPixmap:
    pixmap = blank_pixmap(columns * step + step, rows * step + step, ratio)
    pixmap.fill(style.BACKGROUND)
    painter = QPainter(pixmap)
    pen = QPen(_dot_colour(zoom), 2.0 if zoom >= 0.5 else 1.5)
    pen.setCapStyle(Qt.PenCapStyle.SquareCap)
    painter.setPen(pen)
    half = step / 2
    painter.drawPoints([QPointF(half + c * step, half) for c in range(columns)])
    row = pixmap.copy(0, 0, pixmap.width(), int(step * ratio))
    for index in range(1, rows):
        painter.drawPixmap(snapped(QPointF(0, index * step), ratio), row)
    painter.end()
    return pixmap


def _dot_colour(zoom: float) -> QColor:
    colour = QColor(style.GRID_DOT)
    strength = min(1.0, max(0.0, (zoom - 0.02) / 0.5))
    colour.setAlpha(int(70 + 185 * strength))
    return colour
