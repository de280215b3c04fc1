"""The background behind the board: off-white with a dot grid that adapts to the zoom.

Dot spacing is the 20-unit snap grid times a power of two, so dots stay 16-32 px apart at any
zoom, and they fade as you zoom out. One row of background with its dots (one grid step high,
as wide as the view and a step more, at the screen's pixel ratio) is rendered when the zoom or
the view's width changes; a frame blits that row once per grid row it exposes, each at its own
exact offset. A step of a pinch thus costs a row of dots, not a screenful of pixels filled and
dotted, and a pan's strip blits only the rows it shows.
"""

from math import floor

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap

from codesign.canvas import style
from codesign.canvas.device_pixels import blank_pixmap, device_ratio, snapped

BASE_SPACING = 20.0
"""The snap grid, in canvas units; shown dots are this spacing times a power of two."""
MIN_PIXELS = 16.0


class DotGrid:
    def __init__(self) -> None:
        self._key: tuple[float, int, float] | None = None
        self._pixmap = QPixmap()
        """The row: background and one line of dots."""

    def paint(self, painter: QPainter, scene_rect: QRectF, zoom: float) -> None:
        spacing = BASE_SPACING
        while spacing * zoom < MIN_PIXELS:
            spacing *= 2
        step = spacing * zoom
        transform = painter.worldTransform()
        columns = int(painter.device().width() / step) + 3
        ratio = device_ratio(painter)
        key = (round(step, 4), columns, ratio)
        if key != self._key:
            self._key = key
            self._pixmap = _render_row(step, columns, zoom, ratio)
        first = QPointF(
            floor(scene_rect.left() / spacing) * spacing,
            floor(scene_rect.top() / spacing) * spacing,
        )
        origin = transform.map(first) - QPointF(step / 2, step / 2)
        bottom = transform.map(scene_rect.bottomLeft()).y()
        painter.save()
        painter.resetTransform()
        for index in range(int((bottom - origin.y()) / step) + 2):
            painter.drawPixmap(snapped(origin + QPointF(0.0, index * step), ratio), self._pixmap)
        painter.restore()


def _render_row(step: float, columns: int, zoom: float, ratio: float) -> QPixmap:
    """One grid row a whole number of device pixels high, so rows blitted on whole pixels
    leave no seam; each row's offset, not its height, keeps the spacing exact."""
    pixmap = blank_pixmap(columns * step + step, (floor(step * ratio) + 1) / ratio, ratio)
    pixmap.fill(style.BACKGROUND)
    painter = QPainter(pixmap)
    pen = QPen(_dot_colour(zoom), 2.0 if zoom >= 0.5 else 1.5)
    pen.setCapStyle(Qt.PenCapStyle.SquareCap)
    painter.setPen(pen)
    half = step / 2
    painter.drawPoints([QPointF(half + c * step, half) for c in range(columns)])
    painter.end()
    return pixmap


def _dot_colour(zoom: float) -> QColor:
    colour = QColor(style.GRID_DOT)
    strength = min(1.0, max(0.0, (zoom - 0.02) / 0.5))
    colour.setAlpha(int(70 + 185 * strength))
    return colour
