"""Cached pictures made at the screen's own resolution, so they stay sharp at 125-200 %.

A painter's world transform is in logical pixels: on a 200 % screen the device doubles it
again. A cache drawn at the world scale alone would be stretched to twice its size and blur,
so caches multiply in the device's pixel ratio, say so on the pixmap, and are blitted on whole
device pixels.
"""

from math import ceil

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QGraphicsScene


def device_ratio(painter: QPainter) -> float:
    """Device pixels per logical pixel of what `painter` draws on: 1.5 on a 150 % screen."""
    device = painter.device()
    return device.devicePixelRatioF() if device is not None else 1.0


def views_ratio(scene: QGraphicsScene) -> float:
    """The finest pixel ratio among the scene's views, for an overlay item's cosmetic pen: it
    is set once, not per paint, so it is drawn for the sharpest screen showing it."""
    return max((view.devicePixelRatioF() for view in scene.views()), default=1.0)


def blank_pixmap(width: float, height: float, ratio: float) -> QPixmap:
    """A transparent pixmap `width` by `height` logical pixels, at `ratio` device pixels each."""
    pixmap = QPixmap(max(1, ceil(width * ratio)), max(1, ceil(height * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap


def snapped(point: QPointF, ratio: float) -> QPointF:
    """The logical point on the nearest whole device pixel: a blit there is not resampled."""
    return QPointF(round(point.x() * ratio) / ratio, round(point.y() * ratio) / ratio)
