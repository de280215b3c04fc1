"""Typing a theme's title in place: a line edit laid over the cluster's title bar.

Enter (or clicking elsewhere) keeps the title as one "Rename cluster" step; Escape leaves the
title as it was. The edit sits on the view, sized to the zoom, so the words appear where the
title is drawn.
"""

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QLineEdit

from codesign.canvas.items.cluster import TITLE_BAR, TITLE_SIZE
from codesign.canvas.view import BoardView
from codesign.commands.clusters import rename_cluster
from codesign.model import Cluster


class TitleEditor(QLineEdit):
    def __init__(self, view: BoardView, cluster_id: str) -> None:
        super().__init__(view.viewport())
        self.setObjectName("ThemeTitleEditor")
        self._view = view
        self.cluster_id = cluster_id
        self._done = False
        cluster = view.board_scene.document.get(cluster_id)
        assert isinstance(cluster, Cluster)
        self.setText(cluster.title)
        self.setPlaceholderText(self.tr("Name this theme"))
        self.setAccessibleName(self.tr("Theme title"))
        zoom = view.zoom()
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(12, round(TITLE_SIZE * zoom)))
        self.setFont(font)
        bar = QRectF(cluster.x + 8, cluster.y + 8, cluster.width * 0.7, TITLE_BAR - 12)
        self.setGeometry(view.mapFromScene(bar).boundingRect())
        self.installEventFilter(self)
        self.editingFinished.connect(self.commit)
        self.show()
        self.selectAll()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def commit(self) -> None:
        if self._done:
            return
        self._done = True
        document = self._view.board_scene.document
        if isinstance(document.get(self.cluster_id), Cluster):
            rename_cluster(document, self.cluster_id, self.text().strip())
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
