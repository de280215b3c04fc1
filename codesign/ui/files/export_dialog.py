"""File > Export: every format and option of `codesign export`, with a live page count.

The export runs in a worker thread and reports through the exporter's `progress` callback, so
the window stays live on a 10,000-note report; the page count is worked out in the background
too, debounced, and a stale answer is dropped. Files are written all at once by the exporters:
a failed export shows its one-line reason and never touches the file already there.
"""

import threading
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from codesign.canvas.png_export import (
    MAX_SIDE,
    PngExportError,
    content_rect,
    image_size,
    render_board,
    report_picture,
)
from codesign.canvas.scene import BoardScene
from codesign.document import BoardDocument
from codesign.export import PAPER_SIZES, PdfOptions
from codesign.export.anonymise import anonymise
from codesign.export.pdf.legibility import small_text
from codesign.model import Board
from codesign.storage.file_names import safe_file_stem
from codesign.ui.common.dialog_style import polish_dialog
from codesign.ui.common.language import resolved
from codesign.ui.common.plain_text import plain_label
from codesign.ui.common.settings import load_settings
from codesign.ui.files.export_choices import (
    FORMATS,
    LAYOUTS,
    ORIENTATIONS,
    PNG_SCALES,
    best_png_scale,
    make_combo,
    page_summary,
    png_scale_rows,
    png_summary,
    scope_rows,
)
from codesign.ui.files.export_jobs import ExportRelay, PageCounter, file_job, png_job

PREVIEW_DELAY_MS = 250
"""Wait for the clicks to settle before counting pages (a report of a big board takes a while)."""


class ExportDialog(QDialog):
    exported = Signal(Path)
    """The file was written; the window shows it in its status bar."""

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExportDialog")
        self.setWindowTitle(self.tr("Export board"))
        self.scene = scene
        self._board: Board = scene.document.board()
        self._selection = scene.selected_ids()
        self._running = False
        # Workers are plain Python threads: a QThreadPool given a Python callable can have it
        # garbage-collected mid-run. Each relay has no Qt parent and is held by its job, so a
        # worker never reports to a deleted object, and closing never waits for a page count
        # nobody will read; an export still running finishes its file (written atomically).
        self._worker: threading.Thread | None = None
        self._relay = ExportRelay()
        self._relay.progress.connect(self._on_progress)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._close_when_done = False
        self._path: Path | None = None
        self._build()
        self._pages = PageCounter(
            lambda: (self._board, self.options()), PREVIEW_DELAY_MS, parent=self
        )
        self._pages.counted.connect(self._on_pages)
        self._update_fields()

    # --- widgets ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.format = make_combo(self, FORMATS, translate=True)
        self.layout_choice = make_combo(self, LAYOUTS, translate=True)
        self.paper = make_combo(self, ((name, name) for name in PAPER_SIZES), translate=False)
        self.paper.setCurrentIndex(self.paper.findData(load_settings().paper))
        self.orientation = make_combo(self, ORIENTATIONS, translate=True)
        self.poster_scale = QDoubleSpinBox(self, minimum=0.1, maximum=10.0, singleStep=0.1)
        self.poster_scale.setValue(1.0)
        self.poster_scale.setSuffix("×")
        self.poster_scale.setToolTip(
            self.tr("PDF points per canvas unit: at 1× a new note prints 56 mm wide")
        )
        self.png_scale = make_combo(self, png_scale_rows(), translate=False)
        rect = content_rect(self.scene)
        best = best_png_scale(max(rect.width(), rect.height()), MAX_SIDE)
        self.png_scale.setCurrentIndex(PNG_SCALES.index(best))
        self._scopes = scope_rows(self._board, self._selection)
        self.scope = make_combo(
            self, ((text, i) for i, (text, _) in enumerate(self._scopes)), False
        )
        self.scope.setCurrentIndex(0)  # the whole board: the last note clicked is no choice
        self.anonymous = QCheckBox(self.tr("Leave out names (authors, voters, facilitator)"), self)
        self.preview = plain_label(QLabel(self))
        self.preview.setObjectName("ExportPreview")
        self.preview.setWordWrap(True)  # the small-text advice is a long line: never cut off
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.message = plain_label(QLabel(self))
        self.message.setWordWrap(True)
        self.message.setObjectName("ExportMessage")

        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("&What:"), self.scope)
        form.addRow(self.tr("&Layout:"), self.layout_choice)
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(self.tr("&Orientation:"), self.orientation)
        form.addRow(self.tr("Poster &scale:"), self.poster_scale)
        form.addRow(self.tr("&Resolution:"), self.png_scale)
        form.addRow("", self.anonymous)
        self._form = form
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setDefault(True)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self._on_export_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        polish_dialog(self, self.export_button)
        for combo in (self.format, self.layout_choice, self.paper, self.orientation):
            combo.currentIndexChanged.connect(self._update_fields)
        self.scope.currentIndexChanged.connect(self._update_fields)
        self.png_scale.currentIndexChanged.connect(self._update_fields)
        self.poster_scale.valueChanged.connect(self._update_fields)

    @property
    def suffix(self) -> str:
        return str(self.format.currentData())

    def item_ids(self) -> frozenset[str]:
        return frozenset(self._scopes[max(self.scope.currentIndex(), 0)][1])

    def landscape(self) -> bool:
        """Automatic turns the paper sideways when the content is wider than tall."""
        choice = self.orientation.currentData()
        if choice != "auto":
            return choice == "landscape"
        on_board = self.suffix != ".pdf" or self.layout_choice.currentData() == "board"
        rect = content_rect(self.scene, self.item_ids() if on_board else ())
        return rect.width() > rect.height()

    def options(self) -> PdfOptions:
        layout = str(self.layout_choice.currentData())
        return PdfOptions(
            layout=layout,  # type: ignore[arg-type]
            paper=self.paper.currentText(),
            landscape=self.landscape(),
            scale=self.poster_scale.value(),
            anonymous=self.anonymous.isChecked(),
            item_ids=self.item_ids() if layout == "board" else frozenset(),
            language=self._language(),
        )

    def _language(self) -> str:
        """A bilingual board's PDF speaks the board's language; any other, the app's."""
        languages = self.scene.document.languages()
        if languages is not None:
            return languages.export_language()
        return resolved(load_settings().language)

    @Slot()
    def _update_fields(self) -> None:
        pdf = self.suffix == ".pdf"
        png = self.suffix == ".png"
        layout = self.layout_choice.currentData()
        for widget in (self.layout_choice, self.paper, self.orientation):
            self._form.setRowVisible(widget, pdf)
        self._form.setRowVisible(self.poster_scale, pdf and layout == "poster")
        self._form.setRowVisible(self.png_scale, png)
        self._form.setRowVisible(self.scope, png or (pdf and layout == "board"))
        self.anonymous.setEnabled(not png)
        self.anonymous.setToolTip(
            self.tr("A picture shows the board as drawn, names included") if png else ""
        )
        self.message.clear()
        if pdf:
            self.preview.setText(self.tr("Counting pages…"))
            self._pages.request()
        elif png:
            size = image_size(self.scene, float(self.png_scale.currentData()), self.item_ids())
            self.preview.setText(png_summary(size, MAX_SIDE))
        else:
            self.preview.clear()
        self.adjustSize()

    # --- page count preview -----------------------------------------------------------------

    @Slot(int, object)
    def _on_pages(self, pages: int, options: PdfOptions) -> None:
        if self.suffix == ".pdf":
            self.preview.setText(page_summary(options, pages, small_text(self._board, options)))

    # --- exporting ----------------------------------------------------------------------------

    @Slot()
    def _on_export_clicked(self) -> None:
        suffix = self.suffix
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export board"),
            str(self._suggested_path(suffix)),
            f"{self.format.currentText()} (*{suffix})",
        )
        if name:
            path = Path(name)
            self.export_to(
                path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
            )

    def _suggested_path(self, suffix: str) -> Path:
        document = self.scene.document
        folder = document.path.parent if document.path is not None else Path.home()
        return folder / f"{safe_file_stem(self._board.title)}{suffix}"

    def export_to(self, path: Path) -> None:
        """Start writing `path` in the chosen format; `is_running` until it ends."""
        if self._running:
            return
        self.message.clear()
        if self.suffix == ".png":
            # Scene items may only be drawn on the GUI thread: a busy pointer while it draws.
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                image = render_board(
                    self.scene, float(self.png_scale.currentData()), self.item_ids()
                )
            except PngExportError as error:
                self._on_failed(str(error))
                return
            finally:
                QApplication.restoreOverrideCursor()
            job = png_job(image, path, self._relay)
        else:
            try:
                options = self.options()
            except ValueError as error:
                self._on_failed(str(error))
                return
            self._board = self.scene.document.board()  # as it is now, edits included
            picture = self._report_picture() if self.suffix == ".html" else None
            if self.suffix == ".html" and picture is None:
                return
            job = file_job(self._board, path, options, self._relay, picture)
        self._path = path
        self._set_running(True)
        self._worker = threading.Thread(target=job, name="export", daemon=True)
        self._worker.start()

    def _report_picture(self) -> bytes | None:
        """The board drawn for the HTML report, on the GUI thread (scene items live here)."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if not self.anonymous.isChecked():
                return report_picture(self.scene)
            # Names are drawn on notes: an anonymous report draws an anonymous copy, deleted
            # here on the GUI thread; left to the garbage collector, the copy could be deleted
            # by whichever thread collects next (the export worker), which crashes Qt.
            document = BoardDocument(anonymise(self._board))
            scene = BoardScene(document)
            try:
                return report_picture(scene)
            finally:
                shiboken6.delete(scene)
                shiboken6.delete(document)
        except PngExportError as error:
            self._on_failed(str(error))
            return None
        finally:
            QApplication.restoreOverrideCursor()

    @property
    def is_running(self) -> bool:
        return self._running

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.export_button.setEnabled(not running)
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    @Slot(list)
    def _on_finished(self, warnings: list[str]) -> None:
        self._set_running(False)
        path = self._path
        assert path is not None
        lines = [self.tr("Exported to {path}").format(path=path), *warnings]
        self.message.setStyleSheet("")
        self.message.setText("\n".join(lines))
        self.exported.emit(path)
        if self._close_when_done and not warnings:
            super().reject()

    @Slot(str)
    def _on_failed(self, text: str) -> None:
        self._close_when_done = False
        self._set_running(False)
        self.message.setStyleSheet("color: #B3261E;")
        self.message.setText(text)

    def reject(self) -> None:
        """Close at once, or once the file being written is done (a failure stays shown)."""
        if not self._running:
            super().reject()
            return
        self._close_when_done = True
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Closing as soon as the file is written…"))

    def wait_for_workers(self) -> None:
        if self._worker is not None:
            self._worker.join()
        self._pages.wait()


def open_export_dialog(scene: BoardScene, window: QMainWindow) -> ExportDialog:
    """Show the dialog without blocking; what it writes is announced in the status bar."""
    dialog = ExportDialog(scene, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exported.connect(
        lambda path: window.statusBar().showMessage(
            QCoreApplication.translate("ExportDialog", "Exported {path}").format(path=path), 6000
        )
    )
    dialog.open()
    return dialog
