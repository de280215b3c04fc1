"""A note's paper (soft shadow plus rounded body) rendered once per colour, size and zoom.

Antialiased rounded rectangles are the dearest thing a note paints (about 50 us each, three
per note). Every note of the same colour and size looks the same at a given zoom, so the
paper is drawn into a device-resolution pixmap once (at the screen's pixel ratio) and blitted
per note: panning a screen of notes then costs one blit each.
"""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap, QTransform

from codesign.canvas import style
from codesign.canvas.device_pixels import blank_pixmap, device_ratio, snapped
from codesign.canvas.pixmap_budget import PixmapBudget, pixmap_bytes

CORNER = 6.0
SHADOW_MARGIN = 6.0
PAPER_BUDGET = 16 * 1024 * 1024
"""Bytes of paper kept: every colour at a few zooms (a note's paper at 100 % is 180 KB)."""
PAPERS: PixmapBudget[tuple[str, float, float, float, float], QPixmap] = PixmapBudget(PAPER_BUDGET)


def paint_card(painter: QPainter, colour: str, rect: QRectF) -> bool:
    """Blit the paper for `rect`; False when the transform is not a plain scale (paint it)."""
    transform = painter.worldTransform()
    if transform.type().value > QTransform.TransformationType.TxScale.value:
        return False
    scale = transform.m11()
    if scale <= 0 or abs(transform.m22() - scale) > 1e-9:
        return False
    ratio = device_ratio(painter)
    key = (colour, rect.width(), rect.height(), round(scale, 4), ratio)
    pixmap = PAPERS.get(key)
    if pixmap is None:
        pixmap = _render(colour, rect.width(), rect.height(), scale, ratio)
        PAPERS.put(key, pixmap, pixmap_bytes(pixmap))
    corner = transform.map(QPointF(rect.left() - SHADOW_MARGIN, rect.top() - SHADOW_MARGIN))
    painter.save()
    painter.resetTransform()
    painter.drawPixmap(snapped(corner, ratio), pixmap)
    painter.restore()
    return True


def paint_paper(painter: QPainter, colour: str, rect: QRectF) -> None:
    """The paper drawn directly: shadow in two soft layers, then the body with a hairline."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.SHADOW_FAR)
    painter.drawRoundedRect(rect.adjusted(-1.0, 1.0, 1.0, 5.0), CORNER + 2, CORNER + 2)
    painter.setBrush(style.SHADOW)
    painter.drawRoundedRect(rect.adjusted(0.0, 1.0, 0.0, 2.0), CORNER, CORNER)
    painter.setPen(style.HAIRLINE)
    painter.setBrush(style.fill_brush(colour))
    painter.drawRoundedRect(rect, CORNER, CORNER)


def _render(colour: str, width: float, height: float, scale: float, ratio: float) -> QPixmap:
    pixmap = blank_pixmap(
        (width + 2 * SHADOW_MARGIN) * scale + 2, (height + 2 * SHADOW_MARGIN) * scale + 2, ratio
    )
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    painter.translate(SHADOW_MARGIN, SHADOW_MARGIN)
    paint_paper(painter, colour, QRectF(0.0, 0.0, width, height))
    painter.end()
    return pixmap
