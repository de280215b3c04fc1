"""File > Join room…: the address and PIN on the wall, and the name others will see.

A refused join opens the dialog again with what was typed and why it was refused, so a
mistyped PIN costs the PIN alone, not the address and name as well.
"""

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from codesign.ui.common.dialog_style import action_and_cancel, polish_dialog
from codesign.ui.common.plain_text import shorten

MAX_NAME = 60


class JoinRoomDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("JoinRoomDialog")
        self.setWindowTitle(self.tr("Join a room"))
        form = QFormLayout(self)
        self.refusal = QLabel(self, objectName="JoinRefusal", wordWrap=True)
        self.refusal.setTextFormat(Qt.TextFormat.PlainText)  # the network's words, never markup
        self.refusal.setStyleSheet("color: #B3261E;")
        self.refusal.hide()
        form.addRow(self.refusal)
        self.address = QLineEdit(self, objectName="RoomAddress")
        self.address.setPlaceholderText(self.tr("e.g. 192.168.1.20:8765"))
        form.addRow(self.tr("Address"), self.address)
        self.pin = QLineEdit(self, objectName="RoomPin")
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), self))
        form.addRow(self.tr("PIN"), self.pin)
        self.name = QLineEdit(self, objectName="RoomName", maxLength=MAX_NAME)
        self.name.setPlaceholderText(self.tr("e.g. Table 2"))
        form.addRow(self.tr("Your name"), self.name)
        buttons, join = action_and_cancel(self, self.tr("Join"), "JoinRoom")
        form.addRow(buttons)
        polish_dialog(self, join)

    def show_refusal(self, address: str, pin: str, name: str, reason: str) -> None:
        """The last attempt's fields and why the room refused it; the PIN selected, so typing
        replaces it and Tab reaches the address or the name."""
        self.address.setText(address)
        self.pin.setText(pin)
        self.name.setText(name)
        self.refusal.setText(shorten(reason))
        self.refusal.show()
        self.pin.selectAll()
        self.pin.setFocus()
