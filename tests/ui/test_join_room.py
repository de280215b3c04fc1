"""File > Join room…: a second Codesign joins a hosted board as a co-editor, through the menu
and the dialog, and what it types reaches the host's board."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from codesign.commands import record_change
from codesign.document import BoardDocument
from codesign.model import Board, Note
from codesign.room import Room, RoomSettings
from tests.ui.conftest import make_active_window
from tests.ui.menus import choose


def join_through_the_dialog(qtbot, window, address: str, pin: str, name: str) -> None:
    choose(window, "join_room")
    qtbot.waitUntil(lambda: window.join_room.dialog is not None)
    dialog = window.join_room.dialog
    QTest.keyClicks(dialog.address, address)
    QTest.keyClicks(dialog.pin, pin)
    QTest.keyClicks(dialog.name, name)
    QTest.mouseClick(dialog.findChild(QPushButton, "JoinRoom"), Qt.MouseButton.LeftButton)


def test_a_second_codesign_joins_and_edits_the_hosts_board(qtbot):
    host = BoardDocument(Board(items=(Note(id="note-a", text="On the wall"),)))
    room = Room(host, RoomSettings(interface="127.0.0.1", port=0, pin="4821"))
    room.start()
    try:
        window = make_active_window(qtbot, BoardDocument())
        join_through_the_dialog(qtbot, window, f"127.0.0.1:{room.port}", "4821", "Table 2")
        qtbot.waitUntil(lambda: window.document.get("note-a") is not None, timeout=5000)
        assert window.document.get("note-a").text == "On the wall"
        note = window.document.get("note-a")
        record_change(window.document, "Edit", [note.model_copy(update={"text": "Table 2 says"})])
        qtbot.waitUntil(lambda: host.get("note-a").text == "Table 2 says", timeout=5000)
        window.join_room.leave()
    finally:
        room.stop()


def test_a_wrong_pin_says_so_in_one_line(qtbot):
    room = Room(BoardDocument(), RoomSettings(interface="127.0.0.1", port=0, pin="4821"))
    room.start()
    try:
        window = make_active_window(qtbot, BoardDocument())
        join_through_the_dialog(qtbot, window, f"127.0.0.1:{room.port}", "1111", "Table 2")
        qtbot.waitUntil(lambda: "PIN" in window.statusBar().currentMessage(), timeout=5000)
        assert "\n" not in window.statusBar().currentMessage()
        assert window.join_room.editor is None
    finally:
        room.stop()
