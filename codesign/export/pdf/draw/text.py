"""Writing laid-out lines as real PDF text: one text object per block, so it stays selectable,
searchable and in reading order, and costs one BT/ET pair rather than one per line."""

from collections.abc import Sequence

from reportlab.lib.colors import Color
from reportlab.pdfgen.textobject import PDFTextObject

from codesign.export.pdf.draw.lines import out_line, text_line
from codesign.export.pdf.geometry import View
from codesign.export.pdf.scene import Scene
from codesign.text import BOLD_FONT, REGULAR_FONT, TextLayout, text_width


def write_lines(
    scene: Scene,
    lines: Sequence[str],
    left: float,
    first_baseline: float,
    size: float,
    line_height: float,
    fill: Color,
    bold: bool = False,
) -> None:
    """Lines from canvas point (left, first_baseline) downwards, `line_height` apart."""
    view: View = scene.view
    text = scene.canvas.beginText(view.x(left), view.y(first_baseline))
    text.setFont(BOLD_FONT if bold else REGULAR_FONT, view.length(size), view.length(line_height))
    text.setFillColor(fill)
    for line in lines:
        text_line(text, line)
    scene.canvas.drawText(text)


def centred_block(
    scene: Scene,
    layout: TextLayout,
    left: float,
    width: float,
    top: float,
    fill: Color,
    slant: float = 0.0,
) -> PDFTextObject:
    """A note's lines centred on `left + width / 2`, as the canvas draws them, in one text
    object; the first baseline sits 0.8 of a line below `top`, as on the canvas. A `slant`
    shears each line into a synthesised oblique (the font has no italic)."""
    view = scene.view
    size, step = layout.font_size, layout.line_height
    centre = left + width / 2
    text = scene.canvas.beginText()
    text.setFont(REGULAR_FONT, view.length(size), view.length(step))
    text.setFillColor(fill)
    previous = 0.0
    for index, line in enumerate(layout.lines):
        start = centre - line_width(line, size) / 2
        if slant:
            baseline = top + step * (index + 0.8)
            text.setTextTransform(1, 0, slant, 1, view.x(start), view.y(baseline))
        elif index == 0:
            text.setTextOrigin(view.x(start), view.y(top + step * 0.8))
        else:
            text.moveCursor(view.length(start - previous), view.length(step))
        out_line(text, line)
        previous = start
    return text


def line_width(line: str, size: float) -> float:
    """Sum of the words' widths (cached per word) and the spaces: what `text_width(line)`
    gives, without measuring each distinct line afresh."""
    words = line.split(" ")
    space = text_width(" ", size)
    return sum(text_width(word, size) for word in words) + space * (len(words) - 1)
