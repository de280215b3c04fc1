"""Ending the window's room takes the board away from every phone in it: ask first.

Ctrl+Q, the window's close button and File > Quit all come through `closeEvent`; File > Join
room… replaces the board the room shares. Either way the room ends for every phone, so the
facilitator chooses, in words that say what happens next.
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
    return _ask_to_stop(parent, text, translate("RoomQuit", "Stop the room and quit"))


def stop_room_and_join(parent: QWidget, phones: int) -> bool:
    """True when the person chose to stop their own room and join another; False on Cancel or
    Escape (nothing is stopped, nothing joined)."""
    text = (
        translate(
            "RoomJoin",
            "%n phone(s) connected to your room will be disconnected: joining another room "
            "stops yours.",
            "",
            phones,
        )
        if phones
        else translate(
            "RoomJoin", "Your room is open. Joining another room stops it, and no phone can join."
        )
    )
    return _ask_to_stop(parent, text, translate("RoomJoin", "Stop the room and join"))


def _ask_to_stop(parent: QWidget, text: str, stop_label: str) -> bool:
    box = message_box(
        parent, QMessageBox.Icon.Question, translate("RoomQuit", "Stop the room?"), text, NO_BUTTONS
    )
    box.setObjectName("StopRoomQuestion")
    stop = box.addButton(stop_label, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    box.exec()
    return box.clickedButton() is stop
