"""Vote dots on the canvas: sticky dots in each voter's colour, stacked on a note's top corner.

Each note with dots gets one small child item, so the dots ride along with a dragged note and
the 10,000 notes without dots cost nothing. A dot is a solid circle in the voter's colour with
a white ring (it reads on every sticky tint), and a dark pill gives the total. While the tally
is hidden, only the current voter's own dots are drawn and no total, so early dots cannot sway
later voters but a voter can still see, and take back, their own. Zoomed out until a dot is
too small to count, the dots become one pill with the count (`vote_pill`).
"""

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from codesign.canvas import style
from codesign.canvas.items.text_paint import advance, draw_line
from codesign.canvas.items.vote_pill import DOTS_MIN_PIXELS, FAR_ZOOM, paint_pill, pill_rect
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

    def show_dots(
        self,
        note_width: float,
        dots: Sequence[DrawnDot],
        total: int | None,
        reworded: bool = False,
    ) -> None:
        """`total` None hides the count (hidden tally); an empty `dots` draws nothing. The same
        dots again repaint nothing, unless the window's language changed (`reworded`, for the
        tooltip): a tap redraws the tapped note's dots, not every note's."""
        dots = tuple(dots)
        if not reworded and (note_width, dots, total) == (self.note_width, self.dots, self.total):
            return
        self.prepareGeometryChange()
        self.note_width = note_width
        self.dots = dots
        self.total = total
        self.setToolTip(plain_tip(self._describe()))
        self.update()

    def _describe(self) -> str:
        if self.total is None:
            return ""
        return QCoreApplication.translate("canvas", "%n vote(s)", "", self.total)

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

    def count(self) -> int:
        """The number the far-out pill shows: the total, or while it is hidden, the dots the
        current voter can see (their own)."""
        return self.total if self.total is not None else len(self.dots)

    def mark_colour(self) -> QColor:
        """The far-out pill's dot: the first voter's colour, so it still reads as a vote."""
        return style.fill_colour(self.dots[0].colour) if self.dots else style.BADGE_FILL

    def _near_rect(self) -> QRectF:
        rect = QRectF()
        for centre in self.dot_centres():
            half = DOT / 2 + RING
            rect = rect.united(QRectF(centre.x() - half, -half, 2 * half, 2 * half))
        if self.total is not None:
            rect = rect.united(self._pill_rect())
        return rect

    def boundingRect(self) -> QRectF:
        """Room for the dots and for the far-out pill at its largest (just above FAR_ZOOM)."""
        if not self.dots and self.total is None:
            return QRectF()
        corner = QPointF(self.note_width, 0.0)
        far = pill_rect(corner, self.count(), 1.0 / FAR_ZOOM)
        return self._near_rect().united(far).adjusted(-RING, -RING, RING, RING)

    def shape(self) -> QPainterPath:
        """The dots and the total as drawn near in: what a tap on a dot finds."""
        path = QPainterPath()
        path.addRect(self._near_rect())
        return path

    # --- painting --------------------------------------------------------------------------

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self.dots and self.total is None:
            return
        scale = option.levelOfDetailFromTransform(painter.worldTransform())
        if scale < FAR_ZOOM:
            return  # the scene's FarVotes draws the pill, as it does when notes are hidden
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if DOT * scale < DOTS_MIN_PIXELS:
            corner = QPointF(self.note_width, 0.0)
            paint_pill(painter, corner, self.count(), self.mark_colour(), 1.0 / scale)
            return
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
