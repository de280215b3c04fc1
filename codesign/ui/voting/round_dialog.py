"""Starting a voting round: its question, dots per voter, stacking, what is votable, and
whether the tally stays hidden until the facilitator reveals it."""

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from codesign.model import Cluster
from codesign.ui.common.dialog_style import action_and_cancel, polish_dialog

MAX_DOTS = 50


class RoundDialog(QDialog):
    def __init__(self, clusters: Sequence[Cluster], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StartRoundDialog")
        self.setWindowTitle(self.tr("Start a voting round"))
        form = QFormLayout()
        self.title = QLineEdit(self.tr("What matters most?"), self)
        self.title.selectAll()
        form.addRow(self.tr("Question"), self.title)
        self.budget = QSpinBox(self, minimum=1, maximum=MAX_DOTS, value=3)
        self.budget.setSuffix(self.tr(" dots each"))
        form.addRow(self.tr("Dots"), self.budget)
        self.stacking = QCheckBox(self.tr("A voter may put several dots on one note"), self)
        form.addRow("", self.stacking)
        self.hide_tally = QCheckBox(self.tr("Hide the tally until I reveal it"), self)
        self.hide_tally.setChecked(True)
        form.addRow("", self.hide_tally)
        self.all_notes = QRadioButton(self.tr("Every note on the board"), self)
        self.chosen = QRadioButton(self.tr("Only the notes of these themes:"), self)
        scope = QButtonGroup(self)
        scope.addButton(self.all_notes)
        scope.addButton(self.chosen)
        self.all_notes.setChecked(True)
        self.clusters = QListWidget(self)
        for cluster in clusters:
            row = QListWidgetItem(cluster.title or self.tr("Untitled theme"))
            row.setData(Qt.ItemDataRole.UserRole, cluster.id)
            row.setCheckState(Qt.CheckState.Unchecked)
            self.clusters.addItem(row)
        self.clusters.itemChanged.connect(lambda _row: self.chosen.setChecked(True))
        self.chosen.setEnabled(bool(clusters))
        self.clusters.setEnabled(bool(clusters))
        votable = QGroupBox(self.tr("What can be voted on"), self)
        votable_layout = QVBoxLayout(votable)
        votable_layout.setContentsMargins(0, 4, 0, 0)
        for widget in (self.all_notes, self.chosen, self.clusters):
            votable_layout.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(votable, 1)
        buttons, start = action_and_cancel(self, self.tr("Start voting"), "StartVoting")
        layout.addWidget(buttons)
        polish_dialog(self, start)

    def scope(self) -> list[str]:
        """Chosen cluster ids, or none for every note (also when no theme was ticked)."""
        if not self.chosen.isChecked():
            return []
        return [
            self.clusters.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.clusters.count())
            if self.clusters.item(i).checkState() == Qt.CheckState.Checked
        ]

    def question(self) -> str:
        return self.title.text().strip() or self.tr("Vote")
