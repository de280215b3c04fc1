"""Cropping one picture with the mouse: drag a rectangle over it (or drag a corner of the one
shown), Enter keeps that part, Esc leaves the picture as it was. One undo step.

While it runs the board's own gestures (moving, rubber band) are held off: the session takes
the viewport's mouse events and the view's keys, and gives them back when it ends.
"""

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent

from codesign.canvas.items.picture import PictureItem
from codesign.canvas.lifetime import Held
from codesign.canvas.view import BoardView
from codesign.commands.pictures import crop_picture
from codesign.model.items import MIN_CROP, Crop, Picture

CORNER_REACH = 14.0
"""Screen pixels from a corner of the crop rectangle within which a press takes the corner."""


class CropSession(QObject):
    _view_held: Held[BoardView] = Held()

    def __init__(self, view: BoardView, item: PictureItem, parent: QObject) -> None:
        super().__init__(parent)
        self._view_held = view
        self._view = view
        self._item = item
        self._anchor: QPointF | None = None
        item.crop_preview = item.local_rect()
        item.update()
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        view.setFocus()

    def _still_there(self) -> bool:
        """The picture may go while cropping (Ctrl+Z, another device in the room, a new
        board): then the session ends without touching what is gone."""
        view = self._view_held
        return (
            view is not None
            and shiboken6.isValid(self._item)
            and isinstance(view.board_scene.document.get(self._item.item_id), Picture)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._still_there():
            self._end()
            return False
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.finish(apply=True)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.finish(apply=False)
                return True
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self._press(self._local(event))
            return True
        if kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            if self._anchor is not None:
                self._drag(self._local(event))
            return True
        if kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            self._anchor = None
            return True
        if kind == QEvent.Type.MouseButtonDblClick:
            return True
        return super().eventFilter(watched, event)

    def _local(self, event: QMouseEvent) -> QPointF:
        return self._item.mapFromScene(self._view.mapToScene(event.position().toPoint()))

    def _press(self, at: QPointF) -> None:
        shown = self._item.crop_preview or self._item.local_rect()
        reach = CORNER_REACH / max(self._view.zoom(), 1e-6)
        corners = (shown.topLeft(), shown.topRight(), shown.bottomLeft(), shown.bottomRight())
        for corner in corners:
            if (corner - at).manhattanLength() <= reach:
                # The corner across from the one taken stays put while this one follows.
                self._anchor = shown.topLeft() + shown.bottomRight() - corner
                return
        self._anchor = self._clamped(at)

    def _drag(self, at: QPointF) -> None:
        assert self._anchor is not None
        self._item.crop_preview = QRectF(self._anchor, self._clamped(at)).normalized()
        self._item.update()

    def _clamped(self, at: QPointF) -> QPointF:
        rect = self._item.local_rect()
        return QPointF(
            min(max(at.x(), rect.left()), rect.right()),
            min(max(at.y(), rect.top()), rect.bottom()),
        )

    def _end(self) -> None:
        view = self._view_held
        if view is not None:
            view.viewport().removeEventFilter(self)
            view.removeEventFilter(self)
        self.deleteLater()

    def finish(self, apply: bool) -> None:
        item, view = self._item, self._view
        view.viewport().removeEventFilter(self)
        view.removeEventFilter(self)
        shown, item.crop_preview = item.crop_preview, None
        item.update()
        if apply and shown is not None:
            crop = _crop_within(item, shown)
            if crop is not None:
                crop_picture(view.board_scene.document, item.item_id, crop)
        self.deleteLater()


def _crop_within(item: PictureItem, shown: QRectF) -> Crop | None:
    """The new crop, as fractions of the whole picture, of `shown` (item coordinates of the
    part shown now); None when the rectangle is too small to keep."""
    old, rect = item.record.crop, item.local_rect()
    across, down = old.right - old.left, old.bottom - old.top
    left = old.left + shown.left() / rect.width() * across
    right = old.left + shown.right() / rect.width() * across
    top = old.top + shown.top() / rect.height() * down
    bottom = old.top + shown.bottom() / rect.height() * down
    if right - left < MIN_CROP or bottom - top < MIN_CROP:
        return None
    return Crop(
        left=max(0.0, left), top=max(0.0, top), right=min(1.0, right), bottom=min(1.0, bottom)
    )
