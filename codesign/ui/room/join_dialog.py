"""File > Join room…: the address and PIN on the wall, and the name others will see."""

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from codesign.ui.common.dialog_style import polish_dialog

MAX_NAME = 60


class JoinRoomDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("JoinRoomDialog")
        self.setWindowTitle(self.tr("Join a room"))
        form = QFormLayout(self)
        self.address = QLineEdit(self, objectName="RoomAddress")
        self.address.setPlaceholderText(self.tr("e.g. 192.168.1.20:8765"))
        form.addRow(self.tr("Address"), self.address)
        self.pin = QLineEdit(self, objectName="RoomPin")
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), self))
        form.addRow(self.tr("PIN"), self.pin)
        self.name = QLineEdit(self, objectName="RoomName", maxLength=MAX_NAME)
        self.name.setPlaceholderText(self.tr("e.g. Table 2"))
        form.addRow(self.tr("Your name"), self.name)
        buttons = QDialogButtonBox(self)
        join = buttons.addButton(self.tr("Join"), QDialogButtonBox.ButtonRole.AcceptRole)
        join.setObjectName("JoinRoom")
        join.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        polish_dialog(self, join)
