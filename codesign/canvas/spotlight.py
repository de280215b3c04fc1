"""The spotlight: everything on the board but one frame dimmed, so the room looks at that one.

A view draws it over the items (its foreground), so it needs nothing from the scene and each
view (laptop, projector) can light its own rect: one frame or theme in full colour, the rest
under a dark veil that still shows where it sits on the board.
"""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath

DIM = QColor(24, 24, 24, 170)
"""Dark enough that the lit frame is plainly the subject, light enough to see the board round it."""
LIT_MARGIN = 12.0
"""Canvas units of light round the frame, so its edge and shadow are not cut."""
LIT_CORNER = 14.0


def paint_spotlight(painter: QPainter, exposed: QRectF, lit: QRectF) -> None:
    """Veil `exposed` (scene coordinates) except for `lit`, with a rounded margin."""
    veil = QPainterPath()
    veil.setFillRule(Qt.FillRule.OddEvenFill)
    veil.addRect(exposed.united(lit).adjusted(-1, -1, 1, 1))
    hole = lit.adjusted(-LIT_MARGIN, -LIT_MARGIN, LIT_MARGIN, LIT_MARGIN)
    veil.addRoundedRect(hole, LIT_CORNER, LIT_CORNER)
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(DIM)
    painter.drawPath(veil)
    painter.restore()
