"""Where a theme's title and its count pill go, so the title always shows whole.

The title wraps, and shrinks if it must, in the room above the notes beside the pill. When a
long title in a narrow theme needs more than that (or would be much smaller there than across
the whole width), the pill moves up to sit on the theme's top edge and the title takes the
whole width. Only a title too long even for that (a paragraph)
ends in an ellipsis; the Themes panel and the PDF still give it whole.
"""

from dataclasses import dataclass

from PySide6.QtCore import QRectF

from codesign.canvas.items.text_paint import advance, elide
from codesign.model.clustering import CLUSTER_PADDING, CLUSTER_TITLE_HEIGHT
from codesign.text import TextLayout, layout_text

TITLE_SIZE = 26.0
SMALLEST_TITLE = 14.0
TITLE_TOP = 12.0
TITLE_BAR = 56.0
"""The band at the top that takes a press even with a short title."""
TITLE_ROOM = CLUSTER_TITLE_HEIGHT + CLUSTER_PADDING - TITLE_TOP - 6.0
"""From the top margin down to just above where the theme's notes start."""
TITLE_LEFT = 16.0
PILL_SIZE = 14.0
PILL_HEIGHT = PILL_SIZE + 10.0
PILL_MARGIN = 12.0
PILL_GAP = 24.0
BIGGER_WIDE = 4.0
"""A title set this much larger across the whole width takes it, the pill moving up."""


@dataclass(frozen=True)
class TitleLayout:
    lines: tuple[str, ...]
    size: float
    line_height: float
    count: str
    pill: QRectF
    """The count pill, its right edge at 0: translate it by the theme's width."""

    def baselines(self) -> list[float]:
        first = TITLE_TOP + self.size
        return [first + index * self.line_height for index in range(len(self.lines))]

    @property
    def bottom(self) -> float:
        return TITLE_TOP + len(self.lines) * self.line_height


def lay_out_title(title: str, width: float, count: str) -> TitleLayout:
    pill_width = advance(count, PILL_SIZE, bold=True) + 16
    pill = QRectF(-pill_width - PILL_MARGIN, 14.0, pill_width, PILL_HEIGHT)
    room_width = width - pill_width - PILL_MARGIN - PILL_GAP - TITLE_LEFT
    layout = _fitted(title, room_width)
    wide = _fitted(title, width - 2 * TITLE_LEFT)
    beside = _shows_whole(layout, title, room_width)
    if not beside or wide.font_size >= layout.font_size + BIGGER_WIDE:
        room_width, layout = width - 2 * TITLE_LEFT, wide
        pill.moveTop(-PILL_HEIGHT / 2)
    lines = layout.lines
    room = max(1, int(TITLE_ROOM // layout.line_height))
    if len(lines) > room:
        last = elide(lines[room - 1].rstrip() + "…", layout.font_size, room_width, bold=True)
        lines = (*lines[: room - 1], last)
    return TitleLayout(lines, layout.font_size, layout.line_height, count, pill)


def _fitted(title: str, width: float) -> TextLayout:
    return layout_text(title, max(width, 1.0), TITLE_ROOM, TITLE_SIZE, SMALLEST_TITLE, bold=True)


def _shows_whole(layout: TextLayout, title: str, width: float) -> bool:
    """Every word within the width, none split between letters, none cut off."""
    return (
        not layout.overflows
        and " ".join(layout.lines).split() == title.split()
        and all(advance(line, layout.font_size, bold=True) <= width for line in layout.lines)
    )
