"""Continuous zoom (Ctrl+wheel, trackpad and touch pinch) at the cost of scaling one picture.

At rest every note on a view is a picture of itself at the view's exact zoom (sharp, blitted
on pans; `items.note_snapshots`). When a gesture starts, the view takes one picture of what it
shows (its items, grid and spotlight, not the overlays on it); each step of the gesture draws
that picture stretched to the new zoom, so a step costs one scaled blit however many notes are
on screen. What the picture does not cover (zooming out, or a pinch that pans) is painted as
usual, each note stretching its own picture; once that is most of the screen, or the picture is
stretched to twice its size, the view takes a new picture of the frame. The stretch is smoothed
(about 2 ms a 1080p frame): unsmoothed, titles grow into blocks. When no step has come for
`SETTLE_MS`, the view repaints once and every note on screen is pictured sharp at the zoom the
gesture ended at.
"""

from PySide6.QtCore import QObject, QPoint, QRect, QRectF, QTimer
from PySide6.QtGui import QPainter, QPixmap, QRegion
from PySide6.QtWidgets import QGraphicsView, QWidget

SETTLE_MS = 150
RETAKE_BELOW = 0.6
"""Take a new picture once the last one covers less than this share of the viewport..."""
RETAKE_ABOVE = 2.0
"""...or is stretched to more than this many times its size (its pixels would show)."""
MOST_STRIPS = 8
"""An uncovered area in more pieces than this is painted as one rectangle round them."""


class ZoomGesture(QObject):
    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view)
        self._view = view
        self.active = False
        self._picture: QPixmap | None = None
        self._pictured = QRectF()
        """The board rect the picture shows."""
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.settle)

    def step(self) -> None:
        """Call before each change of zoom in a gesture: from the first, frames are the
        picture taken now, stretched, until the gesture settles."""
        if not self.active:
            self._take_picture()
        self.active = True
        self._settle.start()

    def settle(self) -> None:
        """The gesture is over: every note on screen is drawn sharp at the zoom it ended at."""
        self._settle.stop()
        self._picture = None
        if self.active:
            self.active = False
            self._view.viewport().update()

    def paint(self, region: QRegion) -> bool:
        """Paint `region` of the viewport from the gesture's picture, and the rest of it as
        usual; False when there is no gesture picture to paint from.

        The rest is rendered strip by strip through a painter clipped to each: the view's own
        paint would veil (the spotlight) and draw items beyond the strip it was asked for."""
        if not self.active or self._picture is None:
            return False
        view = self._view
        viewport = view.viewport()
        target = view.viewportTransform().mapRect(self._pictured)
        covered = QRegion(_inner(target))
        painter = QPainter(viewport)
        painter.setRenderHints(view.renderHints())
        for strip in _pieces(region.subtracted(covered)):
            painter.save()
            painter.setClipRect(strip)
            view.render(painter, QRectF(strip), strip)
            painter.restore()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setClipRegion(region.intersected(covered))
        painter.drawPixmap(target, self._picture, QRectF(self._picture.rect()))
        painter.end()
        visible = QRectF(viewport.rect())
        shown = target.intersected(visible)
        stretched = target.width() / max(1.0, self._picture.deviceIndependentSize().width())
        too_small = (
            shown.width() * shown.height() < RETAKE_BELOW * visible.width() * visible.height()
        )
        if too_small or stretched > RETAKE_ABOVE:
            QTimer.singleShot(0, self._retake)
        return True

    def _retake(self) -> None:
        if self.active:
            self._picture = None
            self._take_picture()

    def _take_picture(self) -> None:
        """What the viewport shows now, without the widgets laid over it (the minimap): with
        no picture yet, the frame rendered for it is painted as usual."""
        viewport: QWidget = self._view.viewport()
        if viewport.size().isEmpty():
            return
        ratio = viewport.devicePixelRatioF()
        picture = QPixmap(viewport.size() * ratio)
        picture.setDevicePixelRatio(ratio)
        viewport.render(picture, QPoint(), QRegion(), QWidget.RenderFlag.DrawWindowBackground)
        self._picture = picture
        to_board, _invertible = self._view.viewportTransform().inverted()
        self._pictured = to_board.mapRect(QRectF(viewport.rect()))


def _inner(rect: QRectF) -> QRect:
    """The whole pixels inside `rect`: a stretched picture's edge pixels are half empty."""
    return QRect(
        QPoint(int(rect.left()) + 1, int(rect.top()) + 1),
        QPoint(int(rect.right()) - 1, int(rect.bottom()) - 1),
    )


def _pieces(region: QRegion) -> list[QRect]:
    if region.isEmpty():
        return []
    if region.rectCount() > MOST_STRIPS:
        return [region.boundingRect()]
    return list(region)
