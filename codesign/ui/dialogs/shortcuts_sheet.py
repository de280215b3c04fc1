"""Help > Keyboard shortcuts: a sheet generated from the actions table, so it is never stale."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from codesign.ui.common.actions import shortcut_rows


class ShortcutsSheet(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ShortcutsSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows()
        table = QTableWidget(len(rows), 3, self)
        table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"), self.tr("Keys")])
        previous_menu = None
        for row, (menu, action, keys) in enumerate(rows):
            heading = QTableWidgetItem(menu if menu != previous_menu else "")
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            previous_menu = menu
            for column, item in enumerate(
                (heading, QTableWidgetItem(action), QTableWidgetItem(keys))
            ):
                table.setItem(row, column, item)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        table.verticalHeader().setDefaultSectionSize(26)
        self.table = table
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        self.resize(520, 640)


def show_shortcuts(parent: QWidget) -> ShortcutsSheet:
    """Shown beside the board, not modal, so a facilitator can keep it open while working."""
    sheet = parent.findChild(ShortcutsSheet)
    if sheet is None:
        sheet = ShortcutsSheet(parent)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    sheet.show()
    sheet.raise_()
    return sheet
