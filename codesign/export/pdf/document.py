"""The PDF file around the drawing: metadata, outline entries and the embedded board file.

The board file rides inside every PDF as an attachment, so whoever receives only the PDF can
reopen the board and keep working (`codesign import record.pdf`). reportlab has no public call
for attachments, so the EmbeddedFiles name tree is added to its catalog directly; the tests
read it back with pypdf to keep that honest.
"""

from typing import BinaryIO

from reportlab import rl_config
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFStream,
    PDFString,
    PDFZCompress,
)
from reportlab.pdfgen.canvas import Canvas

from codesign.export.bilingual import LANGUAGE_TAGS
from codesign.export.pdf.unicode_map import use_utf16_cmaps
from codesign.model import Board
from codesign.storage import board_to_bytes
from codesign.storage.container import container_bytes
from codesign.storage.file_names import board_file_name
from codesign.storage.media import media_store
from codesign.storage.save import pictures_in
from codesign.text import REGULAR_FONT, register_fonts
from codesign.text.catalogue import language


def new_canvas(
    stream: BinaryIO, board: Board, page_size: tuple[float, float], subject: str
) -> Canvas:
    register_fonts()
    use_utf16_cmaps()
    # PDF is binary-safe; ASCII85 only makes page streams a quarter larger and, in pure Python,
    # costs seconds on a 10,000-note page. reportlab reads this setting when a page is written.
    rl_config.useA85 = 0
    canvas = Canvas(
        stream,
        pagesize=page_size,
        pageCompression=1,
        invariant=1,
        initialFontName=REGULAR_FONT,
        initialFontSize=12,
        lang=LANGUAGE_TAGS.get(language(), "en-GB"),
    )
    canvas.setTitle(board.title)
    canvas.setAuthor(board.facilitator or "Codesign")
    canvas.setSubject(subject)
    canvas.setCreator("Codesign")
    canvas.setKeywords(["co-design", "workshop", "graphic record"])
    canvas.showOutline()
    return canvas


def attachment_name(board: Board) -> str:
    return board_file_name(board.title)


def embed_board(canvas: Canvas, board: Board) -> None:
    """Attach the board's file bytes as `save_board` would write them: with pictures, the
    zip of the board and its pictures, stored as it is (the photos in it are compressed
    already, and a PDF reader's inflate limit would stop a board of many photos)."""
    data = board_to_bytes(board)
    store = media_store()
    pictures = [m for digest in pictures_in(board.items) if (m := store.get(digest)) is not None]
    if pictures:
        data = container_bytes(data, pictures)
    name = attachment_name(board)
    document = canvas._doc
    stream = PDFStream(
        PDFDictionary(
            {
                "Type": PDFName("EmbeddedFile"),
                "Params": PDFDictionary({"Size": len(data)}),
            }
        ),
        content=data,
        filters=[] if pictures else [PDFZCompress],
    )
    spec = PDFDictionary(
        {
            "Type": PDFName("Filespec"),
            "F": PDFString(name),
            "UF": PDFString(name),
            "Desc": PDFString("The Codesign board this record was made from"),
            "EF": PDFDictionary({"F": document.Reference(stream)}),
        }
    )
    names = PDFArray([PDFString(name), document.Reference(spec)])
    document.Catalog.Names = PDFDictionary({"EmbeddedFiles": PDFDictionary({"Names": names})})


def bookmark(canvas: Canvas, title: str) -> None:
    """An outline entry for the current page, so every page is one click away."""
    key = f"page-{canvas.getPageNumber()}"
    canvas.bookmarkPage(key)
    canvas.addOutlineEntry(title, key, level=0)
