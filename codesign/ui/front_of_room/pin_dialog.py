"""The PIN prompt for entering and leaving participant mode.

Entering asks for the PIN twice (a typo would lock the facilitator out of their own board);
leaving asks once, and a wrong PIN keeps the dialog open with a plain message instead of
closing it, so a participant trying numbers gets nowhere and the facilitator can try again.
After three wrong tries the lock makes each next try wait longer, and the dialog counts down.
"""

import math

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from codesign.canvas.lifetime import Held
from codesign.model.participant_policy import Refusal
from codesign.ui.common.dialog_style import polish_dialog
from codesign.ui.common.participant_mode import (
    MIN_PIN_LENGTH,
    ParticipantLock,
    mark_button,
    valid_pin,
)
from codesign.ui.common.plain_text import plain_label

MAX_PIN_LENGTH = 12
COUNTDOWN_MS = 250
"""How often the wait before the next try is redrawn: often enough to count seconds down."""


def refusal_text(reason: Refusal) -> str:
    """The one status line for each reason the lock refuses an edit."""
    tr = QCoreApplication.translate
    return {
        Refusal.FACILITATORS_ITEM: tr(
            "participant_mode",
            "Participant mode: only notes added since the board was locked can be deleted",
        ),
        Refusal.THEME_TITLE: tr("participant_mode", "Participant mode: a theme keeps its title"),
        Refusal.THEME_EMPTIED: tr(
            "participant_mode", "Participant mode: a theme keeps at least one note"
        ),
        Refusal.JOURNEY_SHAPE: tr(
            "participant_mode", "Participant mode: journey maps keep their stages and lanes"
        ),
        Refusal.VOTING: tr(
            "participant_mode", "Participant mode: the facilitator runs the voting rounds"
        ),
        Refusal.BOARD: tr(
            "participant_mode",
            "Participant mode: the board's details, saved views and frames stay as they are",
        ),
    }[reason]


class PinDialog(QDialog):
    def __init__(self, lock: ParticipantLock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lock = lock
        self.entering = not lock.is_locked
        self.setWindowTitle(
            self.tr("Participant mode") if self.entering else self.tr("Leave participant mode")
        )
        explanation = QLabel(
            self.tr(
                "People can add, move, edit and vote on notes, but cannot delete themes or "
                "journey maps, open another board or quit. Choose a PIN of at least %n digits "
                "to leave this mode later.",
                "",
                MIN_PIN_LENGTH,
            )
            if self.entering
            else self.tr("Enter the facilitator's PIN to unlock the board.")
        )
        explanation.setWordWrap(True)
        self.pin = self._pin_field(self.tr("PIN"))
        self.repeat = self._pin_field(self.tr("PIN again"))
        self.message = plain_label(QLabel())
        self.message.setAccessibleName(self.tr("PIN message"))
        self.message.setStyleSheet("color: #C62828;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Lock board") if self.entering else self.tr("Unlock")
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("PIN"), self.pin)
        if self.entering:
            form.addRow(self.tr("PIN again"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)
        polish_dialog(self, ok)
        self._countdown = QTimer(self, interval=COUNTDOWN_MS)
        self._countdown.timeout.connect(self._show_wait)
        if not self.entering:
            self._show_wait()

    def submit(self) -> None:
        """Lock or unlock; on a mistake say what was wrong and keep the dialog open."""
        pin = self.pin.text()
        if self.entering:
            if not valid_pin(pin):
                self._refuse(self.tr("Use at least %n digits.", "", MIN_PIN_LENGTH))
            elif pin != self.repeat.text():
                self._refuse(self.tr("The two PINs are different."))
            else:
                self.lock.lock(pin)
                self.accept()
        elif self.lock.seconds_to_wait() > 0:
            self._show_wait()
        elif self.lock.unlock(pin):
            self.accept()
        else:
            self._refuse(
                self.tr("Wrong PIN. Wrong tries so far: {0}.").format(self.lock.failed_attempts)
            )
            self._show_wait()

    def _show_wait(self) -> None:
        """While the lock makes the next try wait, say for how long and take no PIN. The field
        turns read-only rather than disabled: a disabled field gives the keyboard to Cancel,
        and the next Enter, typed by habit, closed the dialog."""
        wait = math.ceil(self.lock.seconds_to_wait())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(wait == 0)
        self.pin.setReadOnly(wait != 0)
        if wait == 0:
            if self._countdown.isActive():
                self._countdown.stop()
                self.message.setText(self.tr("Enter the PIN again."))
                self.pin.setFocus()
            return
        self.message.setText(
            self.tr("Wrong PIN. Wrong tries so far: {0}. Next try in {1}:{2:02d}.").format(
                self.lock.failed_attempts, wait // 60, wait % 60
            )
        )
        self._countdown.start()

    def _refuse(self, message: str) -> None:
        self.message.setText(message)
        self.pin.clear()
        self.repeat.clear()
        self.pin.setFocus()

    def _pin_field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMaxLength(MAX_PIN_LENGTH)
        field.setInputMethodHints(
            Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
        )
        field.setAccessibleName(name)
        return field


class ParticipantModeBadge(QToolButton):
    """A status-bar button that says the board is locked, and is the way out.

    Hidden while unlocked. Clicking it asks for the PIN in a window-modal dialog that does not
    block the event loop, so the timer keeps running behind it.
    """

    dialog = Held[PinDialog]()

    def __init__(self, lock: ParticipantLock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lock = lock
        self.setText(self.tr("Participant mode: unlock…"))
        self.setToolTip(self.tr("The board is locked for participants; the PIN unlocks it"))
        self.setStyleSheet(
            "QToolButton { background: #FFE873; color: #1F1F1F; border-radius: 4px;"
            " padding: 2px 8px; font-weight: bold; }"
        )
        mark_button(self, "participant_mode")
        self.clicked.connect(self.ask_for_pin)
        lock.changed.connect(self.setVisible)
        self.setVisible(lock.is_locked)

    def ask_for_pin(self) -> PinDialog:
        dialog = PinDialog(self.lock, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog
