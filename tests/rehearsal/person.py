"""A person at the laptop: menus opened by clicking their titles, keys pressed to whatever has
the keyboard focus, clicks and drags on the board, dialogs answered through their widgets.

Nothing here calls a handler of the app. Where a person's hand would land is worked out from
what is on the screen (a menu's action rectangle, a scene point mapped to the viewport), and
then real events go there, through QApplication, shortcut map and focus included. A key goes
to `QApplication.focusWidget()`, as a keyboard's does, never straight to the board view: when
the app loses track of the focus, the person's next key goes astray, and the story says so.
"""

from collections.abc import Callable
from functools import cache

import shiboken6
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QInputDevice,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPointingDevice,
    QWheelEvent,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QWidget,
)

from codesign.ui.shell.main_window import MainWindow
from tests.rehearsal.dialogs import WAIT_MS, DialogAnswers, Lost, plain
from tests.rehearsal.screen import WindowManager

NO_KEYS = Qt.KeyboardModifier.NoModifier
LEFT = Qt.MouseButton.LeftButton
DRAG_STEPS = 8


class Person(DialogAnswers):
    def __init__(self, window: MainWindow, qtbot: object) -> None:
        self.window = window
        self.qtbot = qtbot
        self.questions: list[str] = []
        """What message boxes asked, in order, as the person read them."""
        if QGuiApplication.platformName() == "offscreen":
            self._window_manager = WindowManager(window)
            QApplication.instance().installEventFilter(self._window_manager)

    # --- looking ---------------------------------------------------------------------------

    @property
    def viewport(self) -> QWidget:
        return self.window.view.viewport()

    def wait(self, ms: int = 30) -> None:
        QTest.qWait(ms)

    def wait_until(self, condition: Callable[[], object], what: str, ms: int = WAIT_MS) -> None:
        try:
            self.qtbot.waitUntil(lambda: bool(condition()), timeout=ms)
        except Exception as error:  # pytest-qt raises its own TimeoutError
            raise Lost(f"waited {ms} ms and {what} did not happen") from error

    def where(self, x: float, y: float) -> QPoint:
        """The viewport pixel showing scene point (x, y), scrolling to it first if it is off
        the screen, as a person would."""
        if not self.on_screen(x, y):
            self.look_at(x, y)
        if not self.on_screen(x, y):
            raise Lost(f"scene point ({x:.0f}, {y:.0f}) cannot be brought onto the screen")
        return self.window.view.mapFromScene(QPointF(x, y))

    def on_screen(self, x: float, y: float) -> bool:
        point = self.window.view.mapFromScene(QPointF(x, y))
        return self.viewport.rect().adjusted(8, 8, -8, -8).contains(point)

    def look_at(self, x: float, y: float) -> None:
        """Scroll the board (a two-finger swipe on the touchpad) until (x, y) is in the middle."""
        view = self.window.view
        point = view.mapFromScene(QPointF(x, y))
        centre = self.viewport.rect().center()
        delta = centre - point
        wheel = QWheelEvent(
            QPointF(centre),
            QPointF(self.viewport.mapToGlobal(centre)),
            delta,
            delta,
            Qt.MouseButton.NoButton,
            NO_KEYS,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(self.viewport, wheel)
        self.wait()

    # --- the keyboard ----------------------------------------------------------------------

    def keyboard_target(self) -> QWidget:
        """Where a key goes: the focus widget, else the active window, as Qt routes a real key."""
        target = QApplication.focusWidget() or QApplication.activeWindow()
        if target is None:
            raise Lost("no widget and no window has the keyboard focus: the key goes nowhere")
        return target

    def press(self, keys: str) -> None:
        """One key or chord as written on a keycap, e.g. "N", "Ctrl+G", "Escape", "F5"."""
        sequence = QKeySequence(keys)
        if sequence.isEmpty():
            raise ValueError(f"not a key: {keys!r}")
        combo = sequence[0]
        QTest.keyClick(self.keyboard_target(), combo.key(), combo.keyboardModifiers())
        self.wait()

    def write(self, text: str) -> None:
        """Type `text` key by key, each to whatever has the focus at that moment."""
        for character in text:
            if character.isascii():
                QTest.keyClicks(self.keyboard_target(), character)
            else:  # QTest only knows the keys of an ASCII keyboard: â as an input method sends it
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    key = QKeyEvent(kind, 0, NO_KEYS, character)
                    QApplication.sendEvent(self.keyboard_target(), key)
        self.wait()

    # --- the mouse on the board ------------------------------------------------------------

    def hover(self, x: float, y: float) -> None:
        self._move(self.where(x, y), Qt.MouseButton.NoButton)
        self.wait()

    def click(self, x: float, y: float, modifier: Qt.KeyboardModifier = NO_KEYS) -> None:
        point = self.where(x, y)
        self._move(point, Qt.MouseButton.NoButton)
        QTest.mouseClick(self.viewport, LEFT, modifier, point)
        self.wait()

    def double_click(self, x: float, y: float) -> None:
        """Press, release, press (a double-click), release: what a mouse sends."""
        point = self.where(x, y)
        self._move(point, Qt.MouseButton.NoButton)
        QTest.mouseClick(self.viewport, LEFT, NO_KEYS, point)
        QTest.mouseDClick(self.viewport, LEFT, NO_KEYS, point)
        self.wait()

    def drag(self, start: tuple[float, float], end: tuple[float, float]) -> None:
        """Press at `start`, move there in steps with the button held, release at `end`."""
        if not (self.on_screen(*start) and self.on_screen(*end)):
            self.look_at((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
        begin, finish = self.where(*start), self.where(*end)
        self._move(begin, Qt.MouseButton.NoButton)
        QTest.mousePress(self.viewport, LEFT, NO_KEYS, begin)
        for step in range(1, DRAG_STEPS + 1):
            self._move(begin + (finish - begin) * step / DRAG_STEPS, LEFT)
            QTest.qWait(5)
        QTest.mouseRelease(self.viewport, LEFT, NO_KEYS, finish)
        self.wait()

    def finger_drag(self, start: tuple[float, float], end: tuple[float, float]) -> None:
        """One finger on the touchscreen: down at `start`, slid in steps, lifted at `end`.
        Sent to the window, as the screen sends it: QTest's widget touches land off by the
        window's own place on the screen when the window is not in the corner."""
        if not (self.on_screen(*start) and self.on_screen(*end)):
            self.look_at((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
        begin, finish = self.where(*start), self.where(*end)
        window = self.viewport.window()
        handle = window.windowHandle()

        def touch(point: QPoint) -> QPoint:
            return self.viewport.mapTo(window, point)

        QTest.touchEvent(handle, touch_screen()).press(0, touch(begin)).commit()
        for step in range(1, DRAG_STEPS + 1):
            point = touch(begin + (finish - begin) * step / DRAG_STEPS)
            QTest.touchEvent(handle, touch_screen()).move(0, point).commit()
            QTest.qWait(5)
        QTest.touchEvent(handle, touch_screen()).release(0, touch(finish)).commit()
        self.wait()

    def _move(self, point: QPoint, buttons: Qt.MouseButton, widget: QWidget | None = None) -> None:
        """A pointer move over `widget` (the board) with `buttons` held. Not QTest.mouseMove:
        it carries no buttons, and on X it warps the real pointer, whose own motion events
        then arrive late, over whatever window is on top."""
        target = widget if widget is not None else self.viewport
        position = QPointF(point)
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            position,
            QPointF(target.mapToGlobal(position)),
            Qt.MouseButton.NoButton,
            buttons,
            NO_KEYS,
        )
        QApplication.sendEvent(target, move)

    # --- widgets and menus -----------------------------------------------------------------

    def click_widget(self, widget: QWidget, pos: QPoint | None = None) -> None:
        if not widget.isVisible() or not widget.isEnabled():
            raise Lost(f"{widget.objectName() or type(widget).__name__} is not there to press")
        target = pos if pos is not None else widget.rect().center()
        self._move(target, Qt.MouseButton.NoButton, widget)
        QTest.mouseClick(widget, LEFT, NO_KEYS, target)
        self.wait()

    def choose(self, *path: str) -> None:
        """Open the menu bar's `path[0]` by clicking its title, then click each item in turn
        ("File", "Save As"): texts as read on screen, without & or …"""
        bar = self.window.menuBar()
        title = next(
            (a for a in bar.actions() if plain(a.text()) == path[0] and a.isVisible()), None
        )
        if title is None:
            raise Lost(f"no menu called {path[0]!r} in the menu bar")
        self.click_widget(bar, bar.actionGeometry(title).center())
        menu = title.menu()
        for name in path[1:]:
            assert isinstance(menu, QMenu)
            self.wait_until(menu.isVisible, f"the menu {plain(menu.title())!r} opening")
            menu = self.choose_in(menu, name)

    def choose_in(self, menu: QMenu, name: str) -> QMenu | None:
        """Click the item `name` of an open menu; a submenu is returned, open."""
        action = next(
            (a for a in menu.actions() if plain(a.text()) == name and a.isVisible()), None
        )
        if action is None:
            shown = [plain(a.text()) for a in menu.actions() if not a.isSeparator()]
            raise Lost(f"no {name!r} in the menu {plain(menu.title())!r}: {shown}")
        if not action.isEnabled():
            raise Lost(f"{plain(menu.title())} > {name} is greyed out")
        submenu = action.menu()  # a menu may delete itself, and its items, once it closes
        label = f"{plain(menu.title()) or 'the menu'} > {name}"
        fired: list[bool] = []
        action.triggered.connect(lambda *_: fired.append(True))
        spot = menu.actionGeometry(action).center()
        self._move(spot, Qt.MouseButton.NoButton, menu)
        QTest.mouseClick(menu, LEFT, NO_KEYS, spot)
        self.wait()
        if submenu is None:
            self.wait_until(lambda: fired, f"{label} to follow the click")
        return submenu


@cache
def touch_screen() -> QPointingDevice:
    """The room's touchscreen, plugged in once for the whole run, as Qt keeps devices."""
    return QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)


def alive(widget: QWidget | None) -> bool:
    return widget is not None and shiboken6.isValid(widget) and widget.isVisible()
