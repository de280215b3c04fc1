"""Ctrl+Q while a room is open asks first: Cancel keeps the window and the room; "Stop the
room and quit" ends both. A phone joined changes what the question says."""

import pytest
from PySide6.QtWidgets import QMessageBox

from codesign.ui.room.room_control import RoomControl
from tests.ui.conftest import make_window
from tests.ui.menus import choose
from tests.ui.test_room_panel import post_join, start_room


@pytest.fixture
def window(qtbot, monkeypatch):
    monkeypatch.setattr(RoomControl, "port", 0)
    return make_window(qtbot)


def answer_in_turn(monkeypatch, answers: list[str]) -> list[str]:
    """Each message box answered through its buttons with the next of `answers`; returns the
    questions asked."""
    asked: list[str] = []
    pending = iter(answers)

    def click(box: QMessageBox) -> int:
        asked.append(box.text())
        wanted = next(pending)
        next(b for b in box.buttons() if b.text().replace("&", "") == wanted).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)
    return asked


def test_quit_with_an_open_room_asks_and_cancel_keeps_it(qtbot, window, monkeypatch):
    start_room(qtbot, window)
    asked = answer_in_turn(monkeypatch, ["Cancel"])
    choose(window, "quit")  # File > Quit, Ctrl+Q
    assert asked == ["The room is open. Quitting stops it, and no phone can join this board."]
    assert window.isVisible() and window.live_room.running


def test_stop_the_room_and_quit_says_phones_are_in_it(qtbot, window, monkeypatch):
    _panel, room = start_room(qtbot, window)
    assert post_join(room.url, room.pin, "Ana")[0] == 200
    qtbot.waitUntil(lambda: len(room.guests) == 1)
    asked = answer_in_turn(monkeypatch, ["Stop the room and quit", "Discard"])
    choose(window, "quit")  # File > Quit, Ctrl+Q
    assert asked[0].startswith("Phones are connected to this room")
    assert not window.isVisible() and not window.live_room.running
