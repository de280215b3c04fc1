"""The bundled font's metrics, without Qt: the advance of every character, as reportlab reads
it from the TTF, kept in `resources/fonts/widths.json`.

Parsing the TTF with reportlab costs a noticeable moment, which used to fall on the first note
laid out in a session (the app's first frame, `codesign check`'s neighbours); the table loads
in a few milliseconds and gives exactly reportlab's widths (the sum of the characters' advances,
no kerning, as in Qt). `tools/font_widths.py` writes the table; a test checks it against the
TTF. Widths are measured at size 1 and cached per word: layout is then a few dictionary
look-ups per word, fast enough to lay out thousands of notes as they scroll into view.
"""

import json
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from codesign.resources import font_path, resource_root

REGULAR_FONT = "NotoSans"
BOLD_FONT = "NotoSans-Bold"


@cache
def register_fonts() -> None:
    """Make the bundled fonts known to reportlab (for embedding in PDFs)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(REGULAR_FONT, str(font_path(bold=False))))
    pdfmetrics.registerFont(TTFont(BOLD_FONT, str(font_path(bold=True))))
    pdfmetrics.registerFontFamily(REGULAR_FONT, normal=REGULAR_FONT, bold=BOLD_FONT)


def widths_file() -> Path:
    return resource_root() / "fonts" / "widths.json"


@cache
def _widths(font: str) -> tuple[dict[int, float], float]:
    with widths_file().open(encoding="utf-8") as stream:
        table = json.load(stream)[font]
    return {int(code): width for code, width in table["widths"].items()}, table["default"]


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
def _unit_width(text: str, font: str) -> float:
    """reportlab's own sum (`instanceStringWidthTTF`), from the table."""
    widths, default = _widths(font)
    get = widths.get
    return 0.001 * 1.0 * sum(get(ord(character), default) for character in text)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Advance width of `text` at `size`, in the same units as `size` (no kerning, as in Qt)."""
    return _unit_width(text, BOLD_FONT if bold else REGULAR_FONT) * size
