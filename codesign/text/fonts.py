"""Text widths from the bundled faces' own metrics, without Qt.

Text the primary face draws whole (most notes: Latin, Welsh, Greek, Cyrillic) is measured from
`resources/fonts/widths.json`, reportlab's own advances of that face written out by
`tools/font_widths.py` (a test checks the table against the TTF). Parsing the TTF with reportlab
costs a noticeable moment, which used to fall on the first note laid out in a session; the
table loads in a few milliseconds. Any other text is split into the fallback chain's runs and
measured with reportlab, as HarfBuzz shapes it where the script is shaped (Arabic, Urdu,
Indic), so joined or conjunct forms take the width they are drawn at. Widths are measured at
size 1 and cached per word: layout is a few dictionary look-ups per word.
"""

from functools import lru_cache
from typing import Any

from codesign.text.font_chain import (
    BOLD_FONT,
    PLACEHOLDER,
    REGULAR_FONT,
    primary_widths,
    register_fonts,
)
from codesign.text.runs import Run, font_runs

__all__ = ["BOLD_FONT", "REGULAR_FONT", "register_fonts", "run_width", "text_width"]


def reportlab_widths(font: str) -> dict[str, Any]:
    """The table as reportlab reads it from the TTF (for tools/font_widths.py and its test)."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    face = pdfmetrics.getFont(font).face
    return {
        "default": face.defaultWidth,
        "widths": {str(code): width for code, width in sorted(face.charWidths.items())},
    }


@lru_cache(maxsize=200_000)
def _unit_width(text: str, bold: bool) -> float:
    widths, _default = primary_widths(BOLD_FONT if bold else REGULAR_FONT)
    if all(ord(character) in widths for character in text):
        return 0.001 * sum(widths[ord(character)] for character in text)
    register_fonts()
    return sum(run_width(run, 1.0) for run in font_runs(text, bold))


def run_width(run: Run, size: float) -> float:
    """Advance of one run at `size`: shaped advances where the script is shaped (reportlab and
    HarfBuzz load with the first text the primary face cannot draw alone)."""
    from reportlab.pdfbase import pdfmetrics

    if run.font is None:
        return pdfmetrics.stringWidth(PLACEHOLDER * len(run.text), REGULAR_FONT, size)
    if run.shaped:
        return _shaped_width(run.text, run.font) * size
    return pdfmetrics.stringWidth(run.visual(), run.font, size)


@lru_cache(maxsize=65_536)
def _shaped_width(text: str, font_name: str) -> float:
    import uharfbuzz
    from reportlab.pdfbase import pdfmetrics

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
