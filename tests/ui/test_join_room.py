"""File > Join room…: a second Codesign joins a hosted board as a co-editor, through the menu
and the dialog, and what it types reaches the host's board."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton

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


def test_a_wrong_pin_says_so_and_the_dialog_comes_back_with_what_was_typed(qtbot):
    room = Room(BoardDocument(), RoomSettings(interface="127.0.0.1", port=0, pin="4821"))
    room.start()
    try:
        window = make_active_window(qtbot, BoardDocument())
        address = f"127.0.0.1:{room.port}"
        join_through_the_dialog(qtbot, window, address, "1111", "Table 2")
        qtbot.waitUntil(lambda: "PIN" in window.statusBar().currentMessage(), timeout=5000)
        assert "\n" not in window.statusBar().currentMessage()
        assert window.join_room.editor is None
        qtbot.waitUntil(lambda: window.join_room.dialog is not None)
        again = window.join_room.dialog
        qtbot.waitUntil(again.isVisible)
        refusal = again.findChild(QLabel, "JoinRefusal")
        assert refusal.isVisible() and refusal.text().startswith("Wrong PIN")
        assert refusal.textFormat() == Qt.TextFormat.PlainText
        assert (again.address.text(), again.name.text()) == (address, "Table 2")
        qtbot.waitUntil(again.pin.hasFocus)
        assert again.pin.selectedText() == "1111"
        QTest.keyClicks(again.pin, "4821")  # typed over the selected wrong PIN
        QTest.mouseClick(again.findChild(QPushButton, "JoinRoom"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.join_room.editor is not None, timeout=5000)
        assert "Table 2" in window.statusBar().currentMessage()
        window.join_room.leave()
    finally:
        room.stop()


def test_an_unreachable_room_keeps_the_dialog_and_cancel_closes_it(qtbot):
    window = make_active_window(qtbot, BoardDocument())
    join_through_the_dialog(qtbot, window, "127.0.0.1:1", "4821", "Table 2")
    qtbot.waitUntil(lambda: window.join_room.dialog is not None, timeout=15000)
    again = window.join_room.dialog
    refusal = again.findChild(QLabel, "JoinRefusal")
    assert refusal.text().startswith("Cannot join the room at")
    assert refusal.text() in window.statusBar().currentMessage()
    assert again.address.text() == "127.0.0.1:1"
    QTest.keyClick(again, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.join_room.dialog is None)
    assert window.join_room.editor is None
