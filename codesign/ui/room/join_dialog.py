"""File > Join room…: the address and PIN on the wall, and the name others will see."""

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QWidget

from codesign.ui.common.dialog_style import action_and_cancel, polish_dialog

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
        buttons, join = action_and_cancel(self, self.tr("Join"), "JoinRoom")
        form.addRow(buttons)
        polish_dialog(self, join)
