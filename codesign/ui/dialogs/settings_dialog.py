"""Edit > Settings: the facilitator's choices that outlast a board, in four plain groups.

The dialog only edits a `Settings` value. OK stores it and announces it through the window's
`settings_changed`, so what follows a setting while running (the projector's look, autosave)
changes at once; the export dialog reads the stored paper size each time it opens.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from codesign.export import PAPER_SIZES
from codesign.ui.common import language
from codesign.ui.common.dialog_style import polish_dialog
from codesign.ui.common.language import SYSTEM
from codesign.ui.common.settings import AUTOSAVE_SECONDS, Settings, load_settings, save_settings

NOTE_STYLE = "color: #55524C;"
"""Quieter than the controls, still well above 4.5:1 on the dialog's light grey."""


def _note(text: str, parent: QWidget) -> QLabel:
    """A one-line explanation under the controls it is about."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    return label


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._autosave_group())
        layout.addWidget(self._export_group())
        layout.addWidget(self._projector_group())
        layout.addWidget(self._language_group())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.clicked.connect(self._on_button_clicked)
        layout.addWidget(self.buttons)
        polish_dialog(self, self.buttons.button(QDialogButtonBox.StandardButton.Ok))
        self.show_settings(settings)

    # --- groups ----------------------------------------------------------------------------

    def _autosave_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Autosave"), self)
        low, high = AUTOSAVE_SECONDS
        self.autosave_seconds = QSpinBox(group, minimum=low, maximum=high)
        self.autosave_seconds.setObjectName("AutosaveSeconds")
        self.autosave_seconds.setSuffix(self.tr(" seconds"))
        self.autosave_seconds.setAccessibleName(self.tr("Seconds after an edit"))
        self.save_automatically = QCheckBox(
            self.tr("Also save boards that have a file to that file automatically"), group
        )
        self.save_automatically.setObjectName("SaveAutomatically")
        form = QFormLayout(group)
        form.addRow(self.tr("Save a recovery copy &after:"), self.autosave_seconds)
        form.addRow(self.save_automatically)
        form.addRow(
            _note(self.tr("A recovery copy is always kept, whether or not this is ticked."), group)
        )
        return group

    def _export_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Export"), self)
        self.paper = QComboBox(group)
        self.paper.setObjectName("DefaultPaper")
        for name in PAPER_SIZES:
            self.paper.addItem(name, name)
        form = QFormLayout(group)
        form.addRow(self.tr("Default &paper size:"), self.paper)
        return group

    def _projector_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Projector"), self)
        self.high_contrast = QCheckBox(self.tr("&High contrast (plain white background)"), group)
        self.high_contrast.setObjectName("ProjectorHighContrast")
        self.large_text = QCheckBox(self.tr("&Larger note text"), group)
        self.large_text.setObjectName("ProjectorLargeText")
        box = QVBoxLayout(group)
        box.addWidget(self.high_contrast)
        box.addWidget(self.large_text)
        box.addWidget(
            _note(self.tr("The Present menu changes these for this session only."), group)
        )
        return group

    def _language_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Language"), self)
        self.language = QComboBox(group)
        self.language.setObjectName("Language")
        for code, name in language.CHOICES:
            shown = QCoreApplication.translate("SettingsDialog", name) if code == SYSTEM else name
            self.language.addItem(shown, code)
        form = QFormLayout(group)
        form.addRow(self.tr("Lan&guage of the app:"), self.language)
        return group

    # --- values ----------------------------------------------------------------------------

    def show_settings(self, settings: Settings) -> None:
        self.autosave_seconds.setValue(settings.autosave_seconds)
        self.save_automatically.setChecked(settings.save_automatically)
        self.paper.setCurrentIndex(self.paper.findData(settings.paper))
        self.high_contrast.setChecked(settings.projector_high_contrast)
        self.large_text.setChecked(settings.projector_large_text)
        self.language.setCurrentIndex(self.language.findData(settings.language))

    def chosen(self) -> Settings:
        return Settings(
            autosave_seconds=self.autosave_seconds.value(),
            save_automatically=self.save_automatically.isChecked(),
            paper=self.paper.currentData(),
            projector_high_contrast=self.high_contrast.isChecked(),
            projector_large_text=self.large_text.isChecked(),
            language=self.language.currentData(),
        )

    def _on_button_clicked(self, button: QAbstractButton) -> None:
        role = self.buttons.buttonRole(button)
        if role == QDialogButtonBox.ButtonRole.ResetRole:
            self.show_settings(Settings())


def open_settings_dialog(window: QWidget, announce: Callable[[Settings], object]) -> SettingsDialog:
    """Show the dialog without blocking; OK stores the settings, then `announce`s them."""
    dialog = SettingsDialog(load_settings(), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def apply() -> None:
        settings = dialog.chosen()
        save_settings(settings)
        announce(settings)

    dialog.accepted.connect(apply)
    dialog.open()
    return dialog
