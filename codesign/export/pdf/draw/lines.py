"""Writing one line of any script into a PDF text object, run by run.

Each run goes out in its own face from the bundled chain; Arabic, Urdu and Indic runs are
shaped by HarfBuzz (through reportlab), right-to-left runs are laid out right to left, and a
character no face has is drawn as a visible placeholder. Shaped glyphs, reordered runs and
placeholders do not map back to characters one by one, so each such run is wrapped in an
ActualText span holding its characters: copying, searching and screen readers get the real
text. Like every glyph on the page, a right-to-left run's ActualText is in visual order
(characters reversed): readers put right-to-left text back into reading order themselves
(poppler's pdftotext, which reverses a logical ActualText, was the check).
"""

from functools import lru_cache

from reportlab.pdfbase.ttfonts import shapeStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from codesign.text import BOLD_FONT, PLACEHOLDER, REGULAR_FONT, Run, text_width, visual_runs


def out_line(text: PDFTextObject, line: str) -> None:
    """`line` at the text object's current point, in its current size; the cursor moves on.
    Bold text keeps the bold face for Latin; other scripts have regular faces only."""
    bold = text._fontname == BOLD_FONT
    runs = visual_runs(line, bold)
    base = BOLD_FONT if bold else REGULAR_FONT
    if len(runs) == 1 and runs[0].font == base and not runs[0].rtl:
        text.textOut(runs[0].visual())
        return
    size, leading = text._fontsize, text._leading
    code = text._code
    for run in runs:
        font = run.font or base
        if font != text._fontname:
            text.setFont(font, size, leading)
        glyphs = _operators(text, run, font)
        if run.shaped or run.font is None:
            spoken = run.visual() if run.rtl else run.text
            code.append(f"/Span <</ActualText <FEFF{spoken.encode('utf-16-be').hex()}>>> BDC")
            code.append(glyphs)
            code.append("EMC")
        else:
            code.append(glyphs)
    if text._fontname != base:
        text.setFont(base, size, leading)


def _operators(text: PDFTextObject, run: Run, font: str) -> str:
    """The PDF operators that show `run`, made once per document, face and size: a word
    recurs on many notes, and formatting shaped glyph positions is the slow part. They go
    straight into the text object: `textOut` would also measure the run to track a cursor
    that nothing here reads (lines are placed by `moveCursor`)."""
    made: dict = text._canvas.__dict__.setdefault("_codesign_runs", {})
    key = (run, font, text._fontsize, text._leading)
    found = made.get(key)
    if found is None:
        text._curSubset = -1
        found = made[key] = (text._formatText(_glyphs(run, font)), text._curSubset)
    text._curSubset = found[1]
    return found[0]


def _glyphs(run: Run, font: str) -> str:
    if run.font is None:
        return PLACEHOLDER * len(run.text)
    if run.shaped:
        return _shaped(run.text, font)
    return run.visual()


@lru_cache(maxsize=65_536)
def _shaped(text: str, font: str) -> str:
    """HarfBuzz's glyphs and positions for a run; they scale with the size, so one shaping
    serves every size the run is drawn at."""
    return shapeStr(text, font, 10.0)


def text_line(text: PDFTextObject, line: str) -> None:
    """`out_line`, then down to the start of the next line (reportlab's `textLine`)."""
    out_line(text, line)
    text.textLine("")


def draw_string(canvas: Canvas, x: float, y: float, line: str, align: str = "left") -> None:
    """`canvas.drawString` (or its centred and right variants, by `align`) for any script,
    in the canvas's current font and size."""
    font, size = canvas._fontname, canvas._fontsize
    width = text_width(line, size, font == BOLD_FONT)
    shift = {"left": 0.0, "centre": width / 2, "right": width}[align]
    text = canvas.beginText(x - shift, y)
    text.setFont(font, size, canvas._leading)
    out_line(text, line)
    canvas.drawText(text)
