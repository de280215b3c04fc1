"""Edit > Settings: stored on OK, untouched on Cancel, announced to the window, followed."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from codesign.ui.common.settings import Settings, load_settings, save_settings
from codesign.ui.dialogs.settings_dialog import SettingsDialog
from codesign.ui.files.export_dialog import ExportDialog
from tests.ui.conftest import make_window, press

CHANGED = Settings(
    autosave_seconds=20,
    save_automatically=True,
    paper="A3",
    projector_high_contrast=True,
    projector_large_text=True,
)


def open_dialog(window) -> SettingsDialog:
    window.actions["settings"].trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def choose(dialog: SettingsDialog, settings: Settings) -> None:
    """Set the widgets by hand, as a person would."""
    dialog.autosave_seconds.setValue(settings.autosave_seconds)
    dialog.save_automatically.setChecked(settings.save_automatically)
    dialog.paper.setCurrentText(settings.paper)
    dialog.high_contrast.setChecked(settings.projector_high_contrast)
    dialog.large_text.setChecked(settings.projector_large_text)


def test_the_action_is_in_the_edit_menu_with_its_shortcut(shown):
    action = shown.actions["settings"]
    assert action.shortcut().toString() == "Ctrl+,"
    edit_menu = shown.menuBar().actions()[1].menu()
    assert action in edit_menu.actions()


def test_ok_stores_the_settings_and_tells_the_window(shown, qtbot):
    announced = []
    shown.settings_changed.connect(announced.append)
    dialog = open_dialog(shown)
    choose(dialog, CHANGED)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert load_settings() == CHANGED
    assert announced == [CHANGED]


def test_cancel_changes_nothing(shown):
    announced = []
    shown.settings_changed.connect(announced.append)
    dialog = open_dialog(shown)
    choose(dialog, CHANGED)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert load_settings() == Settings()
    assert announced == []
    assert not shown.actions["projector_contrast"].isChecked()


def test_the_dialog_opens_on_the_stored_settings(shown):
    save_settings(CHANGED)
    assert open_dialog(shown).chosen() == CHANGED


def test_restore_defaults_fills_in_the_defaults_without_storing(shown):
    save_settings(CHANGED)
    dialog = open_dialog(shown)
    dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert dialog.chosen() == Settings()
    assert load_settings() == CHANGED
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert load_settings() == Settings()


def test_autosave_interval_is_bounded_and_the_language_follows_the_system_at_first(shown):
    dialog = open_dialog(shown)
    dialog.autosave_seconds.setValue(1)
    assert dialog.autosave_seconds.value() == 2
    dialog.autosave_seconds.setValue(600)
    assert dialog.autosave_seconds.value() == 60
    assert dialog.language.currentData() == "system"
    assert [dialog.language.itemText(i) for i in (1, 2)] == ["Cymraeg", "English"]


def test_the_export_dialog_starts_on_the_default_paper(shown, qtbot):
    save_settings(Settings(paper="A2"))
    dialog = ExportDialog(shown.view.board_scene, shown)
    qtbot.addWidget(dialog)
    assert dialog.paper.currentText() == "A2"
    assert dialog.options().paper == "A2"
    dialog.wait_for_workers()


def test_the_projector_look_follows_the_settings(shown):
    dialog = open_dialog(shown)
    choose(dialog, CHANGED)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert shown.actions["projector_contrast"].isChecked()
    assert shown.actions["projector_large_text"].isChecked()
    assert shown.room.high_contrast and shown.room.large_text
    shown.settings_changed.emit(Settings())
    assert not shown.actions["projector_contrast"].isChecked()
    assert not shown.room.high_contrast and not shown.room.large_text


def test_a_new_window_starts_with_the_stored_projector_look(qtbot):
    save_settings(Settings(projector_high_contrast=True))
    window = make_window(qtbot)
    assert window.actions["projector_contrast"].isChecked()
    assert window.room.high_contrast
    assert not window.room.large_text


def test_ctrl_comma_opens_the_dialog(shown):
    press(shown, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert shown.findChild(SettingsDialog) is not None
