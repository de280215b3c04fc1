"""The bundled font's metrics, read from the TTF itself with reportlab, without Qt.

Widths are measured at size 1 and cached per word: layout is then a few dictionary look-ups
per word, fast enough to lay out thousands of notes as they scroll into view.
"""

from functools import cache, lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from codesign.resources import font_path

REGULAR_FONT = "NotoSans"
BOLD_FONT = "NotoSans-Bold"


@cache
def register_fonts() -> None:
    """Make the bundled fonts known to reportlab (for metrics and for embedding in PDFs)."""
    pdfmetrics.registerFont(TTFont(REGULAR_FONT, str(font_path(bold=False))))
    pdfmetrics.registerFont(TTFont(BOLD_FONT, str(font_path(bold=True))))
    pdfmetrics.registerFontFamily(REGULAR_FONT, normal=REGULAR_FONT, bold=BOLD_FONT)


@lru_cache(maxsize=200_000)
def _unit_width(text: str, font: str) -> float:
    register_fonts()
    return pdfmetrics.stringWidth(text, font, 1.0)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Advance width of `text` at `size`, in the same units as `size` (no kerning, as in Qt)."""
    return _unit_width(text, BOLD_FONT if bold else REGULAR_FONT) * size
