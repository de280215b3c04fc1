"""A Codesign PDF back into its board: the board file embedded at export is read out with
pypdf and loaded like any board file, so the result is exactly the board that was exported."""

import io

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from codesign.export.errors import ImportFailed
from codesign.export.pdf.document import BOARD_SUFFIX
from codesign.model import Board
from codesign.storage import BoardFileError, parse_board


def board_from_pdf(data: bytes, source: str) -> Board:
    try:
        attachments = PdfReader(io.BytesIO(data)).attachments
        names = [name for name in attachments if name.endswith(BOARD_SUFFIX)]
        contents = attachments[names[0]] if names else []
    except (PyPdfError, ValueError, KeyError, TypeError) as error:
        raise ImportFailed(source, f"is not a readable PDF ({error})") from None
    if not contents:
        raise ImportFailed(
            source,
            "has no Codesign board inside (only PDFs exported by Codesign can be reopened)",
        )
    try:
        return parse_board(contents[0], f"{source} (embedded board)")
    except BoardFileError as error:
        raise ImportFailed(source, f"the embedded board is damaged: {error.problem}") from None
