"""The Themes panel: every theme with its notes, in reading order, for the facilitator to read
out; a click centres the board on that theme or note.

It is rebuilt at most once per event-loop pass after an edit (a drag of fifty notes is one
refresh), and only while it is visible.
"""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from codesign.canvas.items import ClusterItem
from codesign.canvas.view import BoardView
from codesign.model import Cluster, Note
from codesign.model.bilingual import shown_line
from codesign.model.kinds import in_reading_order
from codesign.ui.common.panel_style import PANEL_STYLE, mark
from codesign.ui.common.plain_text import plain_tip

ID_ROLE = Qt.ItemDataRole.UserRole


class ThemesPanel(QDockWidget):
    item_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Themes"), parent)
        self.setObjectName("ThemesPanel")
        self.setStyleSheet(PANEL_STYLE)
        body = mark(QWidget(self), "panel")
        self.tree = QTreeWidget(body)
        self.tree.setObjectName("ThemesTree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setIndentation(18)
        self.tree.itemClicked.connect(self._on_clicked)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
        hint = mark(
            QLabel(self.tr("In reading order. Click one to find it on the board."), body), "hint"
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.tree, 1)
        self.setWidget(body)
        self._view: BoardView | None = None
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.refresh)
        self.visibilityChanged.connect(lambda shown: shown and self._timer.start())

    def attach(self, view: BoardView) -> None:
        self._view = view
        view.board_scene.document.records_changed.connect(self._timer.start)
        self.refresh()

    def refresh(self) -> None:
        if self._view is None or not self.isVisible():
            return
        document = self._view.board_scene.document
        clusters = in_reading_order(document.records_of(Cluster))
        collapsed = self._collapsed_ids()
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        languages = document.languages()
        for cluster in clusters:
            top = QTreeWidgetItem([self._heading(cluster)])
            top.setData(0, ID_ROLE, cluster.id)
            top.setFont(0, bold)
            for member in cluster.members:
                note = document.get(member)
                if isinstance(note, Note):
                    text = shown_line(note.text, note.text_alt, languages)
                    child = QTreeWidgetItem([" ".join(text.split()) or self.tr("(empty)")])
                    child.setData(0, ID_ROLE, note.id)
                    child.setToolTip(0, plain_tip(text))
                    top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(cluster.id not in collapsed)

    def _heading(self, cluster: Cluster) -> str:
        languages = self._view.board_scene.document.languages() if self._view else None
        title = shown_line(cluster.title, cluster.title_alt, languages)
        title = title or self.tr("Untitled theme")
        count = len(cluster.members)
        item = self._view.board_scene.graphics_item(cluster.id) if self._view else None
        votes = item.votes if isinstance(item, ClusterItem) else None
        notes = self.tr("%n note(s)", "", count)
        if votes is None:
            return self.tr("{title} — {notes}").format(title=title, notes=notes)
        return self.tr("{title} — {notes} · {votes}").format(
            title=title, notes=notes, votes=self.tr("%n vote(s)", "", votes)
        )

    def _collapsed_ids(self) -> set[str]:
        """Themes the facilitator folded stay folded; new ones open."""
        return {
            self.tree.topLevelItem(i).data(0, ID_ROLE)
            for i in range(self.tree.topLevelItemCount())
            if not self.tree.topLevelItem(i).isExpanded()
        }

    def _on_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        item_id = item.data(0, ID_ROLE)
        if item_id and self._view is not None:
            self._view.board_scene.select_ids([item_id])
            self._view.centre_on_item(item_id)
            self.item_chosen.emit(item_id)
