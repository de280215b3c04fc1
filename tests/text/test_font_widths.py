"""Text layout measures with the bundled width table: the same widths as reportlab reading
the TTF, and no TTF parsed (nor reportlab imported) to lay out a note."""

import subprocess
import sys

import pytest
from reportlab.pdfbase import pdfmetrics

from codesign.text import BOLD_FONT, REGULAR_FONT, font_chain, register_fonts, text_width
from codesign.text.font_chain import primary_widths
from codesign.text.fonts import reportlab_widths

SAMPLES = [
    "Plain English letters",
    "Croeso! Offer every meeting yn Gymraeg: ŵyr, ŷd, ffôn",
    "Tell it once — share my story across teams…",
    "",
]


@pytest.mark.parametrize("font", [REGULAR_FONT, BOLD_FONT])
def test_the_table_is_what_reportlab_reads_from_the_font(font):
    widths, default = primary_widths(font)
    fresh = reportlab_widths(font)
    assert default == fresh["default"]
    assert widths == {int(code): width for code, width in fresh["widths"].items()}


@pytest.mark.parametrize("bold", [False, True])
def test_the_faces_cover_is_the_tables_characters(bold):
    """Which characters the primary face draws is read from the table, not the TTF."""
    register_fonts()
    face = pdfmetrics.getFont(BOLD_FONT if bold else REGULAR_FONT).face
    assert font_chain._primary_cover(bold) == frozenset(face.charToGlyph)


@pytest.mark.parametrize("text", SAMPLES)
@pytest.mark.parametrize("bold", [False, True])
def test_widths_equal_reportlabs(text, bold):
    """Text the primary face draws whole comes from the table (emoji and CJK go through the
    fallback chain: tests/text/test_runs.py)."""
    register_fonts()
    font = BOLD_FONT if bold else REGULAR_FONT
    assert text_width(text, 12.5, bold) == pdfmetrics.stringWidth(text, font, 1.0) * 12.5


def test_laying_out_a_note_parses_no_font_file():
    script = (
        "import sys\n"
        "from codesign.text import layout_note_text\n"
        "layout_note_text('Letters arrive late and in English only', 160, 160)\n"
        "from codesign.text import drawable, missing_characters\n"
        "assert drawable('Theme: ŵyr') == 'Theme: ŵyr' and missing_characters('Croeso') == []\n"
        "print(sorted(m for m in sys.modules if m.startswith('reportlab')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]"
