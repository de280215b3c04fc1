"""The Export dialog's background work: writing files and counting pages off the GUI thread.

Each job is a plain callable for a worker thread; it reports through an `ExportRelay` that
lives on the GUI thread, so its signals arrive there queued and the dialog never touches a
widget from a worker.
"""

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot
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
    pages = Signal(int, object)
    """(page count, the options counted)."""


def file_job(
    board: Board,
    path: Path,
    options: PdfOptions,
    relay: ExportRelay,
    picture: bytes | None = None,
) -> Job:
    """`picture`: the board drawn as a PNG (on the GUI thread), for the HTML report."""

    def run() -> None:
        try:
            warnings = export_file(
                board, path, options, progress=relay.progress.emit, picture=picture
            )
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


def pages_job(board: Board, options: PdfOptions, relay: ExportRelay) -> Job:
    def run() -> None:
        try:
            pages = count_pages(board, options)
        except ValueError:
            pages = 0
        relay.pages.emit(pages, options)

    return run


class PageCounter(QObject):
    """A PDF's page count, worked out in a worker thread once the clicks have settled.

    Counting a big board's report takes seconds, so there is one count at a time: a request
    made meanwhile starts the next count when this one ends, and only the latest is reported.
    The relay has no Qt parent and is held by the job, so closing the dialog never waits for
    a count nobody will read.
    """

    counted = Signal(int, object)
    """(pages, the PdfOptions counted)."""

    def __init__(
        self,
        now: Callable[[], tuple[Board, PdfOptions]],
        delay_ms: int,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._relay = ExportRelay()
        self._relay.pages.connect(self._on_pages)
        self._worker: threading.Thread | None = None
        self._again = False
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self._start)

    def request(self) -> None:
        self._timer.start()

    def wait(self) -> None:
        if self._worker is not None:
            self._worker.join()

    @Slot()
    def _start(self) -> None:
        if self._worker is not None and self._worker.is_alive():
            self._again = True
            return
        try:
            board, options = self._now()
        except ValueError:  # the dialog's widgets only offer valid options; nothing to count
            return
        job = pages_job(board, options, self._relay)
        self._worker = threading.Thread(target=job, name="page-count", daemon=True)
        self._worker.start()

    @Slot(int, object)
    def _on_pages(self, pages: int, options: PdfOptions) -> None:
        if self._again:
            self._again = False
            self._start()
        else:
            self.counted.emit(pages, options)
