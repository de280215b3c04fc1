"""The Room panel, driven as a facilitator would: open it from the Present menu, start a room,
read its address and PIN, see a phone join, remove them, close the room to newcomers, say what
phones may do now, and stop. The phone is simulated with plain HTTP against the real server."""

import json
import socket
import urllib.error
import urllib.request

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox

from codesign.ui.room.join_card import WallJoinCard
from codesign.ui.room.room_control import RoomControl
from tests.ui.conftest import make_window
from tests.ui.menus import choose_from_menu


@pytest.fixture
def window(qtbot, monkeypatch):
    monkeypatch.setattr(RoomControl, "port", 0)
    window = make_window(qtbot)
    yield window
    window.live_room.stop()


def post_join(url: str, pin: str, name: str) -> tuple[int, dict]:
    request = urllib.request.Request(
        url + "join",
        data=json.dumps({"pin": pin, "name": name}).encode(),
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def room_state(url: str, token: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(f"{url}room/state?token={token}", timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, {}


def click(widget) -> None:
    """A click where the widget reacts: a check box on its box, a button in its middle."""
    pos = widget.rect().center()
    if isinstance(widget, QCheckBox):
        pos.setX(8)
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def start_room(qtbot, window):
    choose_from_menu(qtbot, window, "Present", "Room: phones join")
    panel = window.live_room.panel
    qtbot.waitUntil(panel.isVisible)
    assert window.actions["room_panel"].isChecked()
    panel.interface.setCurrentIndex(panel.interface.findData("127.0.0.1"))
    click(panel.start_button)
    qtbot.waitUntil(lambda: window.live_room.running)
    return panel, window.live_room.room


def test_start_shows_the_qr_code_address_and_pin(qtbot, window):
    panel, room = start_room(qtbot, window)
    assert panel.start_button.text() == "Stop the room"
    assert panel.card.isVisible()
    assert not panel.card.qr.pixmap().isNull()
    assert panel.card.qr.pixmap().width() >= 150
    assert panel.card.pin_label.text() == room.pin
    assert len(room.pin) == 4 and room.pin.isdigit()
    assert panel.card.address.text() == f"127.0.0.1:{room.port}"
    assert panel.card.pin_label.font().pixelSize() >= 32  # read from a step back
    assert not panel.interface.isVisible()  # the card says where the room is

    click(panel.start_button)
    qtbot.waitUntil(lambda: not window.live_room.running)
    assert panel.start_button.text() == "Start the room"
    assert not panel.card.isVisible()


def test_a_guest_appears_and_is_removed(qtbot, window):
    panel, room = start_room(qtbot, window)
    status, joined = post_join(room.url, room.pin, "Sam")
    assert status == 200
    qtbot.waitUntil(lambda: panel.guest_list.count() == 1)
    assert panel.guest_list.item(0).text().startswith("Sam (phone")
    assert panel.guests_caption.text() == "Joined (1)"
    assert not panel.remove_button.isEnabled()

    row = panel.guest_list.visualItemRect(panel.guest_list.item(0)).center()
    QTest.mouseClick(panel.guest_list.viewport(), Qt.MouseButton.LeftButton, pos=row)
    assert panel.remove_button.isEnabled()
    click(panel.remove_button)
    qtbot.waitUntil(lambda: panel.guest_list.count() == 0)
    assert room_state(room.url, joined["token"])[0] == 401
    assert post_join(room.url, "0000" if room.pin != "0000" else "1111", "Eve")[0] == 401


def test_closing_to_joins_and_what_phones_may_do(qtbot, window):
    panel, room = start_room(qtbot, window)
    status, joined = post_join(room.url, room.pin, "Rhian")
    assert status == 200 and joined["can"] == ["view", "vote", "write"]

    def can_now() -> list[str]:
        return post_join(room.url, room.pin, "Someone")[1]["can"]

    click(panel.can_boxes["write"])
    qtbot.waitUntil(lambda: can_now() == ["view", "vote"])
    click(panel.can_boxes["vote"])
    qtbot.waitUntil(lambda: can_now() == ["view"])
    click(panel.can_boxes["write"])
    qtbot.waitUntil(lambda: can_now() == ["view", "write"])

    click(panel.open_box)
    assert not panel.open_box.isChecked()
    qtbot.waitUntil(lambda: post_join(room.url, room.pin, "Late")[0] == 403)
    click(panel.open_box)
    qtbot.waitUntil(lambda: post_join(room.url, room.pin, "Later")[0] == 200)


def test_the_room_ends_with_the_window_board(qtbot, window):
    _panel, room = start_room(qtbot, window)
    url = room.url
    window.live_room.attach(window.document.__class__())
    assert not window.live_room.running
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=5)


def test_the_projector_shows_how_to_join_while_the_room_is_open(qtbot, window):
    _panel, room = start_room(qtbot, window)
    QTest.keyClick(
        window,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.room.projector is not None and window.room.projector.isVisible())
    cards = window.room.projector.findChildren(WallJoinCard)
    assert len(cards) == 1 and cards[0].isVisible()
    assert cards[0].pin_label.text() == room.pin
    assert cards[0].address.text() == f"127.0.0.1:{room.port}"

    click(window.live_room.panel.start_button)  # Stop the room
    qtbot.waitUntil(lambda: not window.live_room.running)
    assert not cards[0].isVisible()
    window.room.close_projector()


def test_the_panel_speaks_welsh(qtbot, window):
    from codesign.ui.common.language import install_language

    install_language("cy")
    choose_from_menu(qtbot, window, "Cyflwyno", "Ystafell: ffonau’n ymuno")
    panel = window.live_room.panel
    qtbot.waitUntil(panel.isVisible)
    assert panel.start_button.text() == "Agor yr ystafell"
    assert panel.can_boxes["vote"].text() == "Pleidleisio yn y rownd agored"
    panel.interface.setCurrentIndex(panel.interface.findData("127.0.0.1"))
    click(panel.start_button)
    qtbot.waitUntil(lambda: window.live_room.running)
    assert panel.card.pin_caption.text() == "Sganiwch neu teipiwch y cyfeiriad, yna’r PIN"
    assert panel.guests_caption.text() == "Wedi ymuno (0)"
    assert (
        post_join(window.live_room.room.url, window.live_room.room.pin, "Aled")[1]["language"]
        == "cy"
    )


def test_participants_at_the_touchscreen_cannot_run_the_room(qtbot, window):
    panel, _room = start_room(qtbot, window)
    window.room.lock.lock("2468")
    for button in (panel.start_button, panel.open_box, *panel.can_boxes.values()):
        assert not button.isEnabled()
    assert not window.actions["room_panel"].isEnabled()
    click(panel.start_button)
    assert window.live_room.running
    assert window.room.lock.unlock("2468")
    assert panel.start_button.isEnabled()


def test_a_port_in_use_says_so_in_one_line(qtbot, window, monkeypatch):
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        monkeypatch.setattr(RoomControl, "port", port)
        choose_from_menu(qtbot, window, "Present", "Room: phones join")
        panel = window.live_room.panel
        qtbot.waitUntil(panel.isVisible)
        panel.interface.setCurrentIndex(panel.interface.findData("127.0.0.1"))
        click(panel.start_button)
        assert not window.live_room.running
        assert panel.status.isVisible()
        assert panel.status.text().startswith(f"Cannot open the room on port {port}")
        assert "\n" not in panel.status.text()
        assert panel.start_button.text() == "Start the room"
