"""The actions table is the single source of menus, toolbar and the shortcuts sheet."""

import os
import subprocess
import sys
from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QToolBar

from codesign.model import STICKY_PALETTE
from codesign.ui.common.actions import (
    ACTIONS,
    MENUS,
    ActionSpec,
    build_actions,
    joined_handlers,
    shortcut_rows,
    specs_by_key,
)
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
        "&Insert",
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


def test_a_window_whose_controllers_share_a_key_does_not_start():
    """In a process of its own, so the half-built window dies with it, not with a later test."""
    script = "\n".join(
        (
            "from codesign.ui.app import create_application",
            "from codesign.ui.shell.main_window import MainWindow",
            "from codesign.ui.shell.view_actions import ViewActions",
            "own = ViewActions.handlers",
            "ViewActions.handlers = lambda self: {**own(self), 'save': print}",
            "create_application()",
            "MainWindow()",
        )
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode != 0
    assert "ValueError: two handlers for action 'save'" in done.stderr


def test_a_handler_for_an_action_the_table_lacks_is_an_error(qapp):
    handlers = {spec.key: print for spec in ACTIONS}
    with pytest.raises(ValueError, match=r"handlers without an action: \['sav'\]"):
        build_actions(qapp, {**handlers, "sav": print})
    del handlers["save"]
    with pytest.raises(ValueError, match=r"actions without a handler: \['save'\]"):
        build_actions(qapp, handlers)


def test_a_key_written_twice_in_the_table_is_an_error():
    row = ActionSpec("save", "&Save", "file")
    with pytest.raises(ValueError, match="two rows for action 'save'"):
        specs_by_key((row, row))
