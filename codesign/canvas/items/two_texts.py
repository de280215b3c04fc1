"""A note showing both of its languages: the first text, a thin rule, the second in italics.

The layout is the shared `layout_two_note_texts` (the PDF draws the same lines), centred in the
note like a single text. The second text stays near-black for the projector's sake (VISUAL.md:
7:1 on every note colour); it is told apart by its italics, its smaller size and the rule.
"""

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from codesign.canvas import style
from codesign.canvas.items.text_paint import metrics
from codesign.text import NOTE_PADDING, TextLayout, drawable, layout_two_note_texts
from codesign.text.two_languages import RULE_GAP

RULE = QColor(0, 0, 0, 70)
RULE_SHARE = 0.4
"""The rule spans this share of the note's width, centred: a divider, not a border."""


SLANT = 0.2
"""The second text leans this much (as the PDF's does): the bundled font has no italic, and a
sheared painter keeps the advances the layout measured, where a synthesised italic font
would also lean the glyphs Qt caches for the upright text."""


def paint_two_texts(painter: QPainter, rect: QRectF, first: str, second: str) -> bool:
    """Both texts, centred as a block; False when even the smallest size does not fit, so
    the note shows its "…+" badge (which grows it) as a note in one language does."""
    layout = layout_two_note_texts(first, second, rect.width(), rect.height())
    painter.save()
    painter.setClipRect(rect)
    top = max(NOTE_PADDING, (rect.height() - layout.height) / 2)
    _paint_block(painter, rect, layout.first, top)
    rule_y = top + layout.first.height + RULE_GAP / 2
    half = rect.width() * RULE_SHARE / 2
    pen = QPen(RULE, 1.0)
    pen.setCosmetic(True)
    painter.setPen(pen)
    centre = rect.width() / 2
    painter.drawLine(QLineF(centre - half, rule_y, centre + half, rule_y))
    _paint_block(painter, rect, layout.second, rule_y + RULE_GAP / 2, SLANT)
    painter.restore()
    return not layout.overflows


def _paint_block(
    painter: QPainter, rect: QRectF, layout: TextLayout, top: float, slant: float = 0.0
) -> None:
    scale = layout.font_size / style.REFERENCE_PIXEL_SIZE
    font_metrics = metrics()
    painter.save()
    painter.setFont(style.canvas_font())
    painter.setPen(style.TEXT)
    painter.translate(rect.width() / 2, top + layout.line_height * 0.8)
    painter.scale(scale, scale)
    step = layout.line_height / scale
    for index, line in enumerate(layout.lines):
        shown = drawable(line)
        painter.save()
        painter.translate(0.0, index * step)
        if slant:
            painter.shear(-slant, 0.0)
        painter.drawText(QPointF(-font_metrics.horizontalAdvance(shown) / 2, 0.0), shown)
        painter.restore()
    painter.restore()
