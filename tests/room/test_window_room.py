"""The facilitator's window with a room running: phones follow a change of the window's
language, and the canvas shows where a co-editing Codesign looks."""

from codesign.room.client import CoEditor
from codesign.ui.common.language import install_language
from codesign.ui.room.presence_overlay import PresenceOverlay
from tests.ui.test_room_panel import post_join, room_state, start_room, window  # noqa: F401


def test_phones_follow_the_window_into_welsh_mid_session(qtbot, window):  # noqa: F811
    _panel, room = start_room(qtbot, window)
    status, joined = post_join(room.url, room.pin, "Aled")
    assert (status, joined["language"]) == (200, "en")
    try:
        install_language("cy")
        qtbot.waitUntil(lambda: room_state(room.url, joined["token"])[1]["language"] == "cy")
    finally:
        install_language("en")
    qtbot.waitUntil(lambda: room_state(room.url, joined["token"])[1]["language"] == "en")


def test_the_canvas_shows_where_a_co_editor_looks(qtbot, window):  # noqa: F811
    _panel, room = start_room(qtbot, window)
    [overlay] = window.view.viewport().findChildren(PresenceOverlay)
    editor = CoEditor(f"127.0.0.1:{room.port}", room.pin, "Table 2")
    editor.start()
    try:
        editor.set_view(10.0, 20.0, 640.0, 480.0)
        qtbot.waitUntil(
            lambda: any(p.name == "Table 2" and p.view is not None for p in overlay.peers),
            timeout=5000,
        )
        assert overlay.names_line() == "In the room: Table 2"
        overlay.repaint()
    finally:
        editor.stop()
    qtbot.waitUntil(lambda: overlay.peers == (), timeout=5000)
    window.live_room.stop()
    qtbot.waitUntil(lambda: not window.view.viewport().findChildren(PresenceOverlay))
