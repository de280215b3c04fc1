"""The smooth zoom to a frame that presentation mode and the projector share.

Zoom is interpolated in log space and the centre linearly, so going from the whole board to one
theme feels like a steady dive rather than a lurch at the end. A new request replaces the
running one from wherever the view is now: an animation never queues up or delays a keypress.
"""

import math

from PySide6.QtCore import QEasingCurve, QObject, QPointF, QRectF, QVariantAnimation

from codesign.canvas.fitting import centred_in, fit_in_free_area
from codesign.canvas.view import MAX_ZOOM, MIN_ZOOM, BoardView

DURATION_MS = 300
FRAME_MARGIN = 0.06
"""Share of the screen left around a frame so its edge is not cut by the projector's overscan."""
MAX_FRAME_ZOOM = 3.0
"""A single note presented alone would fill the wall; three times is large enough to read."""


def fitting_zoom(rect: QRectF, width: float, height: float) -> float:
    """The zoom at which `rect` fills a `width` x `height` viewport, less the margin."""
    if rect.isEmpty() or width <= 0 or height <= 0:
        return 1.0
    usable = 1.0 - 2 * FRAME_MARGIN
    zoom = min(width * usable / rect.width(), height * usable / rect.height())
    return min(max(zoom, MIN_ZOOM), min(MAX_FRAME_ZOOM, MAX_ZOOM))


def _frame_zoom(rect: QRectF, area: QRectF) -> float:
    return fitting_zoom(rect, area.width(), area.height())


class ViewAnimator(QObject):
    def __init__(self, view: BoardView, duration_ms: int = DURATION_MS) -> None:
        super().__init__(view)
        self.view = view
        self.target: QRectF | None = None
        self._from_zoom = 1.0
        self._to_zoom = 1.0
        self._from_centre = QPointF()
        self._to_centre = QPointF()
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(duration_ms)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.valueChanged.connect(self._on_value_changed)

    def is_running(self) -> bool:
        return self._animation.state() == QVariantAnimation.State.Running

    def animate_to(self, rect: QRectF, animated: bool = True) -> None:
        """Zoom and pan so `rect` fills the view clear of its shown overlays (the large timer's
        corner); `animated=False` jumps there at once."""
        self._animation.stop()
        self.target = QRectF(rect)
        viewport = self.view.viewport()
        self._from_zoom = self.view.zoom()
        self._to_zoom, area = fit_in_free_area(
            rect, QRectF(viewport.rect()), self.view.overlay_rects(), _frame_zoom, centred_in
        )
        self._from_centre = self.view.map_to_scene(QPointF(viewport.rect().center()))
        self._to_centre = rect.center() + self.view.free_area_shift(area) / self._to_zoom
        if animated and self._animation.duration() > 0:
            self._animation.start()
        else:
            self._on_value_changed(1.0)

    def finish(self) -> None:
        """Jump to the end of a running animation (used when the view is about to close)."""
        if self.is_running():
            self._animation.stop()
            self._on_value_changed(1.0)

    def stop(self) -> None:
        self._animation.stop()

    def _on_value_changed(self, value: float) -> None:
        t = float(value)
        zoom = math.exp(
            math.log(self._from_zoom) + (math.log(self._to_zoom) - math.log(self._from_zoom)) * t
        )
        centre = self._from_centre + (self._to_centre - self._from_centre) * t
        self.view.set_zoom(zoom)
        self.view.centerOn(centre)
