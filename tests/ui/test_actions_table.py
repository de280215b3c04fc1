"""The actions table is the single source of menus, toolbar and the shortcuts sheet."""

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QToolBar

from codesign.model import STICKY_PALETTE
from codesign.ui.common.actions import ACTIONS, MENUS, joined_handlers, shortcut_rows
from codesign.ui.dialogs.shortcuts_sheet import show_shortcuts


def test_no_shortcut_is_used_twice():
    keys = Counter(QKeySequence(s).toString() for spec in ACTIONS for s in spec.shortcuts)
    assert [key for key, count in keys.items() if count > 1] == []


def test_every_action_sits_in_a_known_menu_with_a_unique_key():
    assert {spec.menu for spec in ACTIONS} <= {key for key, _title in MENUS}
    assert len({spec.key for spec in ACTIONS}) == len(ACTIONS)


def test_number_keys_follow_the_palette_order():
    colours = [spec for spec in ACTIONS if spec.key.startswith("colour.")]
    assert [spec.key.removeprefix("colour.") for spec in colours] == list(STICKY_PALETTE)
    assert [spec.shortcuts for spec in colours] == [(str(n),) for n in range(1, 10)]


def test_every_table_action_is_in_the_window(shown):
    assert set(shown.actions) == {spec.key for spec in ACTIONS}
    menu_titles = [action.text() for action in shown.menuBar().actions()]
    assert menu_titles == [
        "&File",
        "&Edit",
        "&Colour",
        "&Arrange",
        "&Themes",
        "&Journey",
        "V&oting",
        "&View",
        "&Present",
        "&Help",
    ]


def test_colour_buttons_are_named_for_screen_readers(shown):
    assert shown.actions["colour.teal"].toolTip() == "Teal (6)"


def test_the_shortcuts_sheet_lists_the_table(shown):
    sheet = show_shortcuts(shown)
    assert sheet.isVisible() and not sheet.isModal()
    assert sheet.table.rowCount() == len(shortcut_rows())
    rows = {
        sheet.table.item(r, 1).text(): sheet.table.item(r, 2).text()
        for r in range(sheet.table.rowCount())
    }
    assert rows["Duplicate"] == "Ctrl+D"
    assert rows["Zoom in"] == "Ctrl+=, Ctrl++"
    assert show_shortcuts(shown) is sheet


def test_the_toolbar_shows_named_swatches_and_short_texts(shown):
    toolbar = shown.findChild(QToolBar, "MainToolbar")
    teal = toolbar.widgetForAction(shown.actions["colour.teal"])
    assert teal.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    assert teal.accessibleName() == "Teal"
    undo = toolbar.widgetForAction(shown.actions["undo"])
    assert undo.text() == "Undo"


def test_two_controllers_claiming_one_action_key_is_an_error():
    def first() -> None: ...

    def second() -> None: ...

    assert joined_handlers({"save": first}, {"undo": second}) == {"save": first, "undo": second}
    with pytest.raises(ValueError, match="'save'"):
        joined_handlers({"save": first}, {"save": second})
