"""Continuous zoom (Ctrl+wheel, trackpad and touch pinch) at the cost of scaling pictures.

At rest every note keeps a pixmap of itself at the view's exact zoom (sharp, blitted on pans),
so any change of zoom would paint every note on screen again in Python, text and all, at each
step of a pinch. While a gesture runs, the notes on screen switch to Qt's item-coordinate cache
instead: one picture per note, drawn scaled at each step with no Python paint (unsmoothed: a
bilinear scale of a screenful costs more than the frame). A note that comes into view
mid-gesture is pictured once, the same way. When no step has come for `SETTLE_MS`, the notes
return to the exact cache and draw sharp once.

The pictures are one pixel per canvas unit: Qt draws an item-coordinate cache of any other
size at the wrong size (a 60-pixel picture of a 100-unit item is drawn 60 units wide). They
live in QPixmapCache, whose limit is raised for the gesture to hold the notes pictured (at most
`MAX_GESTURE_CACHE_KB` more) and put back when it settles, so a pinch does not evict and
repaint its own pictures at every step.
"""

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView

from codesign.canvas.items import NoteItem

SETTLE_MS = 150
MAX_GESTURE_CACHE_KB = 96 * 1024

_SCALED = QGraphicsItem.CacheMode.ItemCoordinateCache
_EXACT = QGraphicsItem.CacheMode.DeviceCoordinateCache


class ZoomGesture(QObject):
    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view)
        self._view = view
        self._scaled: list[NoteItem] = []
        self._picture_kb = 0.0
        self._limit_at_rest: int | None = None
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.settle)

    def step(self) -> None:
        """Call before each change of zoom in a gesture: the notes on screen keep a picture
        of themselves and draw it scaled until the gesture settles."""
        view = self._view
        seen = view.mapToScene(view.viewport().rect()).boundingRect()
        for item in view.scene().items(seen, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
            if isinstance(item, NoteItem) and item.cacheMode() != _SCALED:
                item.setCacheMode(_SCALED)
                self._scaled.append(item)
                bounds = item.boundingRect()
                self._picture_kb += bounds.width() * bounds.height() * 4 / 1024
        if self._limit_at_rest is None:
            self._limit_at_rest = QPixmapCache.cacheLimit()
        wanted = self._limit_at_rest + min(MAX_GESTURE_CACHE_KB, int(self._picture_kb))
        if wanted > QPixmapCache.cacheLimit():
            QPixmapCache.setCacheLimit(wanted)
        self._settle.start()

    def settle(self) -> None:
        """The gesture is over: every note pictured for it draws sharp at the zoom it ended at."""
        self._settle.stop()
        for item in self._scaled:
            if shiboken6.isValid(item) and item.cacheMode() == _SCALED:
                item.setCacheMode(_EXACT)
        self._scaled.clear()
        self._picture_kb = 0.0
        if self._limit_at_rest is not None:
            QPixmapCache.setCacheLimit(self._limit_at_rest)
            self._limit_at_rest = None
