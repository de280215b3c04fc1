"""Help > About Codesign: what this copy is, and what to paste into a bug report.

The facts are gathered once into (label, value) rows that both the dialog and "Copy details"
use, so the copied text is always what the facilitator saw on screen. The recovery and settings
folders are listed because "where did my board go?" is the first question after a crash.
"""

import platform
from pathlib import Path

import PySide6
from platformdirs import user_config_path
from PySide6.QtCore import Qt, QTimer, qVersion
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from codesign import __version__
from codesign.storage.recovery import default_folder as recovery_folder
from codesign.ui.common.branding import app_icon
from codesign.ui.common.dialog_style import polish_dialog
from codesign.ui.common.icons import LUCIDE_VERSION
from codesign.ui.common.plain_text import plain_label

ICON_SIZE = 96
COPIED_MS = 2000
"""How long "Copy details" says "Copied" before it is ready again."""


def settings_folder() -> Path:
    return user_config_path("codesign", appauthor=False)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About Codesign"))
        self.rows = self._rows()
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addLayout(self._heading())
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(6)
        for label, value in self.rows[1:]:
            text = plain_label(QLabel(value, self))
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setWordWrap(True)
            form.addRow(label, text)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.copy_button.setToolTip(self.tr("Copy these details, to paste into a bug report"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        polish_dialog(self)

    def _rows(self) -> list[tuple[str, str]]:
        return [
            (self.tr("Codesign"), self.tr("Version {version}").format(version=__version__)),
            (self.tr("Qt"), self.tr("Qt {qt}, PySide6 {pyside}").format(
                qt=qVersion(), pyside=PySide6.__version__
            )),
            (self.tr("Python"), f"{platform.python_version()} ({platform.platform()})"),
            (self.tr("Licence"), self.tr("MIT")),
            (self.tr("Font"), self.tr("Noto Sans, SIL Open Font License 1.1")),
            (self.tr("Icons"), self.tr("Lucide {version}, ISC License").format(
                version=LUCIDE_VERSION
            )),
            (self.tr("Recovery files"), str(recovery_folder())),
            (self.tr("Settings"), str(settings_folder())),
        ]  # fmt: skip

    def _heading(self) -> QHBoxLayout:
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(ICON_SIZE, ICON_SIZE))
        name = QLabel(self.tr("Codesign"), self)
        font = QFont(name.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        name.setFont(font)
        self.version_label = QLabel(self.rows[0][1], self)
        description = QLabel(
            self.tr("An offline canvas for co-design workshops: notes, themes, journeys, votes."),
            self,
        )
        description.setWordWrap(True)
        text = QVBoxLayout()
        text.setSpacing(4)
        for widget in (name, self.version_label, description):
            text.addWidget(widget)
        text.addStretch()
        heading = QHBoxLayout()
        heading.setSpacing(16)
        heading.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        heading.addLayout(text, 1)
        return heading

    def details(self) -> str:
        return "\n".join(f"{label}: {value}" for label, value in self.rows)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
        self.copy_button.setText(self.tr("Copied"))
        QTimer.singleShot(
            COPIED_MS, self, lambda: self.copy_button.setText(self.tr("Copy details"))
        )


def show_about(parent: QWidget) -> AboutDialog:
    """Not modal, like the shortcuts sheet: nothing on the board has to wait for it."""
    dialog = parent.findChild(AboutDialog)
    if dialog is None:
        dialog = AboutDialog(parent)
    dialog.show()
    dialog.raise_()
    return dialog
