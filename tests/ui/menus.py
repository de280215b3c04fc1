"""Choosing a menu item the way a person does: click the menu's title in the menu bar, then
the item in the menu that opens (shortcuts need an active window, which an offscreen test
run does not always have)."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow


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
