"""The preview of suggested themes: the facilitator ticks the ones to keep, nothing changes
until they accept, and accepting is one undo step."""

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from codesign.model.clustering import SuggestedCluster

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
        layout.addWidget(
            QLabel(
                self.tr(
                    "Notes not yet in a theme, grouped by a word they share. Untick any you "
                    "do not want; accepted themes are laid out below the board."
                ),
                wordWrap=True,
            )
        )
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        for suggestion in self.suggestions:
            top = QTreeWidgetItem(
                [
                    self.tr("{title} (%n note(s))", "", len(suggestion.note_ids)).format(
                        title=suggestion.title
                    )
                ]
            )
            top.setCheckState(0, Qt.CheckState.Checked)
            for note_id in suggestion.note_ids:
                text = " ".join(texts.get(note_id, "").split())
                if len(text) > PREVIEW_CHARS:
                    text = text[: PREVIEW_CHARS - 1] + "…"
                top.addChild(QTreeWidgetItem([text]))
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(self)
        accept = buttons.addButton(
            self.tr("Make ticked themes"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        accept.setObjectName("AcceptSuggestions")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 480)

    def chosen(self) -> list[SuggestedCluster]:
        return [
            suggestion
            for index, suggestion in enumerate(self.suggestions)
            if self.tree.topLevelItem(index).checkState(0) == Qt.CheckState.Checked
        ]
