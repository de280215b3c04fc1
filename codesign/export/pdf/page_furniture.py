"""What every page carries besides the board: a quiet heading line and the margins."""

import datetime

from reportlab.pdfgen.canvas import Canvas

from codesign.export.pdf.draw.lines import draw_string
from codesign.export.pdf.style import MUTED, RULE, colour
from codesign.text import BOLD_FONT, REGULAR_FONT
from codesign.text.catalogue import marked, translate

MONTHS = (
    marked("dates", "January"),
    marked("dates", "February"),
    marked("dates", "March"),
    marked("dates", "April"),
    marked("dates", "May"),
    marked("dates", "June"),
    marked("dates", "July"),
    marked("dates", "August"),
    marked("dates", "September"),
    marked("dates", "October"),
    marked("dates", "November"),
    marked("dates", "December"),
)
"""Written out in the export's language, whatever the computer's own locale is."""

MARGIN = 28.0
HEADING_SIZE = 13.0


def page_heading(canvas: Canvas, title: str, detail: str, width: float, height: float) -> float:
    """Title left, detail right, a hairline under them; returns the y where the body may start
    (`body_top`, known before the heading is drawn)."""
    baseline = height - MARGIN - HEADING_SIZE * 0.8
    canvas.setFillColor(colour("#1F1F1F"))
    canvas.setFont(BOLD_FONT, HEADING_SIZE)
    draw_string(canvas, MARGIN, baseline, title)
    if detail:
        canvas.setFillColor(colour(MUTED))
        canvas.setFont(REGULAR_FONT, HEADING_SIZE * 0.8)
        draw_string(canvas, width - MARGIN, baseline, detail, "right")
    rule = baseline - HEADING_SIZE * 0.6
    canvas.setStrokeColor(colour(RULE))
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, rule, width - MARGIN, rule)
    return body_top(height)


def body_top(height: float) -> float:
    """Where the body of a page with a heading starts: under the heading's hairline."""
    return height - MARGIN - HEADING_SIZE * 1.4 - 10


def long_date(date: datetime.date | None) -> str:
    """14 March 2026 (written out, so no reader mistakes the day for the month)."""
    return f"{date.day} {translate('dates', MONTHS[date.month - 1])} {date.year}" if date else ""
