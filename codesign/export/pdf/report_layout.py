"""The `report` layout: the record of the session.

A cover (what, when, who, how many, and a drawing of the whole board); a page per theme
cluster and per journey map, drawn as large as the page allows; the voting results; and an
appendix listing every note's text by theme, so nothing is lost when a drawing is too small
to read.
"""

import io

from reportlab.pdfgen.canvas import Canvas

from codesign.export.pdf.document import bookmark, new_canvas
from codesign.export.pdf.draw import draw_items
from codesign.export.pdf.draw.lines import text_line
from codesign.export.pdf.geometry import bounds, fit
from codesign.export.pdf.options import PdfOptions, Progress
from codesign.export.pdf.page_furniture import MARGIN, long_date
from codesign.export.pdf.report_flow import Flow
from codesign.export.pdf.report_lists import appendix, voting_results
from codesign.export.pdf.report_sections import section_pages
from codesign.export.pdf.scene import BoardFacts, Scene
from codesign.export.pdf.style import INK, MUTED, RULE, colour, counted
from codesign.model import Board, Cluster, Note
from codesign.model.kinds import groups_in_reading_order
from codesign.text import BOLD_FONT, REGULAR_FONT, layout_text
from codesign.text.catalogue import translate


def report_pages(board: Board, options: PdfOptions) -> int:
    """Counted by laying the report out for real (text length decides the list pages)."""
    canvas = new_canvas(io.BytesIO(), board, options.page_size, "")
    render_report(canvas, BoardFacts.of(board), options, None)
    return canvas.getPageNumber() - 1


def render_report(
    canvas: Canvas, facts: BoardFacts, options: PdfOptions, progress: Progress | None
) -> None:
    board = facts.board
    sections = groups_in_reading_order(board.items)
    total = 3 + len(sections)
    _cover(canvas, facts, options)
    for done, section in enumerate(sections, start=2):
        section_pages(canvas, facts, options, section)
        if progress:
            progress(done, total)
    flow = Flow(canvas, options.page_size, board.title)
    if board.rounds:
        voting_results(flow, facts)
    appendix(flow, facts)
    if progress:
        progress(total, total)


def _cover(canvas: Canvas, facts: BoardFacts, options: PdfOptions) -> None:
    board = facts.board
    width, height = options.page_size
    bookmark(canvas, board.title)
    room = width - 2 * MARGIN
    title = layout_text(board.title, room, float("inf"), 30.0, 30.0, True)
    text = canvas.beginText(MARGIN, height - MARGIN - 30)
    text.setFont(BOLD_FONT, 30, title.line_height)
    text.setFillColor(colour(INK))
    for line in title.lines:
        text_line(text, line)
    facts_line = " · ".join(
        part
        for part in (
            long_date(board.date),
            translate("report", "Facilitated by {name}").format(name=board.facilitator)
            if board.facilitator
            else "",
            counted(len(board.participants), "participant"),
            counted(sum(1 for _ in board.of_kind(Note)), "note"),
            counted(sum(1 for _ in board.of_kind(Cluster)), "theme"),
        )
        if part
    )
    text.setFont(REGULAR_FONT, 12, 18)
    text.setFillColor(colour(MUTED))
    text_line(text, facts_line)
    if board.description:
        text.setFillColor(colour(INK))
        text.setFont(REGULAR_FONT, 11, 15)
        for line in layout_text(board.description, room, float("inf"), 11.0, 11.0).lines:
            text_line(text, line)
    canvas.drawText(text)
    top = text.getY() - 12
    canvas.setStrokeColor(colour(RULE))
    canvas.setLineWidth(0.75)
    canvas.rect(MARGIN, MARGIN, room, top - MARGIN, stroke=1, fill=0)
    view = fit(bounds(board.items), (MARGIN + 6, MARGIN + 6, room - 12, top - MARGIN - 12))
    draw_items(Scene(canvas, view, facts), board.items)
    canvas.showPage()
