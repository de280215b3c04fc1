"""Opening, saving and the guard against lost work: the File side of the app window.

A controller the window owns, so the window stays about its board and its actions while the
rules that protect a facilitator's work (ask before dropping unsaved changes, explain a bad
file, never half-write one) live together here. Between Codesigns and other programs: a lock
file warns before a board open elsewhere is opened again, and a save never overwrites what
someone else wrote in the meantime without asking.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QMainWindow, QMessageBox

from codesign.canvas.view import BoardView
from codesign.document import BoardDocument
from codesign.storage import BoardFileError
from codesign.storage.paths import real_path
from codesign.ui.common import plain_text
from codesign.ui.files import recent_files
from codesign.ui.files.file_locks import WindowLocks
from codesign.ui.files.file_prompts import (
    ChangedAnswer,
    ask_changed_on_disk,
    ask_open_path,
    ask_past_lock,
    ask_save_path,
)
from codesign.ui.files.file_watch import DiskWatch
from codesign.ui.files.import_actions import ask_and_import, open_imported


class FileCommands(QObject):
    """The File menu's commands for one window. Needs from it: its open `document` and `view`,
    `replace_document` (show another board) and `keep_recovery_copy` (write the board's
    recovery copy now); the window is the parent of every question asked."""

    def __init__(
        self,
        window: QMainWindow,
        document: Callable[[], BoardDocument],
        view: Callable[[], BoardView | None],
        replace_document: Callable[[BoardDocument], None],
        keep_recovery_copy: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._view = view
        self.replace_document = replace_document
        self._keep_recovery_copy = keep_recovery_copy
        self.locks = WindowLocks()
        self.disk_watch = DiskWatch(window)
        self.disk_watch.reload_requested.connect(self.reload)

    @property
    def document(self) -> BoardDocument:
        return self._document()

    @property
    def view(self) -> BoardView | None:
        return self._view()

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {
            "new": self._on_new,
            "open": self._on_open,
            "save": self.save,
            "save_as": self.save_as,
            "import": lambda: ask_and_import(self, self._window, self._folder()),
            "export": self._open_export_dialog,
        }

    def show_message(self, text: str, milliseconds: int) -> None:
        self._window.statusBar().showMessage(text, milliseconds)

    def show_board(self, document: BoardDocument) -> None:
        """Show `document` in place of the current board, fitted once the layout has given the
        view its size."""
        self.replace_document(document)
        view = self.view
        if view is not None:
            QTimer.singleShot(0, view, view.fit_board)

    def follow_file(self, document: BoardDocument) -> None:
        """The window now shows `document`: hold its file's lock alone, and watch that file."""
        path = document.path
        self.locks.keep_only(path)
        if path is not None:  # a board given to the window directly, not through Open: lock if free
            self.locks.claim(path, lambda _owner: False)
        self.disk_watch.follow(document)

    def claim_file(self, path: Path) -> bool:
        """Lock `path` for this window; False when another Codesign has it open and the
        person chose not to go on."""
        return self.locks.claim(path, lambda owner: ask_past_lock(self._window, path, owner))

    @Slot()
    def _on_new(self) -> None:
        if self.maybe_save():
            self.replace_document(BoardDocument())

    @Slot()
    def _on_open(self) -> None:
        path = ask_open_path(self._window, Path(self._folder()), self._file_filter())
        if path is not None:
            self.open_if_allowed(path)

    def open_if_allowed(self, path: Path) -> None:
        """Open `path` once the current board is saved or its changes are let go."""
        if self.maybe_save():
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Open `path`, or explain in a dialog why not and keep the current board as it was."""
        if path.suffix.lower() == ".pdf":  # a Codesign PDF carries its board: a new, unsaved one
            return open_imported(self, self._window, path)
        if not self.claim_file(path):
            return False
        try:
            document = BoardDocument.open(path)
        except BoardFileError as error:
            self.locks.keep_only(self.document.path)
            plain_text.warning(self._window, self.tr("Cannot open board"), str(error))
            return False
        self.show_board(document)
        recent_files.remember(path)
        return True

    @Slot()
    def reload(self) -> bool:
        """Show the version on disk in place of this one, which has nothing unsaved to lose."""
        path = self.document.path
        if path is None or self.document.is_dirty or not self.maybe_save():
            return False  # maybe_save: never in place of a locked board
        try:
            document = BoardDocument.open(path)
        except BoardFileError as error:
            plain_text.warning(self._window, self.tr("Cannot reload board"), str(error))
            return False
        self.replace_document(document)
        return True

    def finish_typing(self) -> None:
        """A note being typed is part of what is saved, exported or asked about: Ctrl+S,
        Ctrl+E or Quit mid-sentence ends the edit first, so the file never gets an empty note
        while the words stay on screen."""
        if self.view is not None:
            self.view.finish_editing()

    @Slot()
    def save(self) -> bool:
        self.finish_typing()
        if self.document.path is None:
            if self.document.is_locked:
                return self.keep_while_locked()
            return self.save_as()
        return self._save_to(self.document.path)

    def keep_while_locked(self) -> bool:
        """Save on a locked board with no file: no file dialog in participants' hands, so the
        board goes to its recovery copy, which a crash leaves to be offered back, locked."""
        self._keep_recovery_copy()
        self.show_message(
            self.tr(
                "Kept in the recovery copy: the facilitator saves it to a file after unlocking"
            ),
            6000,
        )
        return False

    @Slot()
    def save_as(self) -> bool:
        if self.document.is_locked:  # no file dialog while locked
            return False
        self.finish_typing()
        path = ask_save_path(
            self._window, Path(self._folder()), self.document.info.title, self._file_filter()
        )
        return path is not None and self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        if self._is_own_file(path):
            if self.document.changed_on_disk():
                answer = ask_changed_on_disk(self._window, path)
                if answer is ChangedAnswer.SAVE_AS:
                    return self.save_as()
                if answer is ChangedAnswer.CANCEL:
                    return False
        elif not self.locks.claim(
            path, lambda owner: ask_past_lock(self._window, path, owner, True)
        ):
            return False
        try:
            self.document.save(path)
        except BoardFileError as error:
            self.locks.keep_only(self.document.path)
            plain_text.critical(self._window, self.tr("Board not saved"), str(error))
            return False
        self.follow_file(self.document)
        recent_files.remember(path)
        self.show_message(self.tr("Saved {path}").format(path=path), 4000)
        return True

    def _is_own_file(self, path: Path) -> bool:
        own = self.document.path
        return own is not None and real_path(own) == real_path(path)

    def _file_filter(self) -> str:
        return self.tr(
            "Codesign boards (*.codesign.json *.json);;Codesign PDF (*.pdf);;All files (*)"
        )

    def _folder(self) -> str:
        path = self.document.path
        return str(path.parent) if path is not None else str(Path.home())

    def maybe_save(self) -> bool:
        """True when it is safe to drop the current board: saved, discarded, or never changed.
        Never while locked: every way to another board (New, Open, Open Recent, a template, an
        import, a recovered copy, a file the system asks to open) comes through here."""
        if self.document.is_locked:
            self.show_message(
                self.tr("The board is in participant mode: unlock it to open another"), 5000
            )
            return False
        self.finish_typing()
        if not self.document.is_dirty:
            return True
        answer = self.ask_save_changes()
        if answer == QMessageBox.Save:
            return self.save()
        if answer == QMessageBox.Discard:
            self.document.file.let_changes_go()  # an automatic save still queued must not land
            return True
        return False

    def ask_save_changes(self) -> QMessageBox.StandardButton:
        return plain_text.question(
            self._window,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to “{name}” before closing?").format(
                name=self.document.info.title
            ),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel,
            QMessageBox.Save,
        )

    def let_go_of_files(self) -> None:
        """The window is closing: stop watching its board's file and release its lock."""
        self.disk_watch.stop()
        self.locks.release_all()

    def _open_export_dialog(self) -> None:
        """Imported on first use: the export layer (reportlab, pypdf) stays out of the start. A
        note still being typed is finished first, so the export holds its words."""
        from codesign.ui.files.export_dialog import open_export_dialog

        self.finish_typing()
        view = self.view
        assert view is not None
        open_export_dialog(view.board_scene, self._window)
