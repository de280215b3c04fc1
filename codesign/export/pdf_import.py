"""A Codesign PDF back into its board: the board file embedded at export is read out with
pypdf and loaded like any board file, so the result is exactly the board that was exported.
A board with pictures rides as its zip (board and pictures), read with the same bounds as a
board file: at most 1 GiB in all, 50 MB a picture, each picture checked against its hash."""

import io
import logging

from pypdf import PdfReader

from codesign.export.errors import ImportFailed
from codesign.model import Board
from codesign.storage import BoardFileError
from codesign.storage.file_names import BOARD_SUFFIX
from codesign.storage.load import MAX_FILE_BYTES, parse_board_bytes
from codesign.text.catalogue import translate

_PYPDF_LOG = logging.getLogger("pypdf")


def board_from_pdf(data: bytes, source: str) -> Board:
    contents = _embedded_board(data, source)
    if contents is None:
        raise ImportFailed(
            source,
            translate(
                "import",
                "has no Codesign board inside (only PDFs exported by Codesign can be reopened)",
            ),
        )
    if len(contents) > MAX_FILE_BYTES:
        raise ImportFailed(source, translate("import", "the embedded board is larger than 1 GiB"))
    try:
        embedded = translate("import", "{source} (embedded board)").format(source=source)
        return parse_board_bytes(contents, embedded)
    except BoardFileError as error:
        said = translate("import", "the embedded board is damaged: {problem}")
        raise ImportFailed(source, said.format(problem=error.problem)) from None


def _embedded_board(data: bytes, source: str) -> bytes | None:
    """The attachment's bytes, or None when there is none.

    A damaged or foreign PDF can make pypdf fail in many ways (its own errors, but also
    AttributeError or KeyError deep in its object model); every one of them means "this file
    cannot be read", so all are turned into one message rather than a traceback. pypdf's own
    log lines are silenced meanwhile: the one-line message says it all.
    """
    level = _PYPDF_LOG.level
    _PYPDF_LOG.setLevel(logging.CRITICAL)
    try:
        attachments = PdfReader(io.BytesIO(data)).attachments
        names = [name for name in attachments if name.endswith(BOARD_SUFFIX)]
        return attachments[names[0]][0] if names else None
    except Exception as error:
        said = translate("import", "is not a readable PDF ({error})")
        raise ImportFailed(source, said.format(error=type(error).__name__)) from None
    finally:
        _PYPDF_LOG.setLevel(level)
