"""One layout and look for the app's own dialogs: room to breathe, grouped, aligned, one
clear primary button.

Each dialog builds its widgets as before and calls `polish_dialog` last: the margins, the
spacing, the form columns and the accent on the button that does the dialog's job are decided
here once, so Settings, Export, Start voting round and Suggest themes read as one product.
Inputs keep the platform's own drawing (their arrows and focus rings are what people know).
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QPushButton, QWidget

ACCENT = "#2F6FDE"
"""The primary button and the chosen card: the canvas's selection blue, a shade deeper so white
text on it keeps 4.5:1."""
MARGIN = 20
SPACING = 12
MIN_WIDTH = 440
"""Wide enough that a question or a file name is seen whole, not scrolled."""

DIALOG_STYLE = f"""
QDialog {{ background: #FBFAF8; }}
QGroupBox {{ font-weight: bold; color: #2B2A28; border: none; border-top: 1px solid #E4E1DB;
    margin-top: 10px; padding-top: 12px; }}
QGroupBox::title {{ subcontrol-origin: margin; subcontrol-position: top left; left: 0px;
    padding: 0 6px 0 0; }}
QPushButton {{ background: #FFFFFF; color: #2B2A28; border: 1px solid #D9D5CD;
    border-radius: 6px; padding: 6px 14px; min-width: 64px; }}
QPushButton:hover {{ background: #F3F1ED; }}
QPushButton:pressed {{ background: #E6E3DC; }}
QPushButton:disabled {{ color: #A9A6A0; background: #F6F5F2; border-color: #E4E1DB; }}
QPushButton[primary="true"] {{ background: {ACCENT}; color: #FFFFFF; border-color: #2A62C6;
    font-weight: bold; }}
QPushButton[primary="true"]:hover {{ background: #2A62C6; }}
QPushButton[primary="true"]:pressed {{ background: #2456B0; }}
QPushButton[primary="true"]:disabled {{ background: #A9BFE8; border-color: #A9BFE8; }}
QLabel[role="hint"] {{ color: #55524C; }}
QListWidget, QTreeWidget {{ background: #FFFFFF; border: 1px solid #E4E1DB; border-radius: 6px;
    padding: 4px; }}
QListWidget::item, QTreeWidget::item {{ padding: 3px 2px; }}
"""


def polish_dialog(dialog: QDialog, primary: QPushButton | None = None) -> None:
    """Margins, spacing, aligned form columns and the primary button's accent."""
    if primary is not None:
        primary.setProperty("primary", True)
    dialog.setStyleSheet(DIALOG_STYLE)
    dialog.setMinimumWidth(max(dialog.minimumWidth(), MIN_WIDTH))
    layout = dialog.layout()
    if layout is not None:
        layout.setContentsMargins(MARGIN, MARGIN - 2, MARGIN, MARGIN - 4)
        layout.setSpacing(SPACING)
    align_forms(dialog.findChildren(QFormLayout))


def action_and_cancel(
    dialog: QDialog, text: str, name: str
) -> tuple[QDialogButtonBox, QPushButton]:
    """The dialog's job as its default button beside Cancel, wired to accept and reject."""
    buttons = QDialogButtonBox(dialog)
    action = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
    action.setObjectName(name)
    action.setDefault(True)
    buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, action


def align_forms(forms: list[QFormLayout]) -> None:
    """Every form's labels in one column as wide as the widest, so the fields of separate
    groups start on one line instead of each group's own."""
    labels: list[QWidget] = []
    for form in forms:
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                labels.append(item.widget())
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)
