"""A MainWindow held still for pictures: fixed screens, home, time zone, ids and clock.

`tools.user_guide_shots` drives it; everything that makes two runs give the same picture lives
here, so a new shot only says what to show.
"""

import contextlib
import fcntl
import json
import os
import random
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu, QWidget

from codesign.canvas.view import BoardView
from codesign.document import BoardDocument
from codesign.storage.templates import board_from_template
from codesign.ui.shell.context_menu import build_context_menu
from codesign.ui.shell.main_window import MainWindow

WINDOW_SIZE = (1280, 800)
SCREENS = {
    "synchronousWindowSystemEvents": False,
    "windowFrameMargins": False,
    "screens": [
        {"name": "Laptop", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96},
        {"name": "Projector", "x": 1280, "y": 0, "width": 1280, "height": 720, "logicalDpi": 96},
    ],
}
"""Two offscreen screens, so the projector window goes where it would in the room."""
HOME = Path(tempfile.gettempdir()) / "codesign-user-guide" / "facilitator"
"""A fixed home: paths the About dialog shows are the same on every run."""
W = TypeVar("W", bound=QWidget)
SETTLE_MS = 450
"""Longer than the presentation's 300 ms ease, so a frame has arrived before the picture."""


class FixedClock:
    """The workshop timer's clock, moved by hand so the countdown reads the same every run."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Studio:
    """One shot's window, with the few gestures the setups need."""

    def __init__(self, board: str) -> None:
        self.board = board
        self.window = MainWindow(BoardDocument(board_from_template(board)))
        self.window.resize(*WINDOW_SIZE)
        self.window.move(0, 0)
        self.window.show()
        self.clock = FixedClock()
        # The timer takes a clock for tests; the window makes its own, so swap it in here.
        self.window.room.timer._clock = self.clock
        self.settle()
        self.view.fit_board()
        self.settle()

    @property
    def view(self) -> BoardView:
        return self.window.view

    @property
    def document(self) -> BoardDocument:
        return self.window.document

    def settle(self, ms: int = 60) -> None:
        QTest.qWait(ms)
        QApplication.processEvents()

    def trigger(self, key: str) -> None:
        self.window.actions[key].trigger()
        self.settle()

    def select(self, *ids: str) -> None:
        self.view.board_scene.select_ids(list(ids))
        self.settle()

    def frame(self, *ids: str, zoom: float | None = None) -> None:
        """Fit the view round the items; with `zoom`, that zoom centred on them instead."""
        self.settle()
        scene = self.view.board_scene
        rect = QRectF()
        for key in ids:
            rect = rect.united(scene.item_rect(key))
        self.view.fit_rect(rect)
        if zoom is not None:
            self.view.set_zoom(zoom)
            self.view.centerOn(rect.center())
        self.settle()

    def widen(self, dock: QDockWidget, width: int) -> None:
        self.settle()
        self.window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
        self.settle()

    def wait_until(self, done: Callable[[], bool], seconds: float = 20.0) -> None:
        """For work the app does in a thread (a PDF's page count)."""
        for _ in range(int(seconds * 20)):
            if done():
                return
            self.settle(50)
        raise TimeoutError("the window never reached the state the shot needs")

    def dialog(self, kind: type[W]) -> W:
        self.settle(120)
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        assert found, f"no {kind.__name__} is showing"
        return found[-1]

    def context_menu(self, item_id: str) -> QMenu:
        """The right-click menu of an item, popped up where a right-click on it would put it."""

        window = self.window
        rect = self.view.board_scene.item_rect(item_id)
        pos = self.view.mapFromScene(rect.center())
        menu = build_context_menu(
            self.view, window.actions, pos, window.edit, window.clip, window.journeys
        )
        menu.popup(self.view.viewport().mapToGlobal(pos))
        self.settle()
        return menu

    def open_submenu(self, menu: QMenu, title: str) -> QMenu:
        action = next(a for a in menu.actions() if a.text().replace("&", "") == title)
        menu.setActiveAction(action)
        submenu = action.menu()
        place = menu.actionGeometry(action).topRight()
        submenu.popup(menu.mapToGlobal(place))
        self.settle()
        return submenu

    def grab(self, crop: QRect | None = None, menus: tuple[QMenu, ...] = ()) -> QImage:
        """The window as a person sees it, open menus painted where they pop up."""
        self.settle(SETTLE_MS)  # the minimap redraws a quarter of a second after a change
        image = self.window.grab().toImage()
        painter = QPainter(image)
        for menu in menus:
            painter.drawImage(self.window.mapFromGlobal(menu.pos()), menu.grab().toImage())
        painter.end()
        return image.copy(crop) if crop is not None else image

    def close(self) -> None:
        """Hidden, not closed: closing would ask about unsaved changes and store the geometry."""
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.hide()
        self.document.undo_stack.setClean()
        self.window.deleteLater()
        self.settle()


def grab_widget(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


def prepare_environment() -> None:
    """Before Qt starts, inside `private_home`: offscreen screens, the fixed home, UTC."""
    screens = HOME / "screens.json"
    screens.write_text(json.dumps(SCREENS))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screens}"
    os.environ["TZ"] = "UTC"
    os.environ["HOME"] = str(HOME)
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ.pop(variable, None)
    os.environ.pop("LANGUAGE", None)
    os.environ["LANG"] = os.environ["LC_ALL"] = "en_GB.UTF-8"


@contextlib.contextmanager
def private_home() -> Iterator[None]:
    """One run at a time owns the fixed home; it starts empty and is removed afterwards."""
    HOME.parent.mkdir(parents=True, exist_ok=True)
    with open(HOME.parent / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        shutil.rmtree(HOME, ignore_errors=True)
        HOME.mkdir(parents=True)
        try:
            yield
        finally:
            shutil.rmtree(HOME, ignore_errors=True)


def seeded_ids(name: str) -> None:
    """New ids (`note-…`) from a generator seeded by the shot's name, so orderings repeat."""
    generator = random.Random(name)
    uuid.uuid4 = lambda: uuid.UUID(int=generator.getrandbits(128), version=4)
