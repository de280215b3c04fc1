"""The PIN dialogs look like the app's other dialogs: their main button ("Lock board",
"Unlock") carries the blue primary style and is the default one Enter presses."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from codesign.ui.common.dialog_style import DIALOG_STYLE
from tests.ui.conftest import make_window
from tests.ui.menus import choose


def _main_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_lock_and_unlock_dialogs_have_the_primary_button(qtbot):
    window = make_window(qtbot)
    choose(window, "participant_mode")
    lock_dialog = window.room.pin_dialog
    qtbot.waitUntil(lambda: lock_dialog is not None and lock_dialog.isVisible())
    button = _main_button(lock_dialog)
    assert button.text() == "Lock board" and button.property("primary") is True
    assert button.isDefault() and lock_dialog.styleSheet() == DIALOG_STYLE
    QTest.keyClicks(lock_dialog.pin, "2468")
    QTest.keyClicks(lock_dialog.repeat, "2468")
    QTest.keyClick(lock_dialog.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.document.is_locked)

    QTest.mouseClick(window.room.badge, Qt.MouseButton.LeftButton)
    unlock_dialog = window.room.badge.dialog
    qtbot.waitUntil(lambda: unlock_dialog is not None and unlock_dialog.isVisible())
    button = _main_button(unlock_dialog)
    assert button.text() == "Unlock" and button.property("primary") is True
    QTest.keyClicks(unlock_dialog.pin, "2468")
    QTest.keyClick(unlock_dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.document.is_locked)
