"""Vote dots on the canvas: sticky dots in each voter's colour, stacked on a note's top corner.

Each note with dots gets one small child item, so the dots ride along with a dragged note and
the 10,000 notes without dots cost nothing. A dot is a solid circle in the voter's colour with
a white ring (it reads on every sticky tint), and a dark pill gives the total. While the tally
is hidden, only the current voter's own dots are drawn and no total, so early dots cannot sway
later voters but a voter can still see, and take back, their own.
"""

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from codesign.canvas import style
from codesign.canvas.items.text_paint import advance, draw_line
from codesign.canvas.tooltips import plain_tip

DOT = 26.0
"""Dot diameter in board units: a sixth of a note, big enough to tap with a finger."""
RING = 3.0
STEP = 17.0
"""Dots overlap like real stickers stacked on a corner."""
MAX_DRAWN = 9
"""More dots than this on one note are summed up by the total pill rather than drawn."""
PILL_SIZE = 15.0
RING_PEN = QPen(QColor("#FFFFFF"), RING)


class DrawnDot(NamedTuple):
    voter: str
    colour: str


class VoteDots(QGraphicsItem):
    """The dots on one note, hanging over its top edge from the right-hand corner."""

    def __init__(self, note_width: float) -> None:
        super().__init__()
        self.note_width = note_width
        self.dots: tuple[DrawnDot, ...] = ()
        self.total: int | None = None
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)

    def show_dots(self, note_width: float, dots: Sequence[DrawnDot], total: int | None) -> None:
        """`total` None hides the count (hidden tally); an empty `dots` draws nothing."""
        self.prepareGeometryChange()
        self.note_width = note_width
        self.dots = tuple(dots)
        self.total = total
        self.setToolTip(plain_tip(self._describe()))
        self.update()

    def _describe(self) -> str:
        if self.total is None:
            return ""
        return QCoreApplication.translate("canvas", "{count} votes").format(count=self.total)

    # --- geometry --------------------------------------------------------------------------

    def _pill_rect(self) -> QRectF:
        width = advance(str(self.total), PILL_SIZE, bold=True) + 14
        height = PILL_SIZE + 9
        return QRectF(self.note_width - width / 2, -height / 2, width, height)

    def dot_centres(self) -> list[QPointF]:
        """Right to left from the corner (or from the pill when the total shows)."""
        right = self.note_width - DOT / 2 - 4
        if self.total is not None:
            right = self._pill_rect().left() - DOT / 2 + 6
        return [QPointF(right - i * STEP, 0.0) for i in range(min(len(self.dots), MAX_DRAWN))]

    def dot_at(self, local: QPointF) -> DrawnDot | None:
        """The topmost drawn dot under a point (the one drawn last wins)."""
        radius = DOT / 2 + RING
        for dot, centre in reversed(list(zip(self.dots, self.dot_centres(), strict=False))):
            offset = local - centre
            if offset.x() ** 2 + offset.y() ** 2 <= radius**2:
                return dot
        return None

    def boundingRect(self) -> QRectF:
        rect = QRectF()
        for centre in self.dot_centres():
            half = DOT / 2 + RING
            rect = rect.united(QRectF(centre.x() - half, -half, 2 * half, 2 * half))
        if self.total is not None:
            rect = rect.united(self._pill_rect())
        return rect.adjusted(-2, -2, 2, 2)

    # --- painting --------------------------------------------------------------------------

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self.dots and self.total is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(RING_PEN)
        drawn = list(zip(self.dots, self.dot_centres(), strict=False))
        for dot, centre in reversed(drawn):
            painter.setBrush(style.fill_colour(dot.colour))
            painter.drawEllipse(centre, DOT / 2, DOT / 2)
        if self.total is not None:
            pill = self._pill_rect()
            painter.setPen(RING_PEN)
            painter.setBrush(style.BADGE_FILL)
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            origin = QPointF(pill.left() + 7, pill.bottom() - 6.5)
            draw_line(painter, str(self.total), origin, PILL_SIZE, style.BADGE_TEXT, bold=True)


def expand(counts: Iterable[tuple[str, str, int]]) -> list[DrawnDot]:
    """(voter, colour, count) rows as one drawn dot per placed dot, in the order placed."""
    return [DrawnDot(voter, colour) for voter, colour, count in counts for _ in range(count)]
