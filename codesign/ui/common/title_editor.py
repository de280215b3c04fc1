"""Typing a theme's title in place: a line edit laid over the cluster's title bar.

Enter (or clicking elsewhere) keeps the title as one "Rename cluster" step; Escape leaves the
title as it was. The edit sits on the view, sized to the zoom, so the words appear where the
title is drawn.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QLineEdit

from codesign.canvas.items.cluster_title import TITLE_BAR, TITLE_SIZE
from codesign.canvas.view import BoardView
from codesign.commands.clusters import rename_cluster
from codesign.model import Cluster


class InlineTitleEditor(QLineEdit):
    """A title typed in place over `scene_rect`; Enter or clicking away hands the stripped text
    to `on_commit` (one undo step there), Escape keeps the title as it was."""

    def __init__(
        self,
        view: BoardView,
        scene_rect: QRectF,
        text: str,
        font_size: float,
        on_commit: Callable[[str], object],
    ) -> None:
        super().__init__(view.viewport())
        self._view = view
        self._on_commit = on_commit
        self._done = False
        self.setText(text)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(12, round(font_size * view.zoom())))
        self.setFont(font)
        self.setGeometry(view.mapFromScene(scene_rect).boundingRect())
        self.installEventFilter(self)
        self.editingFinished.connect(self.commit)
        self.show()
        self.selectAll()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def commit(self) -> None:
        if self._done:
            return
        self._done = True
        self._on_commit(self.text().strip())
        self._close()

    def cancel(self) -> None:
        self._done = True
        self._close()

    def _close(self) -> None:
        self.hide()
        self._view.setFocus()
        self.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
        ):
            self.cancel()
            return True
        return super().eventFilter(watched, event)


class TitleEditor(InlineTitleEditor):
    def __init__(self, view: BoardView, cluster_id: str) -> None:
        cluster = view.board_scene.document.get(cluster_id)
        assert isinstance(cluster, Cluster)
        bar = QRectF(cluster.x + 8, cluster.y + 8, cluster.width * 0.7, TITLE_BAR - 12)
        super().__init__(view, bar, cluster.title, TITLE_SIZE, self._rename)
        self.setObjectName("ThemeTitleEditor")
        self.cluster_id = cluster_id
        self.setPlaceholderText(self.tr("Name this theme"))
        self.setAccessibleName(self.tr("Theme title"))

    def _rename(self, title: str) -> None:
        document = self._view.board_scene.document
        if isinstance(document.get(self.cluster_id), Cluster):
            rename_cluster(document, self.cluster_id, title)
