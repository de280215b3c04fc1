"""Files in and out by extension: the one entry point the CLI and the app's dialogs call."""

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from codesign.export.anonymise import anonymise
from codesign.export.bilingual import export_language
from codesign.export.canvas_export import MEDIA_FOLDER, board_to_canvas
from codesign.export.canvas_import import board_from_canvas
from codesign.export.csv_notes import board_from_csv, notes_to_csv
from codesign.export.errors import ExportFailed, ImportFailed
from codesign.export.html_report import board_to_html
from codesign.export.markdown import board_to_markdown
from codesign.export.pdf import PdfOptions, Progress, export_pdf
from codesign.export.plain_text import board_from_text
from codesign.export.suffixes import EXPORT_SUFFIXES, IMPORT_SUFFIXES
from codesign.export.unsupported import unsupported_warning
from codesign.model import Board
from codesign.storage import BoardFileError, atomic_write
from codesign.storage.atomic import ensure_folder
from codesign.storage.load import read_bytes
from codesign.storage.media import media_store
from codesign.storage.save import pictures_in
from codesign.text.catalogue import speaking, translate

_Writer = Callable[[Board], tuple[bytes, list[str]]]
_WRITERS: dict[str, _Writer] = {
    ".canvas": board_to_canvas,
    ".csv": lambda board: (notes_to_csv(board), []),
    ".md": lambda board: (board_to_markdown(board), []),
}
_Reader = Callable[[bytes, str, str], tuple[Board, list[str]]]
_READERS: dict[str, _Reader] = {
    ".canvas": board_from_canvas,
    ".csv": board_from_csv,
    ".txt": board_from_text,
    ".pdf": lambda data, source, _title: (_board_from_pdf(data, source), []),
}


def _board_from_pdf(data: bytes, source: str) -> Board:
    """pypdf loads only to read a PDF: exporting one never needs it."""
    from codesign.export.pdf_import import board_from_pdf

    return board_from_pdf(data, source)


def export_file(
    board: Board,
    path: Path | str,
    options: PdfOptions | None = None,
    progress: Progress | None = None,
    picture: bytes | None = None,
) -> list[str]:
    """Write `board` in the format named by the extension; returns what the format lost.
    `picture` is the board drawn as a PNG, for the HTML report (the canvas draws it)."""
    path = Path(path)
    suffix = path.suffix.lower()
    options = options or PdfOptions()
    options = replace(options, language=export_language(board, options.language))
    with speaking(options.language):  # headings, counts and warnings; notes stay as written
        if suffix == ".pdf":
            export_pdf(board, path, options, progress)
            warning = unsupported_warning(board)
            return [warning] if warning else []
        shown = anonymise(board) if options.anonymous else board
        data, warnings = _written(shown, path, picture)
    try:
        if suffix in (".canvas", ".md"):
            write_pictures_beside(shown, path.parent / MEDIA_FOLDER)
        atomic_write(path, data, keep_backup=False)
    except BoardFileError as error:
        raise ExportFailed(path, error.problem) from None
    return warnings


def _written(shown: Board, path: Path, picture: bytes | None) -> tuple[bytes, list[str]]:
    """The bytes of a non-PDF export of `shown` (already anonymised if asked), and its losses."""
    suffix = path.suffix.lower()
    if suffix == ".png":
        said = translate("export", "PNG images are exported from the app (File > Export) for now")
        raise ExportFailed(path, said)
    if suffix == ".html":
        return board_to_html(shown, picture), []
    writer = _WRITERS.get(suffix)
    if writer is None:
        said = translate("export", "cannot export to {suffix} (choose {suffixes})")
        raise ExportFailed(
            path, said.format(suffix=_suffix(suffix), suffixes=_listed(EXPORT_SUFFIXES))
        )
    return writer(shown)


def _suffix(suffix: str) -> str:
    return suffix or translate("export", "a file without an extension")


def _listed(suffixes: tuple[str, ...] | list[str]) -> str:
    return ", ".join(suffixes)


def write_pictures_beside(board: Board, folder: Path) -> None:
    """Each picture of the board once, named by its hash, in `folder` (raises SaveFailed).
    One already there is the same picture, by its name, and is left alone."""
    store = media_store()
    for digest in pictures_in(board.items):
        media = store.get(digest)
        if media is None or (folder / media.file_name).exists():
            continue
        ensure_folder(folder)
        atomic_write(folder / media.file_name, media.data, keep_backup=False)


def import_file(path: Path | str) -> Board:
    """The board made from `path` (see `import_with_warnings` for what did not carry over)."""
    return import_with_warnings(path)[0]


def import_with_warnings(path: Path | str) -> tuple[Board, list[str]]:
    """The board, and what the source had that Codesign could only approximate."""
    path = Path(path)
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        said = translate("export", "cannot import {suffix} (choose {suffixes})")
        raise ImportFailed(
            path, said.format(suffix=_suffix(path.suffix), suffixes=_listed(IMPORT_SUFFIXES))
        )
    try:
        data = read_bytes(path)
    except BoardFileError as error:
        raise ImportFailed(path, error.problem) from None
    board, warnings = reader(data, str(path), _title_from(path))
    return board, list(dict.fromkeys(warnings))


def _title_from(path: Path) -> str:
    return path.stem.replace("_", " ").strip() or translate("export", "Imported board")
