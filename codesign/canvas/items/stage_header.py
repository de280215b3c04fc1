"""A journey map's stage header: its name on one line, or, on a bilingual board showing both
languages, the two names on two lines (the second in the regular weight), each at the largest
size that fits the stage's width, so neither is cut short where one line would have to be."""

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainter

from codesign.canvas import style
from codesign.canvas.items.text_paint import advance, draw_line, elide
from codesign.model.bilingual import ShownText
from codesign.model.journey_geometry import STAGE_HEADER_HEIGHT

STAGE_SIZE = 30.0
MIN_STAGE_SIZE = 28.0
FIRST_SIZE, SECOND_SIZE = 22.0, 19.0
"""Two names share the header's 56 units: 22 and 19 leave a gap between them and below."""
SMALLEST_OF_TWO = 11.0
INSET = 12.0


def paint_stage_header(
    painter: QPainter, shown: tuple[ShownText, ...], left: float, top: float, width: float
) -> None:
    room = width - 2 * INSET
    if len(shown) == 1:
        size = fitting_size(shown[0].text, room, STAGE_SIZE, MIN_STAGE_SIZE)
        name = elide(shown[0].text, size, room, bold=True)
        baseline = QPointF(left + INSET, top + (STAGE_HEADER_HEIGHT + size * 0.7) / 2)
        draw_line(painter, name, baseline, size, style.TEXT, True)
        return
    first, second = shown[0].text, shown[1].text
    size = fitting_size(first, room, FIRST_SIZE, SMALLEST_OF_TWO, bold=True)
    draw_line(
        painter, elide(first, size, room, True), QPointF(left + INSET, top + 25), size,
        style.TEXT, True,
    )  # fmt: skip
    size = fitting_size(second, room, SECOND_SIZE, SMALLEST_OF_TWO, bold=False)
    draw_line(painter, elide(second, size, room), QPointF(left + INSET, top + 47), size, style.TEXT)


def fitting_size(
    text: str, width: float, largest: float, smallest: float, bold: bool = True
) -> float:
    """The largest size (down to `smallest`) at which `text` fits `width` on one line."""
    natural = advance(text, largest, bold=bold)
    return largest if natural <= width else max(smallest, largest * width / natural)
