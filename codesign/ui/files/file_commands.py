"""Opening, saving and the guard against lost work: the File side of the app window.

A base class of MainWindow, so the window stays about its board and its actions while the rules
that protect a facilitator's work (ask before dropping unsaved changes, explain a bad file, never
half-write one) live together here. Between Codesigns and other programs: a lock file warns
before a board open elsewhere is opened again, and a save never overwrites what someone else
wrote in the meantime without asking.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer, Slot
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
from codesign.ui.files.import_actions import open_imported


class FileCommands(QMainWindow):
    """Needs from the window: its `document`, its `view`, `replace_document` and
    `keep_recovery_copy` (write the board's recovery copy now)."""

    document: BoardDocument
    view: BoardView | None
    replace_document: Callable[[BoardDocument], None]
    keep_recovery_copy: Callable[[], None]

    def __init__(self) -> None:
        super().__init__()
        self.locks = WindowLocks()
        self.disk_watch = DiskWatch(self)
        self.disk_watch.reload_requested.connect(self.reload)

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
        return self.locks.claim(path, lambda owner: ask_past_lock(self, path, owner))

    @Slot()
    def _on_new(self) -> None:
        if self.maybe_save():
            self.replace_document(BoardDocument())

    @Slot()
    def _on_open(self) -> None:
        path = ask_open_path(self, Path(self._folder()), self._file_filter())
        if path is not None:
            self.open_if_allowed(path)

    def open_if_allowed(self, path: Path) -> None:
        """Open `path` once the current board is saved or its changes are let go."""
        if self.maybe_save():
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Open `path`, or explain in a dialog why not and keep the current board as it was."""
        if path.suffix.lower() == ".pdf":  # a Codesign PDF carries its board: a new, unsaved one
            return open_imported(self, self, path)
        if not self.claim_file(path):
            return False
        try:
            document = BoardDocument.open(path)
        except BoardFileError as error:
            self.locks.keep_only(self.document.path)
            plain_text.warning(self, self.tr("Cannot open board"), str(error))
            return False
        self.replace_document(document)
        view = self.view
        if view is not None:
            QTimer.singleShot(
                0, view, view.fit_board
            )  # once the layout has given the view its size
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
            plain_text.warning(self, self.tr("Cannot reload board"), str(error))
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
        self.keep_recovery_copy()
        self.statusBar().showMessage(
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
            self, Path(self._folder()), self.document.info.title, self._file_filter()
        )
        return path is not None and self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        if self._is_own_file(path):
            if self.document.changed_on_disk():
                answer = ask_changed_on_disk(self, path)
                if answer is ChangedAnswer.SAVE_AS:
                    return self.save_as()
                if answer is ChangedAnswer.CANCEL:
                    return False
        elif not self.locks.claim(path, lambda owner: ask_past_lock(self, path, owner, True)):
            return False
        try:
            self.document.save(path)
        except BoardFileError as error:
            self.locks.keep_only(self.document.path)
            plain_text.critical(self, self.tr("Board not saved"), str(error))
            return False
        self.follow_file(self.document)
        recent_files.remember(path)
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 4000)
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
            self.statusBar().showMessage(
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
            self,
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
