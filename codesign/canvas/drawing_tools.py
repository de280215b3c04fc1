"""The drawing tools: connector, shapes, pen, eraser and lasso, one at a time, and the edge
handles that let a person drag a connector out of any item without choosing a tool first.

Like theme drawing, a tool takes over the board's pointer gestures (an event filter on the
scene, before the usual select-and-move code) and hands each finished gesture to a command:
one connector, one shape, one stroke, one erasing gesture, each a single undo step. A stylus
reaches the pen through tablet events, which carry its pressure; a mouse and a finger draw
with a middling pressure. Which tool is on is said by `tool_changed`, for the window's
checked actions and the pen bar.
"""

import math
from typing import Literal

import shiboken6
from PySide6.QtCore import QEvent, QLineF, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPainterPath, QPen, QTabletEvent
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from codesign.canvas import style
from codesign.canvas.connector_label import ConnectorLabelEditor
from codesign.canvas.items import BoardItem, ConnectorItem
from codesign.canvas.items.base import presenting
from codesign.canvas.items.connector import edge_point
from codesign.canvas.items.shape import ShapeItem
from codesign.canvas.items.stroke import StrokeItem
from codesign.canvas.view import BoardView
from codesign.commands.drawing import add_drawn, erase_strokes, next_z, resize_shape
from codesign.model import BoxItem, Connector, Shape, Stroke
from codesign.model.ids import new_id
from codesign.model.ink import DEFAULT_PRESSURE, INK_COLOURS, PEN_WIDTHS, make_stroke, near_stroke

Tool = Literal["connector", "rectangle", "ellipse", "line", "pen", "eraser", "lasso"]
TOOLS: tuple[Tool, ...] = ("connector", "rectangle", "ellipse", "line", "pen", "eraser", "lasso")
SHAPE_TOOLS = ("rectangle", "ellipse", "line")
STAYS_ON = ("pen", "eraser")
"""Tools that stay on after a gesture, as a felt-tip stays in the hand; the others do one thing
and give the board back to selecting."""
DEFAULT_SHAPE = (200.0, 120.0)
"""A click without a drag makes a shape of this size there."""
MIN_DRAG = 8.0
MIN_SHAPE = 20.0
HANDLE_RADIUS = 6.0
HANDLE_OFFSET = 14.0
HANDLE_REACH = 12.0
"""Screen pixels: the edge handles' size, how far outside the edge they sit, how near a press
must be to take one."""
ERASER_REACH = 8.0
OVERLAY_Z = 10_000_000.0
_PRESS = QEvent.Type.GraphicsSceneMousePress
_MOVE = QEvent.Type.GraphicsSceneMouseMove
_RELEASE = QEvent.Type.GraphicsSceneMouseRelease
_DOUBLE = QEvent.Type.GraphicsSceneMouseDoubleClick


def connectable(item: QGraphicsItem | None) -> bool:
    """Connectors join boxes (notes, text, shapes, themes, maps, pictures), not strokes, other
    arrows or a picture locked as the background, which lies under all the board."""
    return (
        isinstance(item, BoardItem)
        and isinstance(item.record, BoxItem)
        and not isinstance(item.record, Stroke)
        and getattr(item.record, "background", False) is not True
    )


def handle_points(rect: QRectF, scale: float) -> list[QPointF]:
    """The middle of each edge, a little outside it: top, right, bottom, left."""
    off, centre = HANDLE_OFFSET * scale, rect.center()
    return [
        QPointF(centre.x(), rect.top() - off),
        QPointF(rect.right() + off, centre.y()),
        QPointF(centre.x(), rect.bottom() + off),
        QPointF(rect.left() - off, centre.y()),
    ]


def on_handle(rect: QRectF, scale: float, pos: QPointF) -> bool:
    reach = HANDLE_REACH * scale
    return any(QLineF(pos, point).length() <= reach for point in handle_points(rect, scale))


class EdgeHandles(QGraphicsItem):
    """Four dots outside the edges of the item under the pointer: drag one to connect.

    An editing mark like a selection edge: never painted on a view that shows the room (the
    projector), which shares the laptop's scene."""

    def __init__(self) -> None:
        super().__init__()
        self.item_id: str | None = None
        self._rect = QRectF()
        self._scale = 1.0
        self.setZValue(OVERLAY_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.hide()

    def show_for(self, item_id: str, rect: QRectF, scale: float) -> None:
        if item_id == self.item_id and rect == self._rect and scale == self._scale:
            return
        self.prepareGeometryChange()
        self.item_id, self._rect, self._scale = item_id, QRectF(rect), scale
        self.show()
        self.update()

    def clear(self) -> None:
        if self.item_id is not None:
            self.item_id = None
            self.hide()

    def points(self) -> list[QPointF]:
        return handle_points(self._rect, self._scale)

    def hit(self, pos: QPointF) -> bool:
        return self.isVisible() and on_handle(self._rect, self._scale, pos)

    def near(self, pos: QPointF) -> bool:
        """Still by the item: the pointer may leave it to reach a handle outside its edge."""
        margin = (HANDLE_OFFSET + HANDLE_REACH) * self._scale
        return self._rect.adjusted(-margin, -margin, margin, margin).contains(pos)

    def boundingRect(self) -> QRectF:
        margin = (HANDLE_OFFSET + HANDLE_RADIUS + 2) * self._scale
        return self._rect.adjusted(-margin, -margin, margin, margin)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if presenting(widget):
            return
        radius = HANDLE_RADIUS * self._scale
        painter.setPen(QPen(style.SELECTION, 2 * self._scale))
        painter.setBrush(style.HANDLE_FILL)
        for point in self.points():
            painter.drawEllipse(point, radius, radius)


class DrawingTools(QObject):
    tool_changed = Signal(object)
    """The tool now on (a `Tool`), or None for selecting."""
    message = Signal(str)
    """A one-line hint for the status bar."""

    def __init__(self, view: BoardView) -> None:
        super().__init__(view)
        self.view = view
        self.scene = view.board_scene
        self.tool: Tool | None = None
        self.pen_colour = INK_COLOURS["black"]
        self.pen_width = PEN_WIDTHS[1]
        self.finger_draws = False
        """On a touchscreen a finger pans while a tool is on, unless this is set."""
        self.quiet = False
        """No edge handles and no connector from them (voting mode is on)."""
        self.handles = EdgeHandles()
        self.scene.addItem(self.handles)
        self.label_editor = ConnectorLabelEditor(self.scene)
        self._gesture: Tool | Literal["resize"] | None = None
        self._start = QPointF()
        self._source: str | None = None
        self._points: list[tuple[float, float, float]] = []
        self._erased: dict[str, StrokeItem] = {}
        self._preview: QGraphicsItem | None = None
        self._resizing: ShapeItem | None = None
        self.scene.installEventFilter(self)
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        view.touch.finger_draws = self.finger_gesture
        self.scene.document.records_changed.connect(self._follow_handles)
        view.zoom_changed.connect(self._follow_zoom)

    # --- the tool ------------------------------------------------------------------------------

    def set_tool(self, tool: Tool | None) -> None:
        if tool == self.tool:
            return
        self._cancel()
        self.tool = tool
        self.handles.clear()
        if tool is not None:
            self.scene.editor.finish()
        cursor = Qt.CursorShape.ArrowCursor if tool is None else Qt.CursorShape.CrossCursor
        self.view.viewport().setCursor(cursor)
        self.tool_changed.emit(tool)

    def set_quiet(self, on: bool) -> None:
        self.quiet = on
        if on:
            self.handles.clear()

    def _follow_handles(self, keys: frozenset[str]) -> None:
        """Keep the edge handles on their item when a key or menu changes it (crop, resize,
        delete, undo) with the pointer still: stale handles would start a connector from an
        item that is gone or from where it used to be."""
        if self.handles.item_id is not None and self.handles.item_id in keys:
            self._refresh_handles()

    def _follow_zoom(self, _zoom: float) -> None:
        """Keep the handles on their item, at their screen size, through a zoom: Qt replays
        the pointer only when a zoom moves the scroll bars, so without this a quick Ctrl+wheel
        could leave them sized and placed for a zoom the view has left."""
        if self.handles.item_id is not None:
            self._refresh_handles()

    def _refresh_handles(self) -> None:
        item = self.scene.graphics_item(self.handles.item_id or "")
        if isinstance(item, BoardItem) and shiboken6.isValid(item) and item.isVisible():
            self.handles.show_for(item.item_id, item.board_rect(), self._scale())
        else:
            self.handles.clear()

    def finger_gesture(self) -> bool | None:
        """For the touch code: None when no tool is on (fingers do as usual), else whether a
        finger draws (True) or pans (False): palm rejection by the device, not by guessing."""
        if self.tool is None:
            return None
        return self.finger_draws

    def _scale(self) -> float:
        """Canvas units per screen pixel, so overlays keep their size at any zoom."""
        return 1.0 / max(self.view.zoom(), 1e-6)

    # --- events --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not shiboken6.isValid(self.view):  # the view goes first when its board closes
            return False
        kind = event.type()
        if watched is self.view and isinstance(event, QKeyEvent):
            if kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape and self.tool:
                self.set_tool(None)
                return True
            return False
        if watched is self.view.viewport():
            if kind == QEvent.Type.Leave:
                self.handles.clear()  # the pointer went to a toolbar or a panel
                return False
            if isinstance(event, QTabletEvent):
                return self._tablet(event)
            return False
        if not isinstance(event, QGraphicsSceneMouseEvent):
            return False
        pos = event.scenePos()
        if kind in (_PRESS, _DOUBLE) and self.label_editor.rect().contains(pos):
            QGraphicsScene.mousePressEvent(self.scene, event)
            return True
        if kind == _PRESS:
            if event.button() != Qt.MouseButton.LeftButton:
                if self.tool is not None:
                    self.set_tool(None)
                return False
            handled = self._press(pos, DEFAULT_PRESSURE)
        elif kind == _MOVE:
            if self._gesture is None:
                self._hover(pos, event.buttons())
                return self.tool is not None
            self._move(pos, DEFAULT_PRESSURE)
            handled = True
        elif kind == _RELEASE:
            if self._gesture is None:
                return self.tool is not None
            self._release(pos)
            handled = True
        elif kind == _DOUBLE:
            handled = self.tool is not None or self._double_click(pos)
        else:
            return False
        if handled:
            event.accept()
        return handled

    def _tablet(self, event: QTabletEvent) -> bool:
        """A stylus draws with its pressure; its eraser end erases whatever tool is on."""
        if self.tool not in ("pen", "eraser"):
            return False
        kind = event.type()
        pos = self.view.map_to_scene(event.position())
        pressure = event.pressure() if event.pressure() > 0 else DEFAULT_PRESSURE
        erasing = event.pointerType() == event.pointerType().Eraser
        if kind == QEvent.Type.TabletPress:
            self._begin("eraser" if erasing else self.tool, pos, pressure)
        elif kind == QEvent.Type.TabletMove and self._gesture is not None:
            self._move(pos, pressure)
        elif kind == QEvent.Type.TabletRelease and self._gesture is not None:
            self._release(pos)
        event.accept()
        return True

    def _hover(self, pos: QPointF, buttons: Qt.MouseButton) -> None:
        if self.tool is not None or buttons != Qt.MouseButton.NoButton:
            return
        if self.quiet or self.scene.editor.is_editing() or not self.view.isInteractive():
            self.handles.clear()
            return
        direct = self._connectable_at(pos)
        near = self._handle_owner_near(pos)
        under = near if near is not None and not self._covers(direct, near) else direct
        if under is not None:
            self.handles.show_for(under.item_id, under.board_rect(), self._scale())
        elif self.handles.item_id is not None and not self.handles.near(pos):
            self.handles.clear()

    def _handle_owner_near(self, pos: QPointF) -> BoardItem | None:
        """The item whose edge handle is under the pointer, when the pointer came straight to
        the handle (outside the item) without crossing the item first."""
        scale = self._scale()
        reach = (HANDLE_OFFSET + HANDLE_REACH) * scale
        around = QRectF(pos.x() - reach, pos.y() - reach, 2 * reach, 2 * reach)
        for item in self.scene.items(around):
            if connectable(item) and item.isVisible() and on_handle(item.board_rect(), scale, pos):
                return item
        return None

    @staticmethod
    def _covers(direct: BoardItem | None, owner: QGraphicsItem) -> bool:
        """Whether the item under the pointer sits level with or over the handle's owner: then
        a press there is meant for it (zoomed out, a note's handles reach over its neighbour),
        while a theme under the note keeps the note's handles reachable."""
        return direct is not None and direct.zValue() >= owner.zValue()

    def _connectable_at(self, pos: QPointF, other_than: str | None = None) -> BoardItem | None:
        for item in self.scene.items(pos):
            if (
                connectable(item)
                and item.item_id != other_than
                and item.board_rect().contains(pos)
                and item.isVisible()
            ):
                return item
        return None

    def _press(self, pos: QPointF, pressure: float) -> bool:
        if self.tool is None:
            return self._press_without_tool(pos)
        if self.tool == "connector":
            source = self._connectable_at(pos)
            if source is None:
                self.message.emit(self.tr("Press on an item and drag to another to connect them."))
                return True
            self._start_connector(source.item_id, pos)
            return True
        self._begin(self.tool, pos, pressure)
        return True

    def _press_without_tool(self, pos: QPointF) -> bool:
        owner = self.handles.item_id
        owner_item = self.scene.graphics_item(owner) if owner is not None else None
        if (
            owner is not None
            and owner_item is not None
            and self.handles.hit(pos)
            and not self._covers(self._connectable_at(pos, other_than=owner), owner_item)
        ):
            self.scene.editor.finish()
            self._start_connector(owner, pos)
            return True
        for item in self.scene.selectedItems():
            if isinstance(item, ShapeItem) and item.handle_rect().contains(item.mapFromScene(pos)):
                self._gesture, self._resizing, self._start = "resize", item, pos
                return True
        return False

    def _start_connector(self, source: str, pos: QPointF) -> None:
        self.handles.clear()
        self._gesture, self._source, self._start = "connector", source, pos
        line = QGraphicsLineItem(QLineF(pos, pos))
        pen = QPen(style.SELECTION, 2.0, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        line.setPen(pen)
        self._show_preview(line)

    def _begin(self, tool: Tool, pos: QPointF, pressure: float) -> None:
        self._gesture, self._start = tool, pos
        self.scene.clearSelection()
        if tool in SHAPE_TOOLS:
            outline = QGraphicsRectItem(QRectF(pos, pos))
            pen = QPen(style.SELECTION, 2.0, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            outline.setPen(pen)
            if tool == "line":
                outline = QGraphicsLineItem(QLineF(pos, pos))
                outline.setPen(pen)
            self._show_preview(outline)
        elif tool in ("pen", "lasso"):
            self._points = [(pos.x(), pos.y(), pressure)]
            path = QPainterPath(pos)
            preview = QGraphicsPathItem(path)
            if tool == "pen":
                pen = QPen(QColor(self.pen_colour), self.pen_width)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            else:
                pen = QPen(style.SELECTION, 1.5, Qt.PenStyle.DashLine)
                pen.setCosmetic(True)
            preview.setPen(pen)
            self._show_preview(preview)
        elif tool == "eraser":
            self._erased = {}
            self._erase_along(pos, pos)

    def _show_preview(self, item: QGraphicsItem) -> None:
        item.setZValue(OVERLAY_Z)
        self.scene.addItem(item)
        self._preview = item

    def _move(self, pos: QPointF, pressure: float) -> None:
        gesture, preview = self._gesture, self._preview
        if gesture == "connector" and isinstance(preview, QGraphicsLineItem):
            source = self.scene.graphics_item(self._source or "")
            start = edge_point(source.board_rect(), pos) if isinstance(source, BoardItem) else pos
            preview.setLine(QLineF(start, pos))
        elif gesture in ("rectangle", "ellipse") and isinstance(preview, QGraphicsRectItem):
            preview.setRect(QRectF(self._start, pos).normalized())
        elif gesture == "line" and isinstance(preview, QGraphicsLineItem):
            preview.setLine(QLineF(self._start, pos))
        elif gesture in ("pen", "lasso") and isinstance(preview, QGraphicsPathItem):
            self._points.append((pos.x(), pos.y(), pressure))
            path = preview.path()
            path.lineTo(pos)
            preview.setPath(path)
        elif gesture == "eraser":
            self._erase_along(self._start, pos)
            self._start = pos
        elif gesture == "resize" and self._resizing is not None:
            record = self._resizing.record
            delta = pos - self._start
            self._resizing.preview_size(
                max(MIN_SHAPE, record.width + delta.x()), max(MIN_SHAPE, record.height + delta.y())
            )
            self.scene.refresh_connectors([record.id])

    def _release(self, pos: QPointF) -> None:
        gesture = self._gesture
        self._move(pos, self._points[-1][2] if self._points else DEFAULT_PRESSURE)
        try:
            if gesture == "connector":
                self._finish_connector(pos)
            elif gesture in SHAPE_TOOLS:
                self._finish_shape(gesture, QRectF(self._start, pos))
            elif gesture == "pen":
                self._finish_stroke()
            elif gesture == "eraser":
                self._finish_erasing()
            elif gesture == "lasso":
                self._finish_lasso()
            elif gesture == "resize" and self._resizing is not None:
                rect = self._resizing.local_rect()
                item = self._resizing
                if not resize_shape(
                    self.scene.document, item.item_id, rect.width(), rect.height()
                ).pushed:
                    item.show_record(item.record)
        finally:
            self._clear_gesture()
        if gesture in TOOLS and gesture not in STAYS_ON and self.tool is not None:
            self.set_tool(None)

    def _finish_connector(self, pos: QPointF) -> None:
        source = self._source
        target = self._connectable_at(pos, other_than=source)
        if source is None or target is None:
            self.message.emit(self.tr("Drop the connector on another item to join them."))
            return
        connector = Connector(
            id=new_id("connector"),
            source=source,
            target=target.item_id,
            z=next_z(self.scene.document, "connector"),
        )
        if add_drawn(self.scene.document, connector).pushed:
            self.scene.select_ids([connector.id])

    def _finish_shape(self, tool: Tool, drag: QRectF) -> None:
        rect = drag.normalized()
        if rect.width() < MIN_DRAG and rect.height() < MIN_DRAG:
            width, height = DEFAULT_SHAPE
            if tool == "line":
                height = 1.0
            rect = QRectF(drag.x() - width / 2, drag.y() - height / 2, width, height)
            flipped = False
        else:
            flipped = (drag.width() < 0) != (drag.height() < 0)
        shape = Shape(
            id=new_id("shape"),
            shape=tool,  # type: ignore[arg-type]
            x=rect.x(),
            y=rect.y(),
            width=max(rect.width(), 1.0),
            height=max(rect.height(), 1.0),
            z=next_z(self.scene.document, "shape"),
            flipped=flipped and tool == "line",
        )
        if add_drawn(self.scene.document, shape).pushed:
            self.scene.select_ids([shape.id])

    def _finish_stroke(self) -> None:
        stroke = make_stroke(
            new_id("stroke"),
            self._points,
            self.pen_colour,
            self.pen_width,
            next_z(self.scene.document, "stroke"),
        )
        if stroke is not None:
            add_drawn(self.scene.document, stroke)

    def _erase_along(self, start: QPointF, end: QPointF) -> None:
        """Every stroke the eraser passed over since the last event, not only where it is now:
        a quick rub sends events far apart."""
        reach = ERASER_REACH * self._scale()
        steps = max(1, math.ceil(QLineF(start, end).length() / reach))
        for step in range(steps + 1):
            self._erase_at(start + (end - start) * (step / steps), reach)

    def _erase_at(self, pos: QPointF, reach: float) -> None:
        area = QRectF(pos.x() - reach, pos.y() - reach, 2 * reach, 2 * reach)
        for item in self.scene.items(area):
            if (
                isinstance(item, StrokeItem)
                and item.isVisible()
                and near_stroke(item.record, pos.x(), pos.y(), reach)
            ):
                self._erased[item.item_id] = item
                item.hide()

    def _finish_erasing(self) -> None:
        erased, self._erased = self._erased, {}
        if erased and not erase_strokes(self.scene.document, erased).pushed:
            for item in erased.values():
                item.show()

    def _finish_lasso(self) -> None:
        if len(self._points) < 3:
            return
        path = QPainterPath(QPointF(*self._points[0][:2]))
        for x, y, _pressure in self._points[1:]:
            path.lineTo(x, y)
        path.closeSubpath()
        inside = self.scene.items(path, Qt.ItemSelectionMode.ContainsItemShape)
        self.scene.select_ids(
            item.item_id
            for item in inside
            if isinstance(item, BoardItem)
            and item.isVisible()
            and item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        )

    def _double_click(self, pos: QPointF) -> bool:
        """A connector's label and a shape's text are edited where they are."""
        item = self.scene.gestures.item_at(pos)
        if isinstance(item, ConnectorItem):
            self.label_editor.start(item)
            return True
        if isinstance(item, ShapeItem) and item.record.shape != "line":
            self.scene.editor.start(item.item_id)
            return True
        return False

    def _clear_gesture(self) -> None:
        if self._preview is not None:
            self.scene.removeItem(self._preview)
            self._preview = None
        self._gesture = self._source = self._resizing = None
        self._points = []

    def _cancel(self) -> None:
        for item in self._erased.values():
            item.show()
        self._erased = {}
        if self._resizing is not None:
            self._resizing.show_record(self._resizing.record)
        self._clear_gesture()
