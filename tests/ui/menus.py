"""Choosing a menu item as a person does: open the menu bar's menu, move to the item, Enter."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow, QMenu


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
