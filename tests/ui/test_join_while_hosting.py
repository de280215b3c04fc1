"""File > Join room… while this window hosts a room: the facilitator is asked before the room
and its phones are dropped. Cancel keeps the room and the board; "Stop the room and join" stops
it, then joins, and the joined board opens fitted, as an opened file does."""

import pytest

from codesign.document import BoardDocument
from codesign.model import Board, Note
from codesign.room import Room, RoomSettings
from codesign.ui.room.room_control import RoomControl
from tests.ui.conftest import make_window
from tests.ui.test_join_room import join_through_the_dialog
from tests.ui.test_room_panel import post_join, start_room
from tests.ui.test_room_quit import answer_in_turn


@pytest.fixture
def window(qtbot, monkeypatch):
    monkeypatch.setattr(RoomControl, "port", 0)
    window = make_window(qtbot)
    yield window
    window.join_room.leave()
    window.live_room.stop()


@pytest.fixture
def other_room():
    """A room elsewhere with a board wider than the window at 100 %."""
    board = Board(items=(Note(id="near", x=0, y=0), Note(id="far", x=6000, y=4000)))
    document = BoardDocument(board)
    room = Room(document, RoomSettings(interface="127.0.0.1", port=0, pin="4821"))
    room.start()
    yield room
    room.stop()
    document.deleteLater()


def hosting_with_a_phone(qtbot, window):
    _panel, room = start_room(qtbot, window)
    assert post_join(room.url, room.pin, "Ana")[0] == 200
    qtbot.waitUntil(lambda: len(room.guests) == 1)
    return room


def test_cancel_keeps_the_hosted_room_and_the_board(qtbot, window, monkeypatch, other_room):
    hosted = hosting_with_a_phone(qtbot, window)
    board = window.document
    asked = answer_in_turn(monkeypatch, ["Cancel"])
    join_through_the_dialog(qtbot, window, f"127.0.0.1:{other_room.port}", "4821", "Table 2")
    qtbot.waitUntil(lambda: window.join_room.dialog is None)
    assert asked == [
        "1 phone connected to your room will be disconnected: joining another room stops yours."
    ]
    assert window.live_room.room is hosted and len(hosted.guests) == 1
    assert window.document is board and window.join_room.editor is None


def test_stop_the_room_and_join_stops_it_then_joins_fitted(qtbot, window, monkeypatch, other_room):
    hosting_with_a_phone(qtbot, window)
    asked = answer_in_turn(monkeypatch, ["Stop the room and join", "Discard"])
    join_through_the_dialog(qtbot, window, f"127.0.0.1:{other_room.port}", "4821", "Table 2")
    qtbot.waitUntil(lambda: window.join_room.editor is not None, timeout=5000)
    assert asked[0].startswith("1 phone connected") and asked[1].startswith("Save the changes")
    assert not window.live_room.running
    assert window.document.get("far") is not None
    view = window.view
    qtbot.waitUntil(lambda: view.zoom() < 1.0)
    shown = view.visible_rect()
    for note_id in ("near", "far"):
        assert shown.contains(view.board_scene.item_rect(note_id))
