"""File > Import (and File > Open on a PDF): another format becomes a new, unsaved board.

The imported board never takes the source's path: saving it must not overwrite the CSV or
the PDF it came from, so it opens untitled and marked changed, and the unsaved-changes prompt
guards it like any other edit. What the format could not carry is listed without blocking:
a note in the status bar and a non-modal message the facilitator can read or ignore.
"""

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from codesign.document import BoardDocument
from codesign.export.errors import TransferError
from codesign.model import Note
from codesign.ui.common import plain_text

CONTEXT = "import"
WARNINGS_SHOWN = 8
"""A list longer than this is cut short in the message; the status bar gives the count."""


class ImportHost(Protocol):
    """What the File commands offer: the unsaved-changes guard, a way to show a new board and
    a status line."""

    def maybe_save(self) -> bool: ...

    def show_board(self, document: BoardDocument) -> None: ...

    def show_message(self, text: str, milliseconds: int) -> None: ...


def _tr(text: str, n: int = -1) -> str:
    """Translated; with `n`, the plural form for that count ("%n note(s)")."""
    return QCoreApplication.translate(CONTEXT, text, "", n)


def import_filter() -> str:
    return _tr(
        "Boards from other tools (*.canvas *.csv *.txt *.pdf);;JSON Canvas (*.canvas);;"
        "CSV spreadsheet (*.csv);;Plain text, one note per line (*.txt);;"
        "Codesign PDF (*.pdf);;All files (*)"
    )


def ask_and_import(window: ImportHost, parent: QWidget, folder: str) -> bool:
    """Ask for a file, then the unsaved-changes question, then open what the file holds."""
    name, _filter = QFileDialog.getOpenFileName(parent, _tr("Import"), folder, import_filter())
    if not name or not window.maybe_save():
        return False
    return open_imported(window, parent, Path(name))


def open_imported(window: ImportHost, parent: QWidget, path: Path) -> bool:
    """Show the board made from `path` as a new unsaved board, or explain why not. The import
    layer (pypdf, reportlab) loads here, on first use, not at the app's start."""
    from codesign.export import import_with_warnings

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a big PDF takes a moment
    try:
        board, warnings = import_with_warnings(path)
    except TransferError as error:
        problem = str(error)
    else:
        problem = None
    finally:
        QApplication.restoreOverrideCursor()
    if problem is not None:
        plain_text.warning(parent, _tr("Cannot import"), problem)
        return False
    document = BoardDocument(board)
    document.undo_stack.resetClean()  # never saved: closing asks first
    window.show_board(document)
    notes = sum(1 for item in board.items if isinstance(item, Note))
    summary = _tr("Imported {name}: %n note(s)", notes).format(name=path.name)
    if warnings:
        summary += " · " + _tr("%n thing(s) did not carry over", len(warnings))
        _show_warnings(parent, path, warnings)
    window.show_message(summary, 10000)
    return True


def _show_warnings(parent: QWidget, path: Path, warnings: list[str]) -> None:
    shown = warnings[:WARNINGS_SHOWN]
    more = len(warnings) - len(shown)
    text = "\n".join(f"• {warning}" for warning in shown)
    if more:
        text += "\n" + _tr("…and %n more", more)
    box = plain_text.message_box(
        parent,
        QMessageBox.Icon.Information,
        _tr("Imported with notes"),
        _tr("{name} was imported. Some of it could only be approximated:").format(name=path.name),
    )
    box.setObjectName("ImportWarnings")
    plain_text.set_informative_text(box, text)
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
