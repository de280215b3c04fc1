"""Choosing a menu item the way a person does: open the menu from the menu bar, then choose the
item in the menu that opens (shortcuts need an active window, which an offscreen test run does
not always have)."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow, QMenu


def choose_from_menu(qtbot, window: QMainWindow, title: str, item: str) -> None:
    """Click `title` ("File") in the menu bar, then `item` ("Export…"); `&` marks ignored."""
    bar = window.menuBar()
    heading = next(a for a in bar.actions() if a.text().replace("&", "") == title)
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(heading).center())
    menu = heading.menu()
    qtbot.waitUntil(menu.isVisible)
    action = next(a for a in menu.actions() if a.text().replace("&", "") == item)
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: not menu.isVisible())


def choose(window: QMainWindow, action_key: str) -> None:
    """Open the menu that holds `window.actions[action_key]` and press Enter on it."""
    action = window.actions[action_key]
    bar = window.menuBar()
    top = next(
        (a for a in bar.actions() if isinstance(a.menu(), QMenu) and action in a.menu().actions()),
        None,
    )
    assert top is not None, f"no menu holds {action_key}"
    menu = top.menu()
    bar.setActiveAction(top)
    _wait_for(menu.isVisible)
    assert menu.isVisible(), f"the {top.text()!r} menu did not open"
    assert action.isEnabled(), f"{action_key} is disabled"
    menu.setActiveAction(action)
    QTest.keyClick(menu, Qt.Key.Key_Return)
    _wait_for(lambda: not menu.isVisible())


def _wait_for(condition: Callable[[], bool], timeout_ms: int = 2000) -> None:
    waited = 0
    while not condition() and waited < timeout_ms:
        QTest.qWait(10)
        waited += 10
