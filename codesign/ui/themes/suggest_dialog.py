"""The preview of suggested themes: the facilitator ticks the ones to keep, nothing changes
until they accept, and accepting is one undo step.

Each theme is one row with its tick, its title and its note count; its notes are listed under
it, one line each (the whole text in a tooltip), so a long list stays easy to scan. The accept
button says how many themes it will make and is off when none is ticked.
"""

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from codesign.model.theme_suggestions import SuggestedCluster
from codesign.ui.common.dialog_style import polish_dialog

PREVIEW_CHARS = 90


class SuggestDialog(QDialog):
    def __init__(
        self,
        suggestions: Sequence[SuggestedCluster],
        texts: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SuggestThemesDialog")
        self.setWindowTitle(self.tr("Suggested themes"))
        self.suggestions = list(suggestions)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        grouped = sum(len(suggestion.note_ids) for suggestion in self.suggestions)
        intro = QLabel(
            self.tr(
                "%n free note(s) (in no theme and on no journey map) share a word or phrase. "
                "Untick any theme you do not want; ticked themes are laid out below the board.",
                "",
                grouped,
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        self.tree = self._make_tree(texts)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(self)
        self.accept_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.accept_button.setObjectName("AcceptSuggestions")
        self.accept_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.tree.itemChanged.connect(self._update_accept)
        self._update_accept()
        polish_dialog(self, self.accept_button)
        self.setMinimumSize(480, 360)
        self.resize(680, 540)

    def _make_tree(self, texts: Mapping[str, str]) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setObjectName("SuggestedThemes")
        tree.setColumnCount(2)
        tree.setHeaderHidden(True)
        tree.setUniformRowHeights(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        bold = QFont(tree.font())
        bold.setBold(True)
        for suggestion in self.suggestions:
            count = self.tr("%n note(s)", "", len(suggestion.note_ids))
            top = QTreeWidgetItem([suggestion.title, count])
            top.setFont(0, bold)
            top.setFlags(top.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            top.setCheckState(0, Qt.CheckState.Checked)
            for note_id in suggestion.note_ids:
                whole = " ".join(texts.get(note_id, "").split())
                text = whole if len(whole) <= PREVIEW_CHARS else whole[: PREVIEW_CHARS - 1] + "…"
                child = QTreeWidgetItem([text])
                child.setToolTip(0, whole)
                child.setFlags(Qt.ItemFlag.ItemIsEnabled)
                top.addChild(child)
            tree.addTopLevelItem(top)
        tree.expandAll()
        return tree

    def _update_accept(self) -> None:
        ticked = len(self.chosen())
        self.accept_button.setText(self.tr("Make %n theme(s)", "", ticked))
        self.accept_button.setEnabled(ticked > 0)

    def chosen(self) -> list[SuggestedCluster]:
        return [
            suggestion
            for index, suggestion in enumerate(self.suggestions)
            if self.tree.topLevelItem(index).checkState(0) == Qt.CheckState.Checked
        ]
