"""File > Recover boards…, and the offer at start: boards a crash or power cut left unsaved.

Each copy is shown with what identifies it at a glance (its title, its file, when it was last
autosaved, how many notes) and a picture of its layout, since after a crash a facilitator may
not remember which of the day's boards had the last edits.
"""

import datetime
import html

from PySide6.QtCore import QDate, QLocale, QSize, Qt, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from codesign.canvas.board_blocks import thumbnail
from codesign.storage import BoardFileError, load_board
from codesign.storage.recovery import RecoveryEntry, RecoveryStore
from codesign.ui.common import plain_text
from codesign.ui.common.dialog_style import polish_dialog
from codesign.ui.common.plain_text import plain_label

PREVIEW = QSize(360, 240)
SELECTED_ROW = "QListWidget::item:selected { background: #DCE7FC; border-left: 4px solid #2F6FEB; }"
"""A light tint with an edge, so the row's own dark text stays readable when it is chosen."""
ROW_HEIGHT = 56
"""Two lines of text with room for a finger at the touchscreen."""


class RecoveryDialog(QDialog):
    def __init__(self, store: RecoveryStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RecoveryDialog")
        self.setWindowTitle(self.tr("Recover boards"))
        self._store = store
        self.chosen: RecoveryEntry | None = None
        self._list = QListWidget(self)
        self._list.setAccessibleName(self.tr("Boards to recover"))
        self._list.setStyleSheet(SELECTED_ROW)
        self._list.currentRowChanged.connect(self._show_preview)
        self._list.itemDoubleClicked.connect(self._restore)
        self._preview = QLabel(self)
        self._preview.setFixedSize(PREVIEW)
        self._preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._preview.setAccessibleName(self.tr("Preview of the board"))
        self._buttons = QDialogButtonBox(self)
        self._restore_button = self._buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._discard_button = self._buttons.addButton(
            self.tr("&Discard…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        later = self._buttons.addButton(
            self.tr("Decide &later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        later.setToolTip(self.tr("Keep the copies and offer them again at the next start"))
        self._restore_button.setDefault(True)
        self._restore_button.clicked.connect(self._restore)
        self._discard_button.clicked.connect(self._discard)
        later.clicked.connect(self.reject)
        self._intro = plain_label(QLabel(self))
        self._intro.setWordWrap(True)
        self._build_layout()
        self._entries: list[RecoveryEntry] = []
        self.reload()

    def _build_layout(self) -> None:
        body = QHBoxLayout()
        body.addWidget(self._list, 1)
        body.addWidget(self._preview)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(body)
        layout.addWidget(self._buttons)
        polish_dialog(self, self._restore_button)
        self.resize(840, 400)

    def reload(self) -> None:
        self._entries = self._store.orphaned()
        self._list.clear()
        widest = 0
        for entry in self._entries:
            details = self._details(entry)
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{entry.title}, {details}")
            item.setSizeHint(QSize(0, ROW_HEIGHT))
            self._list.addItem(item)
            row = QLabel(f"<b>{html.escape(entry.title)}</b><br>{html.escape(details)}")
            row.setContentsMargins(8, 4, 8, 4)
            self._list.setItemWidget(item, row)
            widest = max(widest, row.sizeHint().width())
        # never narrower than its rows: a longer language's date ("14 Mawrth 2026 am 11:42")
        bar = self._list.verticalScrollBar().sizeHint().width()
        self._list.setMinimumWidth(widest + 2 * self._list.frameWidth() + bar)
        self.resize(max(self.width(), self.minimumSizeHint().width()), self.height())
        if self._entries:
            self._intro.setText(
                self.tr(
                    "Codesign closed without saving these boards, perhaps after a crash or a "
                    "power cut. Restore one to carry on where it stopped; save it to keep it."
                )
            )
            self._list.setCurrentRow(0)
        else:
            self._intro.setText(self.tr("There are no unsaved boards to recover."))
            self._preview.clear()
        self._restore_button.setEnabled(bool(self._entries))
        if not self._entries:
            self._discard_button.setEnabled(False)

    @property
    def entries(self) -> list[RecoveryEntry]:
        return list(self._entries)

    def _details(self, entry: RecoveryEntry) -> str:
        place = entry.source.name if entry.source is not None else self.tr("never saved")
        if entry.notes == 1:
            notes = self.tr("%n note(s)", "", 1)
        else:
            notes = self.tr("%n note(s)", "", entry.notes)
        details = f"{place} · {notes} · {self._when(entry.saved_at)}"
        if entry.lock is not None:
            details += " · " + self.tr("locked for participants")
        return details

    def _when(self, moment: datetime.datetime) -> str:
        local = moment.astimezone()
        clock = local.strftime("%H:%M")
        if local.date() == datetime.date.today():
            return self.tr("today at {time}").format(time=clock)
        day = QLocale().toString(QDate(local.year, local.month, local.day), "d MMMM yyyy")
        return self.tr("{date} at {time}").format(date=day, time=clock)

    @Slot(int)
    def _show_preview(self, row: int) -> None:
        """Show the chosen copy; one that was locked for participants cannot be discarded here
        (whoever is at the keyboard after a crash may be a participant): restore it and unlock
        it with the PIN first."""
        entry = self._entries[row] if 0 <= row < len(self._entries) else None
        locked = entry is not None and entry.lock is not None
        self._discard_button.setEnabled(entry is not None and not locked)
        self._discard_button.setToolTip(
            self.tr("Locked for participants: restore it and unlock it with the PIN to discard it")
            if locked
            else ""
        )
        if not 0 <= row < len(self._entries):
            self._preview.clear()
            return
        try:
            board = load_board(self._entries[row].board_file)
        except BoardFileError as error:
            self._preview.setText(str(error))
            return
        ratio = self.devicePixelRatioF()
        self._preview.setPixmap(QPixmap.fromImage(thumbnail(board.items, PREVIEW, ratio)))

    def _current(self) -> RecoveryEntry | None:
        row = self._list.currentRow()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    @Slot()
    def _restore(self) -> None:
        self.chosen = self._current()
        if self.chosen is not None:
            self.accept()

    @Slot()
    def _discard(self) -> None:
        entry = self._current()
        if entry is None or entry.lock is not None:
            return
        answer = plain_text.question(
            self,
            self.tr("Discard recovered board"),
            self.tr(
                "Discard the recovered copy of “{title}”? Its unsaved changes will be lost."
            ).format(title=entry.title),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self._store.discard(entry.session)
            self.reload()
