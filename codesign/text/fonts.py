"""Text widths from the bundled faces' own metrics, read with reportlab, without Qt.

Widths are measured at size 1 and cached per word: layout is then a few dictionary look-ups
per word, fast enough to lay out thousands of notes as they scroll into view. A word in a
script that is shaped (Arabic, Urdu, Indic) is measured as HarfBuzz shapes it, so its joined
or conjunct forms take the width they are drawn at.
"""

from functools import lru_cache

from reportlab.pdfbase import pdfmetrics

from codesign.text.font_chain import BOLD_FONT, PLACEHOLDER, REGULAR_FONT, register_fonts
from codesign.text.runs import Run, font_runs

try:
    import uharfbuzz
except ImportError:  # pragma: no cover - shaping is a declared dependency; widths still work
    uharfbuzz = None

__all__ = ["BOLD_FONT", "REGULAR_FONT", "register_fonts", "run_width", "text_width"]


@lru_cache(maxsize=200_000)
def _unit_width(text: str, bold: bool) -> float:
    register_fonts()
    return sum(run_width(run, 1.0) for run in font_runs(text, bold))


def run_width(run: Run, size: float) -> float:
    """Advance of one run at `size`: shaped advances where the script is shaped."""
    if run.font is None:
        return pdfmetrics.stringWidth(PLACEHOLDER * len(run.text), REGULAR_FONT, size)
    if run.shaped and uharfbuzz is not None:
        return _shaped_width(run.text, run.font) * size
    return pdfmetrics.stringWidth(run.text, run.font, size)


@lru_cache(maxsize=65_536)
def _shaped_width(text: str, font_name: str) -> float:
    font = pdfmetrics.getFont(font_name)
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    uharfbuzz.shape(font.hbFont(), buffer, {"kern": True, "liga": True})
    units = sum(position.x_advance for position in buffer.glyph_positions)
    return units / font.face.unitsPerEm


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Advance width of `text` at `size`, in the same units as `size` (no kerning, as in Qt)."""
    return _unit_width(text, bold) * size
