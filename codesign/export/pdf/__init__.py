"""The board as a PDF graphic record: `board`, `poster` and `report` layouts, with the board
file embedded so the PDF can be turned back into an editable board.

Names load on first use: the options alone (paper sizes, layouts) cost no reportlab canvas.
"""

from typing import TYPE_CHECKING

from codesign.export.lazy import lazy_attributes

if TYPE_CHECKING:
    from codesign.export.pdf.options import LAYOUTS, PAPER_SIZES, Layout, PdfOptions, Progress
    from codesign.export.pdf.output import count_pages, export_pdf, pdf_bytes

__all__ = [
    "LAYOUTS",
    "PAPER_SIZES",
    "Layout",
    "PdfOptions",
    "Progress",
    "count_pages",
    "export_pdf",
    "pdf_bytes",
]

__getattr__ = lazy_attributes(
    __name__,
    {
        **dict.fromkeys(("LAYOUTS", "PAPER_SIZES", "Layout", "PdfOptions", "Progress"), ".options"),
        **dict.fromkeys(("count_pages", "export_pdf", "pdf_bytes"), ".output"),
    },
)
