"""Reshaping a journey map with the pointer: drag a stage's right border or a lane's bottom
border to resize it, drag a point of the emotion curve up or down to say how a stage feels.

The map (and the notes it carries) follow the pointer while the button is down; the document
hears one resize or one "Set how it feels" on release, so each drag is one undo step. The
pointer turns into a resize cursor over a border, so the grip can be found before pressing.
A double-click on the title or a header asks for it to be renamed in place.
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtWidgets import QGraphicsSceneMouseEvent, QWidget

from codesign.canvas.items import BoardItem, JourneyItem
from codesign.commands import journeys as cmd
from codesign.model import JourneyMap, Note
from codesign.model import journey_ops as ops
from codesign.model.journey_geometry import (
    LANE_HEADER_WIDTH,
    MIN_LANE_HEIGHT,
    MIN_STAGE_WIDTH,
    STAGE_HEADER_HEIGHT,
    TITLE_HEIGHT,
    emotion_from_y,
    emotion_points,
    grid_origin,
    stage_at,
)

if TYPE_CHECKING:
    from codesign.canvas.scene import BoardScene

GRIP_PIXELS = 6.0
"""How near a border, in screen pixels, the pointer grips it: the same reach at any zoom."""
POINT_REACH = 16.0
"""Canvas units round an emotion point that grip it; the dot itself has a radius of 9."""

GripKind = Literal["stage", "lane", "emotion"]
CURSORS: dict[GripKind, Qt.CursorShape] = {
    "stage": Qt.CursorShape.SplitHCursor,
    "lane": Qt.CursorShape.SplitVCursor,
    "emotion": Qt.CursorShape.SizeVerCursor,
}


@dataclass(frozen=True)
class Grip:
    """What a press would take hold of: a stage or lane border, or a stage's emotion point
    (`lane_id` is then the emotion lane)."""

    kind: GripKind
    journey_id: str
    part_id: str
    lane_id: str = ""
    size: float = 0.0


def find_grip(journey: JourneyMap, pos: QPointF, reach: float) -> Grip | None:
    """The grip of `journey` under a canvas point: emotion points, then borders."""
    x, y = pos.x(), pos.y()
    if not (
        journey.x - reach <= x <= journey.x + journey.width + reach
        and journey.y + TITLE_HEIGHT <= y <= journey.y + journey.height + reach
    ):
        return None
    left, top = grid_origin(journey)
    for lane in journey.lanes:
        if lane.emotion and top <= y < top + lane.height and x >= left:
            for stage_id, px, py in emotion_points(journey, lane.id):
                if abs(px - x) <= POINT_REACH and abs(py - y) <= POINT_REACH:
                    return Grip("emotion", journey.id, stage_id, lane.id)
            stage_id = stage_at(journey, x)
            if stage_id is not None and not _near_stage_border(journey, x, reach):
                return Grip("emotion", journey.id, stage_id, lane.id)
        top += lane.height
    right = left
    for stage in journey.stages:
        right += stage.width
        if abs(x - right) <= reach:
            return Grip("stage", journey.id, stage.id, size=stage.width)
    bottom = top = grid_origin(journey)[1]
    for lane in journey.lanes:
        bottom += lane.height
        if abs(y - bottom) <= reach and x >= journey.x:
            return Grip("lane", journey.id, lane.id, size=lane.height)
    return None


def header_at(journey: JourneyMap, pos: QPointF) -> bool:
    """True on the map's title, a stage header or a lane header: where a double-click renames."""
    x, y = pos.x() - journey.x, pos.y() - journey.y
    if not (0 <= x <= journey.width and 0 <= y <= journey.height):
        return False
    return y < TITLE_HEIGHT + STAGE_HEADER_HEIGHT or x < LANE_HEADER_WIDTH


def _near_stage_border(journey: JourneyMap, x: float, reach: float) -> bool:
    right = grid_origin(journey)[0]
    for stage in journey.stages:
        right += stage.width
        if abs(x - right) <= reach:
            return True
    return False


class JourneyHandles(QObject):
    """Watches the scene's mouse events ahead of the ordinary select-and-move gestures."""

    rename_requested = Signal(QPointF)

    def __init__(self, scene: "BoardScene") -> None:
        super().__init__(scene)
        self._scene = scene
        self._grip: Grip | None = None
        self._press = QPointF()
        self._preview: ops.JourneyEdit | None = None
        self._cursor_on: QWidget | None = None
        scene.installEventFilter(self)

    @property
    def dragging(self) -> bool:
        return self._grip is not None

    def grip_at(self, pos: QPointF, zoom: float) -> Grip | None:
        """The grip under a canvas point, unless a note or other item lies on top of it. The
        scene is asked what lies there only near a grip: a press elsewhere (each voting tap)
        costs no item look-up."""
        reach = GRIP_PIXELS / max(zoom, 0.01)
        maps = sorted(self._scene.document.records_of(JourneyMap), key=lambda j: -j.z)
        grips = (find_grip(journey, pos, reach) for journey in maps)
        grip = next((found for found in grips if found is not None), None)
        if grip is None:
            return None
        item = self._scene.gestures.item_at(pos)
        if item is not None and not isinstance(item, JourneyItem):
            return None
        return grip

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QGraphicsSceneMouseEvent):
            return False
        kind = event.type()
        if kind == QEvent.Type.GraphicsSceneMousePress:
            return self._on_press(event)
        if kind == QEvent.Type.GraphicsSceneMouseMove:
            return self._on_move(event)
        if kind == QEvent.Type.GraphicsSceneMouseRelease:
            return self._on_release(event)
        if kind == QEvent.Type.GraphicsSceneMouseDoubleClick:
            return self._on_double_click(event)
        return False

    # --- events --------------------------------------------------------------------------

    def _on_press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton or event.modifiers():
            return False
        if self._scene.editor.owns(event.scenePos()):
            return False
        grip = self.grip_at(event.scenePos(), _zoom(event))
        if grip is None:
            return False
        self._scene.editor.finish()
        self._grip = grip
        self._press = event.scenePos()
        self._preview = None
        if grip.kind == "emotion":
            self._show(event.scenePos())
        event.accept()
        return True

    def _on_move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._grip is None:
            if event.buttons() == Qt.MouseButton.NoButton:
                self._hover(event)
            return False
        self._show(event.scenePos())
        event.accept()
        return True

    def _on_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        grip = self._grip
        if grip is None or event.button() != Qt.MouseButton.LeftButton:
            return False
        self._grip = None
        preview, self._preview = self._preview, None
        self._restore(grip.journey_id)
        if preview is not None:
            self._commit(grip, preview.journey)
        event.accept()
        return True

    def _on_double_click(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        pos = event.scenePos()
        item = self._scene.gestures.item_at(pos)
        if item is not None and not isinstance(item, JourneyItem):
            return False
        for journey in self._scene.document.records_of(JourneyMap):
            if header_at(journey, pos):
                event.accept()
                self.rename_requested.emit(pos)
                return True
        return False

    # --- drag ----------------------------------------------------------------------------

    def _show(self, pos: QPointF) -> None:
        """Preview the drag on the items only; the document is untouched until release."""
        grip = self._grip
        assert grip is not None
        document = self._scene.document
        journey, notes = cmd.journey_of(document, grip.journey_id), {}
        if grip.kind == "emotion":
            score = emotion_from_y(journey, grip.lane_id, pos.y())
            edit = ops.JourneyEdit(ops.set_stage_emotion(journey, grip.part_id, score))
        else:
            notes = cmd.placed_notes(document, journey)
            if grip.kind == "stage":
                width = max(MIN_STAGE_WIDTH, grip.size + pos.x() - self._press.x())
                edit = ops.resize_stage(journey, notes, grip.part_id, width)
            else:
                height = max(MIN_LANE_HEIGHT, grip.size + pos.y() - self._press.y())
                edit = ops.resize_lane(journey, notes, grip.part_id, height)
        self._preview = edit
        for record in edit.records:
            item = self._scene.graphics_item(record.id)
            if isinstance(item, BoardItem):
                item.show_record(record)

    def _restore(self, journey_id: str) -> None:
        """Put the items back on the document's records before the command (or no command)."""
        document = self._scene.document
        journey = cmd.journey_of(document, journey_id)
        records: list[JourneyMap | Note] = [journey, *cmd.placed_notes(document, journey).values()]
        for record in records:
            item = self._scene.graphics_item(record.id)
            if isinstance(item, BoardItem) and item.record != record:
                item.show_record(record)

    def _commit(self, grip: Grip, journey: JourneyMap) -> None:
        document = self._scene.document
        if grip.kind == "emotion":
            stage = next(s for s in journey.stages if s.id == grip.part_id)
            cmd.set_stage_emotion(document, grip.journey_id, grip.part_id, stage.emotion)
        elif grip.kind == "stage":
            stage = next(s for s in journey.stages if s.id == grip.part_id)
            cmd.resize_stage(document, grip.journey_id, grip.part_id, stage.width)
        else:
            lane = next(lane for lane in journey.lanes if lane.id == grip.part_id)
            cmd.resize_lane(document, grip.journey_id, grip.part_id, lane.height)

    # --- cursor --------------------------------------------------------------------------

    def _hover(self, event: QGraphicsSceneMouseEvent) -> None:
        viewport = event.widget()
        if viewport is None:
            return
        grip = self.grip_at(event.scenePos(), _zoom(event))
        if grip is not None:
            viewport.setCursor(CURSORS[grip.kind])
            self._cursor_on = viewport
        elif self._cursor_on is viewport:
            viewport.unsetCursor()
            self._cursor_on = None


def _zoom(event: QGraphicsSceneMouseEvent) -> float:
    """The zoom of the view the event came through: its viewport's parent."""
    viewport = event.widget()
    view = viewport.parent() if viewport is not None else None
    transform = getattr(view, "transform", None)
    return transform().m11() if transform is not None else 1.0
