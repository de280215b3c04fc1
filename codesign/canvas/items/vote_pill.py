"""The far-out form of a note's votes: one pill with a dot and the count, readable at any zoom.

At "fit board" a 26-unit dot is six pixels across: a room cannot count them from the back. So
below the zoom where dots are big enough to tell apart, a note's dots are drawn as one pill of
fixed screen size, right-aligned on the note's top-right corner and mostly above it, carrying
a dot in the voter's colour (so it still reads as votes) and the number. The sizes here are
screen pixels; callers pass `pixel`, the length of one screen pixel in board units.
"""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from codesign.canvas import style
from codesign.canvas.items.text_paint import advance, draw_line

FAR_ZOOM = 0.25
"""Below this zoom the scene's overview draws the notes (`scene.OVERVIEW_ZOOM`, held equal by a
test), so the pills are drawn by one scene-wide item (`FarVotes`) instead of each note's dots."""
DOTS_MIN_PIXELS = 14.0
"""A dot narrower than this on screen is drawn as the pill instead."""
PILL_PIXELS = 26.0
TEXT_PIXELS = 17.0
MARK_PIXELS = 12.0
"""The dot inside the pill."""
RING_PIXELS = 2.0
RISE = 0.75
"""Three quarters of the pill stand above the note's top edge, so it hides little of the text."""


def pill_rect(corner: QPointF, count: int, pixel: float) -> QRectF:
    """The pill for `count` votes on the note whose top-right corner is `corner`."""
    height = PILL_PIXELS * pixel
    width = advance(str(count), TEXT_PIXELS * pixel, bold=True) + (MARK_PIXELS + 6 + 2 * 8) * pixel
    return QRectF(corner.x() - width, corner.y() - height * RISE, width, height)


def paint_pill(
    painter: QPainter, corner: QPointF, count: int, colour: QColor, pixel: float
) -> None:
    """A dark pill ringed in white, a dot in `colour`, then the count in white."""
    pill = pill_rect(corner, count, pixel)
    radius = pill.height() / 2
    painter.setPen(QPen(QColor("#FFFFFF"), RING_PIXELS * pixel))
    painter.setBrush(style.BADGE_FILL)
    painter.drawRoundedRect(pill, radius, radius)
    mark = QPointF(pill.left() + (8 + MARK_PIXELS / 2) * pixel, pill.center().y())
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(mark, MARK_PIXELS / 2 * pixel, MARK_PIXELS / 2 * pixel)
    baseline = QPointF(
        pill.left() + (8 + MARK_PIXELS + 6) * pixel, pill.center().y() + TEXT_PIXELS * 0.36 * pixel
    )
    draw_line(painter, str(count), baseline, TEXT_PIXELS * pixel, style.BADGE_TEXT, bold=True)
