"""Closing the window while a room is open ends it for every phone: ask first.

Ctrl+Q, the window's close button and File > Quit all come through `closeEvent`; a room that
ends there takes away the board from every phone in it, so the facilitator chooses.
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from codesign.ui.common.plain_text import NO_BUTTONS, message_box

translate = QCoreApplication.translate


def stop_room_and_quit(parent: QWidget, phones: int) -> bool:
    """True when the person chose to stop the room and quit; False on Cancel or Escape."""
    text = (
        translate(
            "RoomQuit",
            "Phones are connected to this room. Quitting stops the room and they lose the board.",
        )
        if phones
        else translate(
            "RoomQuit", "The room is open. Quitting stops it, and no phone can join this board."
        )
    )
    box = message_box(
        parent, QMessageBox.Icon.Question, translate("RoomQuit", "Stop the room?"), text, NO_BUTTONS
    )
    box.setObjectName("StopRoomQuestion")
    stop = box.addButton(
        translate("RoomQuit", "Stop the room and quit"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    box.exec()
    return box.clickedButton() is stop
