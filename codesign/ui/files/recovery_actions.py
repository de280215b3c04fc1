"""The window's side of autosave and crash recovery.

Every board the window shows is followed by one `Autosaver`; File > Recover boards… and the
offer at start bring back what a crash left. A restored board keeps its recovery session, so
its copy is kept current from the first edit and a second crash loses no more than the first.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow

from codesign.canvas.editor import TextEditor
from codesign.document import BoardDocument
from codesign.document.autosave import Autosaver, SaveResult, lock_from_json
from codesign.storage import BoardFileError, load_board
from codesign.storage.disk_state import DiskState
from codesign.storage.recovery import RecoveryEntry, RecoveryStore
from codesign.ui.common import plain_text
from codesign.ui.common.plain_text import plain_label
from codesign.ui.common.settings import Settings, load_settings
from codesign.ui.files.recovery_dialog import RecoveryDialog

STATUS_MS = 10_000


class RecoveryActions(QObject):
    """Needs from the window: `maybe_save()`, `claim_file(path)` (lock a board's file, asking
    past another Codesign's lock) and `replace_document(document)` (the window's File commands
    pass `show_board`, which also fits the restored board to the window)."""

    def __init__(
        self,
        window: QMainWindow,
        maybe_save: Callable[[], bool],
        claim_file: Callable[[Path], bool],
        replace_document: Callable[[BoardDocument], None],
        store: RecoveryStore | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._maybe_save = maybe_save
        self._claim_file = claim_file
        self._replace_document = replace_document
        self.store = store or RecoveryStore()
        settings = load_settings()
        self.autosaver = Autosaver(
            self.store, settings.autosave_seconds, settings.save_automatically, self
        )
        self.autosaver.saved.connect(self._on_saved)
        self.problem = plain_label(QLabel(window))
        """A failed autosave, said whole (the status bar's own line cuts a long reason off) and
        kept until a save works."""
        self.problem.setObjectName("AutosaveProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #8A1C1C;")
        window.statusBar().addWidget(self.problem, 1)
        self.problem.hide()
        self._session_to_continue: str | None = None

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {"recover": self.open_dialog}

    def follow(self, document: BoardDocument) -> None:
        """Autosave `document`; the one before it was saved or discarded, so its copy goes."""
        if self.autosaver.session:
            self.autosaver.discard()
        self.autosaver.watch(document, self._session_to_continue)
        self._session_to_continue = None
        self.problem.hide()
        document.undo_stack.cleanChanged.connect(self._on_clean_changed)

    @Slot(bool)
    def _on_clean_changed(self, clean: bool) -> None:
        if clean:  # saved by hand: nothing is waiting for the copy any more
            self.problem.hide()

    def follow_editor(self, editor: TextEditor) -> None:
        """Text typed into a note still open goes into the copy too, before the edit ends."""
        editor.text_edited.connect(self.autosaver.edit_in_progress)
        self.autosaver.pending = editor.pending_records

    @Slot(object)
    def apply_settings(self, settings: Settings) -> None:
        self.autosaver.set_interval(settings.autosave_seconds)
        self.autosaver.set_save_own_file(settings.save_automatically)

    def close(self) -> None:
        """The window closed after its board was saved or discarded: nothing left to recover."""
        self.autosaver.discard()
        self.autosaver.close()

    def keep_now(self) -> None:
        """Write the recovery copy now, without waiting for the autosave interval."""
        self.autosaver.save_now()

    def keep_for_next_start(self) -> None:
        """The app is being ended from outside: write the copy now and leave it to be offered."""
        self.autosaver.save_now()
        self.autosaver.close()

    @Slot()
    def offer_at_start(self) -> None:
        if self.store.orphaned():
            self.open_dialog()

    @Slot()
    def open_dialog(self) -> None:
        dialog = RecoveryDialog(self.store, self._window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.restore(dialog.chosen)

    def restore(self, entry: RecoveryEntry) -> bool:
        """Open the copy as an unsaved board with its own file's path, if it had one."""
        if not self._maybe_save():
            return False
        try:
            board = load_board(entry.board_file)
            adopted = self.store.adopt(entry)
        except BoardFileError as error:
            plain_text.warning(self._window, self.tr("Cannot recover board"), str(error))
            return False
        if not adopted:
            plain_text.information(
                self._window,
                self.tr("Already recovered"),
                self.tr("Another Codesign window has just recovered “{title}”.").format(
                    title=entry.title
                ),
            )
            return False
        if entry.source is not None and not self._claim_file(entry.source):
            self.store.let_go(entry.session)
            return False
        # A copy that did not record its file's state cannot tell whose bytes are there now:
        # the first Save over that file asks.
        known = entry.source_state or DiskState.unknown()
        document = BoardDocument(board, entry.source, known)
        document.undo_stack.resetClean()  # nothing on disk holds these changes yet
        lock = lock_from_json(entry.lock)
        if lock is not None:  # locked when it crashed: it comes back locked, behind its PIN
            document.lock(*lock)
        self._session_to_continue = entry.session
        self._replace_document(document)
        self._window.statusBar().showMessage(
            self.tr("Recovered “{title}”: save it to keep it.").format(title=entry.title),
            STATUS_MS,
        )
        return True

    @Slot(object)
    def _on_saved(self, result: SaveResult) -> None:
        if result.error is not None:
            text = self.tr("Autosave failed: {reason}.").format(reason=result.error)
            if result.retry_in is not None:
                text += " " + self.tr("Trying again in {seconds} s.").format(
                    seconds=f"{result.retry_in:g}"
                )
            self.problem.setText(text + " " + self.tr("Save the board to keep your changes."))
            self.problem.show()
            return
        self.problem.hide()
        if result.wrote_own_file:
            self._window.statusBar().showMessage(self.tr("Saved automatically"), STATUS_MS // 2)
