"""The one function that decides how a note's text wraps and at what size.

The canvas draws these lines with the same bundled font, and the PDF exporter writes them,
so a note reads the same on the projector and in the printed record. When text will not fit
even at the smallest legible size, the layout says so (`overflows`), and the canvas offers to
grow the note: text is never silently cut.
"""

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Protocol, TypeVar

from codesign.text.fonts import text_width

NOTE_PADDING = 12.0
NOTE_MAX_FONT_SIZE = 24.0
NOTE_MIN_FONT_SIZE = 11.0
LINE_SPACING = 1.25
_SIZE_STEP = 0.5


@dataclass(frozen=True, slots=True)
class TextLayout:
    font_size: float
    line_height: float
    lines: tuple[str, ...]
    overflows: bool
    """True when the text does not fit the box even at the smallest allowed size (or, above
    the smallest size, when a word had to be split between letters to fit the width)."""

    @property
    def height(self) -> float:
        return self.line_height * len(self.lines)


def layout_note_text(
    text: str, width: float, height: float, min_size: float = NOTE_MIN_FONT_SIZE
) -> TextLayout:
    """A sticky note's text laid out inside its padding, as large as fits.

    A larger `min_size` is for a washed-out projector: legibility from the back of the room
    matters more there than fitting every word, so the text may overflow (and says so).
    """
    return layout_text(
        text,
        max(width - 2 * NOTE_PADDING, 1.0),
        max(height - 2 * NOTE_PADDING, 1.0),
        max(NOTE_MAX_FONT_SIZE, min_size),
        min_size,
    )


LABEL_MIN_FONT_SIZE = 10.0
"""A label (a heading on the board) shrinks to fit its box, down to this size at most."""


def layout_label_text(
    text: str, width: float, height: float, font_size: float, bold: bool
) -> TextLayout:
    """A label's text, at its own size or smaller to fit its box: the canvas and the PDF both
    lay labels out here, so a heading wraps the same on screen and on paper."""
    return layout_text(text, width, height, font_size, min(font_size, LABEL_MIN_FONT_SIZE), bold)


def largest_readable_size(text: str, width: float, height: float, lines: int) -> float:
    """The largest note text size that still shows `lines` lines and splits no word: the
    ceiling for the projector's larger text."""
    room = width - 2 * NOTE_PADDING
    most = (height - 2 * NOTE_PADDING) / (lines * LINE_SPACING)
    longest = max((text_width(word, 1.0) for word in text.split()), default=0.0)
    return min(most, room / longest) if longest > 0 else most


def visible_lines(layout: TextLayout, height: float) -> tuple[str, ...]:
    """The lines that fit a note of `height`; a cut ends in an ellipsis, never silently."""
    room = max(1, int((height - 2 * NOTE_PADDING) // layout.line_height))
    if len(layout.lines) <= room:
        return layout.lines
    return (*layout.lines[: room - 1], layout.lines[room - 1].rstrip() + "…")


class Fitting(Protocol):
    @property
    def height(self) -> float: ...

    @property
    def overflows(self) -> bool: ...


F = TypeVar("F", bound=Fitting)


def largest_fitting(
    lay_out: Callable[[float], F], height: float, max_size: float, min_size: float
) -> F | None:
    """The layout at the largest size, in steps of 0.5 from `max_size` down to `min_size`,
    that fits `height` without splitting a word; None when even the smallest does not. A
    binary search: the text gets no taller as the size shrinks."""
    low, high = 0, int((max_size - min_size) / _SIZE_STEP)
    best: F | None = None
    while low <= high:
        middle = (low + high) // 2
        candidate = lay_out(max_size - middle * _SIZE_STEP)
        if candidate.height <= height and not candidate.overflows:
            best = candidate
            high = middle - 1
        else:
            low = middle + 1
    return best


@lru_cache(maxsize=65_536)
def layout_text(
    text: str,
    width: float,
    height: float,
    max_size: float,
    min_size: float,
    bold: bool = False,
) -> TextLayout:
    """Largest size between `min_size` and `max_size` (in steps of 0.5) at which `text` fits."""
    best = largest_fitting(
        lambda size: lay_out_at(text, width, size, bold), height, max_size, min_size
    )
    if best is not None:
        return best
    smallest = lay_out_at(text, width, min_size, bold)
    overflows = smallest.height > height
    return TextLayout(smallest.font_size, smallest.line_height, smallest.lines, overflows)


def lay_out_at(text: str, width: float, size: float, bold: bool = False) -> TextLayout:
    """The text wrapped at one size; `overflows` when a word had to be split to fit."""
    lines: list[str] = []
    broke_words = False
    for paragraph in text.split("\n"):
        paragraph_lines, broke = _wrap(paragraph, width, size, bold)
        lines.extend(paragraph_lines)
        broke_words = broke_words or broke
    return TextLayout(size, size * LINE_SPACING, tuple(lines), overflows=broke_words)


def _wrap(paragraph: str, width: float, size: float, bold: bool) -> tuple[list[str], bool]:
    """Greedy word wrap; a word wider than the line is split between letters (and flagged)."""
    space = text_width(" ", size, bold)
    lines: list[str] = []
    current = ""
    current_width = 0.0
    broke = False
    for word in paragraph.split(" "):
        word_width = text_width(word, size, bold)
        if current and current_width + space + word_width <= width:
            current += " " + word
            current_width += space + word_width
            continue
        if current:
            lines.append(current)
        if word_width > width:
            pieces = _split_word(word, width, size, bold)
            broke = broke or not _between_wide(pieces)
            lines.extend(pieces[:-1])
            word = pieces[-1]
            word_width = text_width(word, size, bold)
        current, current_width = word, word_width
    lines.append(current)
    return lines, broke


def _between_wide(pieces: list[str]) -> bool:
    """True when every cut falls between two wide (Chinese, Japanese, Korean) characters,
    where a line may break without a space: such a cut is ordinary wrapping, not a split."""
    return all(
        _wide(before[-1]) and _wide(after[0])
        for before, after in pairwise(pieces)
        if before and after
    )


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def _split_word(word: str, width: float, size: float, bold: bool) -> list[str]:
    pieces: list[str] = []
    piece = ""
    for letter in word:
        if piece and text_width(piece + letter, size, bold) > width:
            pieces.append(piece)
            piece = letter
        else:
            piece += letter
    pieces.append(piece)
    return pieces
