"""Running text for the report's lists (voting results, the appendix): wraps with the shared
layout and starts a new page, with its own outline entry, whenever the page is full."""

from reportlab.pdfgen.canvas import Canvas

from codesign.export.pdf.document import bookmark
from codesign.export.pdf.draw.lines import draw_string, text_line
from codesign.export.pdf.page_furniture import MARGIN, page_heading
from codesign.export.pdf.style import INK, MUTED, RULE, colour
from codesign.text import BOLD_FONT, REGULAR_FONT, layout_text
from codesign.text.catalogue import translate

BODY_SIZE = 10.5
RANK_COLUMN = 34.0
COUNT_COLUMN = 62.0


class Flow:
    def __init__(self, canvas: Canvas, page_size: tuple[float, float], detail: str) -> None:
        self.canvas = canvas
        self.width, self.height = page_size
        self.detail = detail
        self.section = ""
        self.y = 0.0

    def start_section(self, title: str) -> None:
        self.section = title
        self._new_page(title)

    def heading(self, text: str, size: float = 15.0) -> None:
        layout = layout_text(text, self.width - 2 * MARGIN, float("inf"), size, size, True)
        self._need(layout.height + size)
        self.y -= size * 0.6
        self._lines(layout.lines, MARGIN, size, layout.line_height, BOLD_FONT, INK)

    def paragraph(
        self, text: str, indent: float = 0.0, size: float = BODY_SIZE, ink: str = INK
    ) -> None:
        room = self.width - 2 * MARGIN - indent
        layout = layout_text(text or " ", room, float("inf"), size, size)
        self._need(layout.height + 2)
        self._lines(layout.lines, MARGIN + indent, size, layout.line_height, REGULAR_FONT, ink)
        self.y -= 2

    def entry(self, rank: str, count: str, text: str, detail: str) -> None:
        """One ranked line of a results table: rank, dots, the note's text and where it is."""
        indent = RANK_COLUMN + COUNT_COLUMN
        room = self.width - 2 * MARGIN - indent
        layout = layout_text(text or " ", room, float("inf"), BODY_SIZE, BODY_SIZE)
        self._need(layout.height + BODY_SIZE * 1.6)
        self.canvas.setStrokeColor(colour(RULE))
        self.canvas.setLineWidth(0.4)
        self.canvas.line(MARGIN, self.y, self.width - MARGIN, self.y)
        self.y -= 3
        top = self.y
        self.canvas.setFillColor(colour(INK))
        self.canvas.setFont(BOLD_FONT, BODY_SIZE)
        draw_string(self.canvas, MARGIN, top - BODY_SIZE, rank)
        draw_string(self.canvas, MARGIN + RANK_COLUMN, top - BODY_SIZE, count)
        self._lines(layout.lines, MARGIN + indent, BODY_SIZE, layout.line_height, REGULAR_FONT, INK)
        if detail:
            self._lines([detail], MARGIN + indent, 8.5, 11.0, REGULAR_FONT, MUTED)
        self.y -= 3

    def gap(self, points: float) -> None:
        self.y -= points

    def finish(self) -> None:
        self.canvas.showPage()

    def _lines(
        self,
        lines: tuple[str, ...] | list[str],
        left: float,
        size: float,
        leading: float,
        font: str,
        ink: str,
    ) -> None:
        text = self.canvas.beginText(left, self.y - size)
        text.setFont(font, size, leading)
        text.setFillColor(colour(ink))
        for line in lines:
            text_line(text, line)
        self.canvas.drawText(text)
        self.y -= leading * len(lines)

    def _need(self, height: float) -> None:
        if self.y - height < MARGIN:
            self.canvas.showPage()
            self._new_page(
                translate("report", "{section} (continued)").format(section=self.section)
            )

    def _new_page(self, title: str) -> None:
        bookmark(self.canvas, title)
        self.y = page_heading(self.canvas, title, self.detail, self.width, self.height) - 6
