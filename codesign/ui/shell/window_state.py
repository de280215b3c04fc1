"""Where the window was and how its docks were laid out, kept between sessions.

Qt's own `saveGeometry`/`saveState` bytes are stored in base64 beside the plain rectangle the
window had, so a start can tell, before restoring anything, that the screen it was on is gone
(the projector was unplugged): then the window opens on the laptop as if for the first time.
"""

import binascii
from base64 import b64decode, b64encode
from collections.abc import Iterable

from PySide6.QtCore import QByteArray, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from codesign.ui.common.prefs_store import read_object, write_json

STORE = "window.json"
MIN_VISIBLE = 120
"""Pixels of the window, each way, that must land on one screen for it to be reachable."""


def save_window_state(window: QMainWindow) -> None:
    geometry = window.normalGeometry() if window.isMaximized() else window.geometry()
    write_json(
        STORE,
        {
            "geometry": _encode(window.saveGeometry()),
            "state": _encode(window.saveState()),
            "rect": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
        },
    )


def restore_window_state(window: QMainWindow) -> bool:
    """Put the window back as it was; False when there is nothing usable to put it back to."""
    data = read_object(STORE)
    rect = _rect(data.get("rect"))
    geometry = _decode(data.get("geometry"))
    screens = [screen.availableGeometry() for screen in QGuiApplication.screens()]
    if rect is None or geometry is None or not on_some_screen(rect, screens):
        return False
    if not window.restoreGeometry(geometry):
        return False
    state = _decode(data.get("state"))
    if state is not None:
        window.restoreState(state)
    return True


def on_some_screen(rect: QRect, screens: Iterable[QRect]) -> bool:
    """True when enough of `rect` lies on one screen to grab the window and move it."""
    for screen in screens:
        overlap = rect.intersected(screen)
        if overlap.width() >= MIN_VISIBLE and overlap.height() >= MIN_VISIBLE:
            return True
    return False


def _encode(data: QByteArray) -> str:
    return b64encode(data.data()).decode("ascii")


def _decode(text: object) -> QByteArray | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        return QByteArray(b64decode(text, validate=True))
    except (binascii.Error, ValueError):
        return None


def _rect(value: object) -> QRect | None:
    if (
        isinstance(value, list)
        and len(value) == 4
        and all(isinstance(n, int) and not isinstance(n, bool) for n in value)
    ):
        rect = QRect(*value)
        return rect if rect.isValid() else None
    return None
