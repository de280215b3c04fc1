"""Writing the PDF: picks the layout's page count and renderer, embeds the board file."""

import io
from collections.abc import Callable
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from codesign.export.anonymise import anonymise
from codesign.export.errors import ExportFailed
from codesign.export.pdf.board_layout import board_pages, render_board
from codesign.export.pdf.document import embed_board, new_canvas
from codesign.export.pdf.options import PdfOptions, Progress
from codesign.export.pdf.poster_layout import poster_pages, render_poster
from codesign.export.pdf.report_layout import render_report, report_pages
from codesign.export.pdf.scene import BoardFacts
from codesign.model import Board
from codesign.storage import BoardFileError, atomic_write
from codesign.text.catalogue import speaking

Renderer = Callable[[Canvas, BoardFacts, PdfOptions, Progress | None], None]

_LAYOUTS: dict[str, tuple[Callable[[Board, PdfOptions], int], Renderer, str]] = {
    "board": (board_pages, render_board, "The whole board"),
    "poster": (poster_pages, render_poster, "A tiled poster of the board"),
    "report": (report_pages, render_report, "The record of the session"),
}


def pdf_bytes(
    board: Board, options: PdfOptions, progress: Progress | None = None, embed: bool = True
) -> bytes:
    """The finished PDF in memory; names are left out first when `options.anonymous`."""
    if options.anonymous:
        board = anonymise(board)
    _pages, render, subject = _LAYOUTS[options.layout]
    stream = io.BytesIO()
    with speaking(options.language):
        canvas = new_canvas(stream, board, options.page_size, _subject(board, subject))
        render(canvas, BoardFacts.of(board), options, progress)
    if embed:
        embed_board(canvas, board)
    canvas.save()
    return stream.getvalue()


def export_pdf(
    board: Board, path: Path | str, options: PdfOptions, progress: Progress | None = None
) -> None:
    """Write the PDF all at once: a failure leaves any file already at `path` as it was."""
    data = pdf_bytes(board, options, progress)
    try:
        atomic_write(Path(path), data, keep_backup=False)
    except BoardFileError as error:
        raise ExportFailed(path, error.problem) from None


def count_pages(board: Board, options: PdfOptions) -> int:
    """How many pages the export will have, for the dialog's preview."""
    pages, _render, _subject_text = _LAYOUTS[options.layout]
    with speaking(options.language):
        return pages(board, options)


def _subject(board: Board, layout: str) -> str:
    detail = f": {board.description}" if board.description else ""
    return f"{layout} from a Codesign co-design workshop{detail}"
