"""Continuous zoom (Ctrl+wheel, trackpad and touch pinch) at the cost of scaling pictures.

At rest every note on a view is a picture of itself at the view's exact zoom (sharp, blitted
on pans; `items.note_snapshots`). While a gesture runs, each note draws the picture it already has
stretched to the new zoom, so a step paints no text at all; a note that comes into view with
no picture yet shows as its colour. When no step has come for `SETTLE_MS`, the view repaints
once and every note on screen is pictured sharp at the zoom the gesture ended at.
"""

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QGraphicsView

SETTLE_MS = 150


class ZoomGesture(QObject):
    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view)
        self._view = view
        self.active = False
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.settle)

    def step(self) -> None:
        """Call before each change of zoom in a gesture: pictures are drawn scaled until the
        gesture settles."""
        self.active = True
        self._settle.start()

    def settle(self) -> None:
        """The gesture is over: every note on screen is drawn sharp at the zoom it ended at."""
        self._settle.stop()
        if self.active:
            self.active = False
            self._view.viewport().update()
