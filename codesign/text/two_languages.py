"""How a note that shows both of its languages lays out: the first text above, the second below
a thin rule, smaller, and (drawn) in italics, both at the largest size at which they fit.

The canvas and the PDF both lay such a note out here, so the two texts wrap alike on the wall
and on paper; like `layout_note_text`, it says when even the smallest size does not fit, so
the canvas can offer to grow the note instead of cutting a word off.
"""

from dataclasses import dataclass
from functools import lru_cache

from codesign.text.layout import (
    NOTE_MAX_FONT_SIZE,
    NOTE_MIN_FONT_SIZE,
    NOTE_PADDING,
    TextLayout,
    largest_fitting,
    lay_out_at,
)

SECOND_SCALE = 0.85
"""The second language's size against the first's: the same sentence, visibly the other one."""
RULE_GAP = 12.0
"""Canvas units between the two texts; the thin rule runs across the middle of the gap."""


@dataclass(frozen=True, slots=True)
class TwoTextLayout:
    first: TextLayout
    second: TextLayout
    overflows: bool

    @property
    def height(self) -> float:
        return self.first.height + RULE_GAP + self.second.height


def layout_two_note_texts(
    first: str, second: str, width: float, height: float, min_size: float = NOTE_MIN_FONT_SIZE
) -> TwoTextLayout:
    """Both texts inside a note's padding, the first at the largest size at which the pair
    fits (the second at SECOND_SCALE of it)."""
    return _layout(
        first,
        second,
        max(width - 2 * NOTE_PADDING, 1.0),
        max(height - 2 * NOTE_PADDING, 1.0),
        max(NOTE_MAX_FONT_SIZE, min_size),
        min_size,
    )


@lru_cache(maxsize=16_384)
def _layout(
    first: str, second: str, width: float, height: float, max_size: float, min_size: float
) -> TwoTextLayout:
    best = largest_fitting(lambda size: _at(first, second, width, size), height, max_size, min_size)
    if best is not None:
        return best
    smallest = _at(first, second, width, min_size)
    return TwoTextLayout(smallest.first, smallest.second, overflows=True)


def _at(first: str, second: str, width: float, size: float) -> TwoTextLayout:
    top = lay_out_at(first, width, size)
    bottom = lay_out_at(second, width, size * SECOND_SCALE)
    return TwoTextLayout(top, bottom, overflows=top.overflows or bottom.overflows)
