"""Drawing a line of text with the canvas font at any size (the font is scaled, not resized)."""

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from codesign.canvas import style
from codesign.text import drawable

_METRICS: dict[bool, QFontMetricsF] = {}


def metrics(bold: bool = False) -> QFontMetricsF:
    found = _METRICS.get(bold)
    if found is None:
        found = _METRICS[bold] = QFontMetricsF(style.canvas_font(bold))
    return found


def advance(text: str, size: float, bold: bool = False) -> float:
    """Width of `text` at `size` canvas units."""
    return metrics(bold).horizontalAdvance(drawable(text, bold)) * size / style.REFERENCE_PIXEL_SIZE


def draw_line(
    painter: QPainter,
    text: str,
    baseline_left: QPointF,
    size: float,
    colour: QColor,
    bold: bool = False,
) -> None:
    scale = size / style.REFERENCE_PIXEL_SIZE
    painter.save()
    painter.setFont(style.canvas_font(bold))
    painter.setPen(colour)
    painter.translate(baseline_left)
    painter.scale(scale, scale)
    painter.drawText(QPointF(0.0, 0.0), drawable(text, bold))
    painter.restore()


def elide(text: str, size: float, width: float, bold: bool = False) -> str:
    """`text` cut with an ellipsis to fit `width`, for titles drawn on one line."""
    if advance(text, size, bold) <= width:
        return text
    while text and advance(text + "…", size, bold) > width:
        text = text[:-1]
    return text + "…"
