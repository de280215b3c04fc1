"""The Export dialog's background work: writing files and counting pages off the GUI thread.

Each job is a plain callable for a worker thread; it reports through an `ExportRelay` that
lives on the GUI thread, so its signals arrive there queued and the dialog never touches a
widget from a worker.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from codesign.canvas.png_export import PngExportError, write_png
from codesign.export import PdfOptions, TransferError, count_pages, export_file
from codesign.model import Board

Job = Callable[[], None]


class ExportRelay(QObject):
    progress = Signal(int, int)
    finished = Signal(list)
    """The file is written; the list holds what the format could not carry."""
    failed = Signal(str)
    """One line, for the dialog."""
    pages = Signal(int, int)
    """(request number, page count): the dialog drops answers to requests it has replaced."""


def file_job(board: Board, path: Path, options: PdfOptions, relay: ExportRelay) -> Job:
    def run() -> None:
        try:
            warnings = export_file(board, path, options, progress=relay.progress.emit)
        except TransferError as error:
            relay.failed.emit(str(error))
        except (OSError, ValueError) as error:
            relay.failed.emit(f"{path}: {error}")
        else:
            relay.finished.emit(warnings)

    return run


def png_job(image: QImage, path: Path, relay: ExportRelay) -> Job:
    """Only the encoding and writing: the image was rendered on the GUI thread."""

    def run() -> None:
        try:
            write_png(image, path)
        except PngExportError as error:
            relay.failed.emit(str(error))
        else:
            relay.finished.emit([])

    return run


def pages_job(board: Board, options: PdfOptions, request: int, relay: ExportRelay) -> Job:
    def run() -> None:
        try:
            pages = count_pages(board, options)
        except ValueError:
            pages = 0
        relay.pages.emit(request, pages)

    return run
