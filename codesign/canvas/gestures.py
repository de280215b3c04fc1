"""Select, move, resize and double-click on the board, each finished gesture as one command.

During a drag only the items' own visuals move; the document hears nothing until the button
is released, and then gets one "Move notes" (or "Resize note") step for the whole gesture.
"""

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsSceneMouseEvent

from codesign.canvas.cluster_hint import ClusterDropHint
from codesign.canvas.items import (
    BoardItem,
    ClusterItem,
    ConnectorItem,
    JourneyItem,
    LabelItem,
    NoteItem,
)
from codesign.canvas.items.picture import PictureItem
from codesign.commands.moves import move_items
from codesign.commands.notes import resize_note
from codesign.commands.pictures import resize_picture
from codesign.model import NOTE_SIZE

if TYPE_CHECKING:
    from codesign.canvas.scene import BoardScene

GRID = 20.0
MIN_NOTE = 60.0
_TOGGLE = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier


def snap(value: float) -> float:
    return round(value / GRID) * GRID


class PointerGestures:
    def __init__(self, scene: "BoardScene") -> None:
        self._scene = scene
        self._press: QPointF | None = None
        self._screen_press: QPointF | None = None
        self._moving: dict[str, QPointF] = {}
        self._lead: BoardItem | None = None
        self._resizing: NoteItem | PictureItem | None = None
        self._dragged = False
        self._reselect: BoardItem | None = None
        self.drop_hint = ClusterDropHint(scene, scene.document)

    def item_at(self, pos: QPointF) -> BoardItem | None:
        return self.first_grabbing(self._scene.items(pos), pos)

    @staticmethod
    def first_grabbing(found: Iterable[QGraphicsItem], pos: QPointF) -> BoardItem | None:
        """The topmost of `found` (the scene's items at `pos`) that a press there takes."""
        for item in found:
            if isinstance(item, BoardItem) and item.grabs(item.mapFromScene(pos)):
                return item
        return None

    # --- press -----------------------------------------------------------------------------

    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        scene = self._scene
        if scene.editor.owns(event.scenePos()):
            return False
        scene.editor.finish()
        if event.button() != Qt.MouseButton.LeftButton:
            return True
        pos = event.scenePos()
        item = self.item_at(pos)
        if item is None:
            if not event.modifiers() & _TOGGLE:
                scene.clearSelection()
            event.ignore()
            return True
        event.accept()
        self._press, self._screen_press = pos, event.screenPos().toPointF()
        self._dragged = False
        self._reselect = None
        if (
            isinstance(item, NoteItem | PictureItem)
            and item.isSelected()
            and item.handle_rect().contains(item.mapFromScene(pos))
        ):
            self._resizing = item
            return True
        if event.modifiers() & _TOGGLE:
            item.setSelected(not item.isSelected())
        elif not item.isSelected():
            scene.select_ids([item.item_id])
        else:
            self._reselect = item
        if item.isSelected():
            self._start_move(item)
        return True

    def _start_move(self, lead: BoardItem) -> None:
        scene = self._scene
        self._lead = lead
        moving: dict[str, QPointF] = {}
        for item_id in scene.selected_ids():
            item = scene.graphics_item(item_id)
            if isinstance(item, ConnectorItem):
                continue
            moving[item_id] = item.pos()
            if isinstance(item, ClusterItem):
                members = item.record.members
            elif isinstance(item, JourneyItem):
                members = tuple(place.note for place in item.record.placements)
            else:
                members = ()
            for member in members:
                member_item = scene.graphics_item(member)
                if member_item is not None:
                    moving.setdefault(member, member_item.pos())
        self._moving = moving

    # --- move ------------------------------------------------------------------------------

    def move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._press is None:
            return False
        if not self._dragged:
            travel = (event.screenPos().toPointF() - self._screen_press).manhattanLength()
            if travel < QApplication.startDragDistance():
                return True
            self._dragged = True
        delta = event.scenePos() - self._press
        if self._resizing is not None:
            self._preview_resize(self._resizing, delta)
        elif self._moving and self._lead is not None:
            self._preview_move(delta)
        return True

    def _preview_move(self, delta: QPointF) -> None:
        scene = self._scene
        lead_start = self._moving.get(self._lead.item_id, self._lead.pos())
        if scene.snap_to_grid:
            target = lead_start + delta
            delta = QPointF(snap(target.x()), snap(target.y())) - lead_start
        for item_id, start in self._moving.items():
            scene.graphics_item(item_id).setPos(start + delta)
        scene.refresh_connectors(self._moving)
        if isinstance(self._lead, NoteItem):
            pos = self._lead.pos()
            self.drop_hint.follow(self._lead.record, pos.x(), pos.y(), self._moving)

    def _preview_resize(self, item: NoteItem | PictureItem, delta: QPointF) -> None:
        if isinstance(item, PictureItem):  # keeps its shape: a photo never stretches
            record = item.record
            width = max(MIN_NOTE, record.width + delta.x())
            item.preview_size(width, width * record.height / record.width)
            self._scene.refresh_connectors([item.item_id])
            return
        width = max(MIN_NOTE, item.record.width + delta.x())
        height = max(MIN_NOTE, item.record.height + delta.y())
        if self._scene.snap_to_grid:
            width = max(MIN_NOTE, snap(item.record.x + width) - item.record.x)
            height = max(MIN_NOTE, snap(item.record.y + height) - item.record.y)
        item.preview_size(width, height)
        self._scene.refresh_connectors([item.item_id])

    # --- release ---------------------------------------------------------------------------

    def release(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._press is None:
            return False
        try:
            if self._resizing is not None and self._dragged:
                self._finish_resize(self._resizing)
            elif self._moving and self._dragged:
                self._finish_move()
            elif self._reselect is not None:
                self._scene.select_ids([self._reselect.item_id])
        finally:
            self.drop_hint.clear()
            self._press = None
            self._moving = {}
            self._lead = self._resizing = self._reselect = None
        return True

    def _finish_move(self) -> None:
        """One step for the drag; notes join the cluster they land in or leave theirs.

        A moved cluster's members are left to `move_items` to carry, so they stay members
        rather than being dropped back into it (which would grow it round them).
        """
        scene = self._scene
        items = [scene.graphics_item(item_id) for item_id in self._moving]
        carried = {m for i in items if isinstance(i, ClusterItem) for m in i.record.members}
        positions = {
            item.item_id: (item.pos().x(), item.pos().y())
            for item in items
            if item.item_id not in carried
        }
        if not move_items(scene.document, positions).pushed:
            for item_id in self._moving:
                item = scene.graphics_item(item_id)
                item.show_record(item.record)

    def _finish_resize(self, item: NoteItem | PictureItem) -> None:
        rect = item.local_rect()
        if isinstance(item, PictureItem):
            done = resize_picture(self._scene.document, item.item_id, rect.width(), rect.height())
            if not done.pushed:
                item.show_record(item.record)
            return
        if not resize_note(self._scene.document, item.item_id, rect.width(), rect.height()).pushed:
            item.show_record(item.record)

    # --- double-click ------------------------------------------------------------------------

    def double_click(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton or self._scene.editor.owns(event.scenePos()):
            return False
        pos = event.scenePos()
        item = self.item_at(pos)
        event.accept()
        if isinstance(item, NoteItem):
            local = item.mapFromScene(pos)
            if item.overflows() and item.badge_rect().adjusted(-6, -6, 6, 6).contains(local):
                grow_to_fit(self._scene, item)
            else:
                self._scene.editor.start(item.item_id)
        elif isinstance(item, LabelItem):
            self._scene.editor.start(item.item_id)
        elif item is None or isinstance(item, ClusterItem | JourneyItem):
            viewport = event.widget()
            self._scene.note_requested.emit(pos, viewport.parent() if viewport else None)
        return True


def grow_to_fit(scene: "BoardScene", item: NoteItem) -> None:
    """Make an overflowing note taller (then wider) until its text fits: one "Resize note"."""
    record = item.record
    width, height = record.width, record.height
    for _step in range(40):
        if item.text_fits(width, height):
            break
        height += NOTE_SIZE / 4
        if height > 3 * width:
            width += NOTE_SIZE / 4
    resize_note(scene.document, record.id, width, height)
