"""The facilitator's window: one open board, its menus, and the guard against lost work."""

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget

from codesign.document import BoardDocument
from codesign.storage import BoardFileError
from codesign.ui import recent_files
from codesign.ui.board_area import make_board_area


class MainWindow(QMainWindow):
    def __init__(self, document: BoardDocument | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.resize(1280, 800)
        self.document = document or BoardDocument()
        self._recent_menu = QMenu(self.tr("Open &Recent"), self)
        self._build_menus()
        self._show_document()

    # --- menus -----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self._action(self.tr("&New"), self._on_new, QKeySequence.New))
        file_menu.addAction(self._action(self.tr("&Open…"), self._on_open, QKeySequence.Open))
        file_menu.addMenu(self._recent_menu)
        self._recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Save"), self.save, QKeySequence.Save))
        file_menu.addAction(
            self._action(self.tr("Save &As…"), self.save_as, QKeySequence("Ctrl+Shift+S"))
        )
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), self.close, QKeySequence.Quit))
        self._edit_menu = self.menuBar().addMenu(self.tr("&Edit"))

    def _action(self, text: str, slot: object, shortcut: object = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _install_undo_actions(self) -> None:
        self._edit_menu.clear()
        stack = self.document.undo_stack
        undo = stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.Undo)
        redo = stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self._edit_menu.addAction(undo)
        self._edit_menu.addAction(redo)

    @Slot()
    def _fill_recent_menu(self) -> None:
        self._recent_menu.clear()
        paths = recent_files.recent_files()
        for path in paths:
            action = self._recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self._open_if_allowed(p))
        if not paths:
            self._recent_menu.addAction(self.tr("No recent boards")).setEnabled(False)

    # --- the open document -----------------------------------------------------------------

    def _show_document(self) -> None:
        self.document.undo_stack.cleanChanged.connect(self._update_title)
        self.document.path_changed.connect(self._update_title)
        self.document.records_changed.connect(self._update_title)
        self._install_undo_actions()
        self.setCentralWidget(self._make_board_area())
        self._update_title()

    def _make_board_area(self) -> QWidget:
        return make_board_area(self.document, self)

    def replace_document(self, document: BoardDocument) -> None:
        old = self.document
        self.document = document
        self._show_document()
        old.deleteLater()

    @Slot()
    def _update_title(self) -> None:
        path = self.document.path
        name = path.name if path is not None else self.document.info.title
        self.setWindowTitle(self.tr("{name}[*] — Codesign").format(name=name))
        self.setWindowModified(self.document.is_dirty)

    # --- file commands ---------------------------------------------------------------------

    @Slot()
    def _on_new(self) -> None:
        if self.maybe_save():
            self.replace_document(BoardDocument())

    @Slot()
    def _on_open(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open board"), self._folder(), self._file_filter()
        )
        if name:
            self._open_if_allowed(Path(name))

    def _open_if_allowed(self, path: Path) -> None:
        if self.maybe_save():
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Open `path`, or explain in a dialog why not and keep the current board as it was."""
        try:
            document = BoardDocument.open(path)
        except BoardFileError as error:
            QMessageBox.warning(self, self.tr("Cannot open board"), str(error))
            return False
        self.replace_document(document)
        recent_files.remember(path)
        return True

    @Slot()
    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    @Slot()
    def save_as(self) -> bool:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save board as"), self._folder(), self._file_filter()
        )
        if not name:
            return False
        return self._save_to(Path(name))

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except BoardFileError as error:
            QMessageBox.critical(self, self.tr("Board not saved"), str(error))
            return False
        recent_files.remember(path)
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 4000)
        return True

    def _file_filter(self) -> str:
        return self.tr("Codesign boards (*.codesign.json *.json);;All files (*)")

    def _folder(self) -> str:
        path = self.document.path
        return str(path.parent) if path is not None else str(Path.home())

    def maybe_save(self) -> bool:
        """True when it is safe to drop the current board: saved, discarded, or never changed."""
        if not self.document.is_dirty:
            return True
        answer = self.ask_save_changes()
        if answer == QMessageBox.Save:
            return self.save()
        return answer == QMessageBox.Discard

    def ask_save_changes(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to “{name}” before closing?").format(
                name=self.document.info.title
            ),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel,
            QMessageBox.Save,
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_save():
            event.accept()
        else:
            event.ignore()
