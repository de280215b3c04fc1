"""The PIN prompt for entering and leaving participant mode.

Entering asks for the PIN twice (a typo would lock the facilitator out of their own board);
leaving asks once, and a wrong PIN keeps the dialog open with a plain message instead of
closing it, so a participant trying numbers gets nowhere and the facilitator can try again.
"""

from PySide6.QtCore import Qt
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

from codesign.ui.participant_mode import MIN_PIN_LENGTH, ParticipantLock, valid_pin
from codesign.ui.plain_text import plain_label

MAX_PIN_LENGTH = 12


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
        self.setMinimumWidth(380)

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
        elif self.lock.unlock(pin):
            self.accept()
        else:
            self._refuse(
                self.tr("Wrong PIN. Wrong tries so far: {0}.").format(self.lock.failed_attempts)
            )

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

    def __init__(self, lock: ParticipantLock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lock = lock
        self.dialog: PinDialog | None = None
        self.setText(self.tr("Participant mode: unlock…"))
        self.setToolTip(self.tr("The board is locked for participants; the PIN unlocks it"))
        self.setStyleSheet(
            "QToolButton { background: #FFE873; color: #1F1F1F; border-radius: 4px;"
            " padding: 2px 8px; font-weight: bold; }"
        )
        self.clicked.connect(self.ask_for_pin)
        lock.changed.connect(self.setVisible)
        self.setVisible(lock.is_locked)

    def ask_for_pin(self) -> PinDialog:
        self.dialog = PinDialog(self.lock, self.window())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
        return self.dialog
