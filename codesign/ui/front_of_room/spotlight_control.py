"""Which part of the board each window lights, and which it dims.

While presenting, the laptop always lights the current frame alone: that is what a mirrored
projector shows the room. The Spotlight toggle dims both windows, the wall included, round the
frame being presented or, outside a presentation, round the theme selected.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, QRectF

from codesign.canvas.view import BoardView
from codesign.model import Cluster
from codesign.ui.front_of_room.presentation import PresentationController


class SpotlightControl(QObject):
    def __init__(self, wall: Callable[[], BoardView | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on = False
        self._wall = wall
        self._presenter: PresentationController | None = None

    def attach(self, presenter: PresentationController) -> None:
        """Follow the presenter's board; called again after another board is opened."""
        first = self._presenter is None
        self._presenter = presenter
        view = presenter.view
        view.board_scene.selectionChanged.connect(self.refresh)
        presenter.document.records_changed.connect(self.refresh)
        if first:
            presenter.frame_changed.connect(self.refresh)
            presenter.active_changed.connect(self.refresh)
            presenter.attached.connect(lambda: self.attach(presenter))
        self.refresh()

    def set_on(self, on: bool) -> None:
        self.on = on
        self.refresh()

    def refresh(self, _changed: object = None) -> None:
        presenter = self._presenter
        if presenter is None:
            return
        frame = self.frame_rect()
        lit = frame or (self._theme_rect(presenter.view) if self.on else None)
        presenter.view.set_spotlight(frame or lit)
        wall = self._wall()
        if wall is not None:
            wall.set_spotlight(lit if self.on else None)

    def frame_rect(self) -> QRectF | None:
        """The frame being presented, where it is now."""
        presenter = self._presenter
        if presenter is None or not presenter.active or presenter.current is None:
            return None
        frame = next((f for f in presenter.frames() if f.id == presenter.current), None)
        return QRectF(*frame.rect) if frame is not None else None

    def _theme_rect(self, view: BoardView) -> QRectF | None:
        """The selected theme, or the theme of the one note selected."""
        scene = view.board_scene
        document = scene.document
        selected = scene.selected_ids()
        for item_id in selected:
            if isinstance(document.get(item_id), Cluster):
                return scene.item_rect(item_id)
        if len(selected) == 1:
            for cluster in document.records_of(Cluster):
                if selected[0] in cluster.members:
                    return scene.item_rect(cluster.id)
        return None
