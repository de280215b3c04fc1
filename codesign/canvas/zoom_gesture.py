"""Continuous zoom (Ctrl+wheel, trackpad and touch pinch) at the cost of scaling pictures.

At rest every note keeps a pixmap of itself at the view's exact zoom (sharp, blitted on pans),
so any change of zoom would paint every note on screen again in Python, text and all, at each
step of a pinch. While a gesture runs, the notes on screen switch to Qt's item-coordinate cache
instead: one picture at the zoom the gesture started from, drawn scaled at each step with no
Python paint (and unsmoothed: a bilinear scale of a screenful costs more than the frame). A
note that comes into view mid-gesture is pictured once, the same way. When no step has come
for `SETTLE_MS`, the notes return to the exact cache and draw sharp once. QPixmapCache holds
the pictures, so its limit bounds them (see `SCREENFULS_CACHED` in view.py).
"""

import math

import shiboken6
from PySide6.QtCore import QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView

from codesign.canvas.items import NoteItem

SETTLE_MS = 150
MAX_RESOLUTION = 2.0
"""Device pixels per canvas unit of a gesture's pictures at most: a pinch that starts at 800 %
keeps pictures the size of a note at 200 %."""

_SCALED = QGraphicsItem.CacheMode.ItemCoordinateCache
_EXACT = QGraphicsItem.CacheMode.DeviceCoordinateCache


class ZoomGesture(QObject):
    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view)
        self._view = view
        self._scaled: list[NoteItem] = []
        self._resolution = 1.0
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.settle)

    def step(self) -> None:
        """Call before each change of zoom in a gesture: the notes on screen keep the picture
        they have at the zoom shown now."""
        view = self._view
        if not self._scaled:
            zoom = view.transform().m11()
            self._resolution = min(MAX_RESOLUTION, zoom) * view.devicePixelRatioF()
        seen = view.mapToScene(view.viewport().rect()).boundingRect()
        for item in view.scene().items(seen, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
            if isinstance(item, NoteItem) and item.cacheMode() != _SCALED:
                bounds = item.boundingRect()
                size = QSize(
                    max(1, math.ceil(bounds.width() * self._resolution)),
                    max(1, math.ceil(bounds.height() * self._resolution)),
                )
                item.setCacheMode(_SCALED, size)
                self._scaled.append(item)
        self._settle.start()

    def settle(self) -> None:
        """The gesture is over: every note pictured for it draws sharp at the zoom it ended at."""
        self._settle.stop()
        for item in self._scaled:
            if shiboken6.isValid(item) and item.cacheMode() == _SCALED:
                item.setCacheMode(_EXACT)
        self._scaled.clear()
