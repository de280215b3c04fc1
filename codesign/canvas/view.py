"""The window onto the board: zoom under the pointer, pan every way a facilitator expects.

Pan: space+drag, middle-button drag, wheel or two-finger scroll, arrow keys. Zoom: Ctrl+wheel
and pinch, 2% to 800%, always keeping the point under the pointer still; Fit goes further out
when a board is too big for 2%, and zooming out may then follow it. Far out, the scene switches
to its one-item overview of all notes.
"""

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsProxyWidget, QGraphicsView, QWidget

from codesign.canvas.fitting import FIT_MARGIN, fit_in_free_area
from codesign.canvas.gestures import snap
from codesign.canvas.grid import DotGrid
from codesign.canvas.items import BoardItem, LabelItem, NoteItem
from codesign.canvas.items.base import painting
from codesign.canvas.items.note_snapshots import SNAPSHOTS
from codesign.canvas.keyboard_walk import reading_order, step_from
from codesign.canvas.scene import BoardScene
from codesign.canvas.spotlight import paint_spotlight
from codesign.canvas.touch import TouchController
from codesign.canvas.zoom_gesture import ZoomGesture
from codesign.commands.text_edits import add_note
from codesign.model import DEFAULT_NOTE_COLOUR, NOTE_SIZE, Note
from codesign.model.free_space import free_centre
from codesign.model.ids import new_id

MIN_ZOOM = 0.02
MAX_ZOOM = 8.0
ZOOM_STEP = 1.25
ARROW_PAN = 60
NEW_NOTE_GAP = 8.0
"""Canvas units kept clear round a note placed from the toolbar or a menu."""
SCREENFULS_CACHED = 3
"""Notes keep a device-resolution picture of themselves while on screen (`items.note_snapshots`,
shared by every view). Their budget is this many screenfuls of pixels, at least
`MIN_PICTURE_BYTES`, so memory follows the screen, not the board (a 1080p screen: 24 MB), and a
pan back to where the view just was still blits."""
MIN_PICTURE_BYTES = 16 * 1024 * 1024


def picture_budget(widget: QWidget) -> int:
    screen = widget.screen()
    if screen is None:
        return MIN_PICTURE_BYTES
    size = screen.size() * screen.devicePixelRatio()
    return max(MIN_PICTURE_BYTES, SCREENFULS_CACHED * size.width() * size.height() * 4)


class BoardView(QGraphicsView):
    zoom_changed = Signal(float)
    fitted = Signal(QRectF)
    """Fit board or Fit selection showed this board rect whole (the projector follows it)."""
    scrolled = Signal()
    overlays_changed = Signal()
    """A kept-clear overlay was shown or hidden: a frame fitted round it may fit again."""
    """The viewport's pixels moved (after the scroll): overlays on it put themselves back."""

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        SNAPSHOTS.set_budget(max(SNAPSHOTS.budget, picture_budget(self)))
        self.board_scene = scene
        if scene.parent() is None:
            scene.setParent(self)
        self._grid = DotGrid()
        self._later = QRect()
        self._paint_later = QTimer(self, singleShot=True, interval=0)
        """Notes waiting for their picture are painted again once a frame is out."""
        self._paint_later.timeout.connect(lambda: self.viewport().update(self._later))
        self._gesture = ZoomGesture(self)
        self._fit_floor = MIN_ZOOM
        self._held_scroll: list[int] | None = None
        """The lowest zoom a Fit has needed: zooming out may reach as far as Fit did."""
        self._pointer: QPointF | None = None
        self._pan_from: QPointF | None = None
        self._space_down = False
        self._spotlight: QRectF | None = None
        self._overlays: list[QWidget] = []
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.ContainsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setOptimizationFlags(
            QGraphicsView.OptimizationFlag.DontSavePainterState
            | QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing
        )
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setMouseTracking(True)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self._touch_mode = False
        self.touch = TouchController(self)
        self.setAccessibleName(
            QCoreApplication.translate("canvas", "Board: {title}").format(
                title=scene.document.info.title
            )
        )
        scene.sceneRectChanged.connect(self._update_scroll_area)
        scene.selectionChanged.connect(self._describe_selection)
        scene.note_requested.connect(self._on_note_requested)
        self._update_scroll_area()
        self.centerOn(scene.board_rect().center())  # an empty board's rect is at the origin

    # --- zoom ----------------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor_view_pos: QPointF | None = None) -> None:
        factor = min(MAX_ZOOM, max(self._fit_floor, factor))
        anchor = anchor_view_pos if anchor_view_pos is not None else self._viewport_centre()
        fixed = self.map_to_scene(anchor)
        self.setTransform(QTransform.fromScale(factor, factor))
        self._update_scroll_area()
        self._scroll_by(self.viewportTransform().map(fixed) - anchor)
        self.board_scene.set_zoom_detail(self, factor)
        self.zoom_changed.emit(factor)

    def zoom_continuously(self, factor: float, anchor_view_pos: QPointF) -> None:
        """One step of a pinch or Ctrl+wheel: scaled pictures now, sharp when it settles."""
        self._gesture.step()
        self.set_zoom(factor, anchor_view_pos)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def reset_zoom(self) -> None:
        self.set_zoom(1.0)

    def fit_board(self) -> None:
        self.fit_rect(self.board_scene.board_rect())

    def fit_selection(self) -> None:
        rect = QRectF()
        for item_id in self.board_scene.selected_ids():
            rect = rect.united(self.board_scene.item_rect(item_id))
        self.fit_rect(rect)

    def keep_clear(self, overlay: QWidget) -> None:
        """Fitting leaves this overlay's rectangle free while it is shown (the minimap's
        corner), so "fit board" never hides the last notes under it."""
        self._overlays.append(overlay)
        overlay.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in self._overlays and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.overlays_changed.emit()
        return super().eventFilter(watched, event)

    def fit_rect(self, rect: QRectF) -> None:
        """Show `rect` whole with a margin in screen pixels (room for the titles drawn above
        clusters when zoomed out), never magnified past 100 %, clear of shown overlays."""
        if rect.isEmpty():
            return
        zoom, area = fit_in_free_area(rect, QRectF(self.viewport().rect()), self.overlay_rects())
        self._fit_floor = min(MIN_ZOOM, zoom)
        self.set_zoom(zoom)
        shift = self.free_area_shift(area) / self.zoom()
        centre = rect.center() + shift
        self.centerOn(QPointF(centre.x(), centre.y() - FIT_MARGIN / 2 / self.zoom()))
        self.fitted.emit(QRectF(rect))

    def visible_rect(self) -> QRectF:
        """The board rect this view shows now."""
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def overlay_rects(self) -> list[QRectF]:
        """Shown overlays, in viewport coordinates: the minimap is the view's child, the large
        timer its window's, so each is mapped through the window they share."""
        self._overlays = [o for o in self._overlays if shiboken6.isValid(o)]
        viewport = self.viewport()
        window = viewport.window()
        return [
            QRectF(
                overlay.rect().translated(
                    viewport.mapFrom(window, overlay.mapTo(window, QPoint(0, 0)))
                )
            )
            for overlay in self._overlays
            if overlay.isVisible() and overlay.window() is window
        ]

    def free_area_shift(self, area: QRectF) -> QPointF:
        """Screen pixels from the viewport's centre to `area`'s: how far off centre a fit
        into a free part of the viewport puts what it shows."""
        return self._viewport_centre() - area.center()

    def centre_on_item(self, item_id: str) -> None:
        rect = self.board_scene.item_rect(item_id)
        if not rect.isNull():
            self.centerOn(rect.center())

    def map_to_scene(self, view_pos: QPointF) -> QPointF:
        """Like mapToScene, without rounding the point to whole pixels."""
        inverted, _ok = self.viewportTransform().inverted()
        return inverted.map(QPointF(view_pos))

    def pointer_scene_pos(self) -> QPointF:
        if self._pointer is not None:
            return self.map_to_scene(self._pointer)
        return self.map_to_scene(self._viewport_centre())

    def new_note_spot(self) -> QPointF:
        """Where a new note goes: at the pointer when it is over the board, as the person
        aimed; from a toolbar or menu, the free spot nearest the middle of the view, so the
        note never lands on the notes already there."""
        if self._pointer is not None:
            return self.map_to_scene(self._pointer)
        centre = self.map_to_scene(self._viewport_centre())
        notes = self.board_scene.document.records_of(Note)
        x, y = free_centre(
            (NOTE_SIZE, NOTE_SIZE), (centre.x(), centre.y()), notes, NOTE_SIZE / 2, NEW_NOTE_GAP
        )
        return QPointF(x, y)

    def _viewport_centre(self) -> QPointF:
        return QPointF(self.viewport().width() / 2, self.viewport().height() / 2)

    def _scroll_by(self, delta: QPointF) -> None:
        """Both scroll bars move, then the viewport scrolls once: two scrolls in one frame would
        make Qt repaint the whole viewport instead of the exposed strips."""
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        self._held_scroll = [0, 0]
        try:
            horizontal.setValue(horizontal.value() + round(delta.x()))
            vertical.setValue(vertical.value() + round(delta.y()))
        finally:
            held, self._held_scroll = self._held_scroll, None
        if held != [0, 0]:
            self.scrollContentsBy(*held)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        if self._held_scroll is not None:
            self._held_scroll[0] += dx
            self._held_scroll[1] += dy
            return
        super().scrollContentsBy(dx, dy)
        self.board_scene.catch_up_detail()
        self.scrolled.emit()

    def _update_scroll_area(self) -> None:
        """Let the view pan a screenful past the scene rect at any zoom (an endless canvas)."""
        rect = self.board_scene.sceneRect()
        zoom = self.zoom()
        pad_x = self.viewport().width() / zoom
        pad_y = self.viewport().height() / zoom
        self.setSceneRect(rect.adjusted(-pad_x, -pad_y, pad_x, pad_y))

    def _describe_selection(self) -> None:
        """Screen readers hear what is selected, colour named: "Note (pink): Plain English".

        A scene being deleted with its owning view (another board opened) clears its selection
        as it goes; a second view on it (the wall's) has nothing to describe then.
        """
        if not shiboken6.isValid(self.board_scene):
            return
        selected = self.board_scene.selected_ids()
        if len(selected) == 1:
            item = self.board_scene.graphics_item(selected[0])
            text = item.describe() if isinstance(item, BoardItem) else ""
        elif selected:
            text = QCoreApplication.translate("canvas", "%n item(s) selected", "", len(selected))
        else:
            text = ""
        self.setAccessibleDescription(text)

    def _on_note_requested(self, scene_pos: QPointF, view: object) -> None:
        if view is self:
            self.add_note_at(scene_pos)

    # --- notes and editing -------------------------------------------------------------------

    def add_note_at(self, scene_pos: QPointF, colour: str | None = None) -> str:
        """A new note centred on `scene_pos`, selected and open for typing: one "Add note"."""
        scene = self.board_scene
        x, y = scene_pos.x() - NOTE_SIZE / 2, scene_pos.y() - NOTE_SIZE / 2
        if scene.snap_to_grid:
            x, y = snap(x), snap(y)
        under = scene.items(QRectF(x, y, NOTE_SIZE, NOTE_SIZE))
        below = [item.record.z for item in under if isinstance(item, NoteItem)]
        z = max(below) + 1 if below else 0
        note = Note(id=new_id("note"), x=x, y=y, z=z, colour=colour or DEFAULT_NOTE_COLOUR)
        add_note(scene.document, note)
        scene.select_ids([note.id])
        scene.editor.start(note.id, new_note=True)
        return note.id

    def edit_item(self, item_id: str) -> None:
        item = self.board_scene.graphics_item(item_id)
        if isinstance(item, NoteItem | LabelItem):
            self.board_scene.editor.start(item_id)

    def is_editing(self) -> bool:
        return self.board_scene.editor.is_editing()

    def finish_editing(self) -> None:
        self.board_scene.editor.finish()

    @property
    def touch_mode(self) -> bool:
        """Fingers are in use on this view: notes offer a fingertip-sized resize handle."""
        return self._touch_mode

    @touch_mode.setter
    def touch_mode(self, on: bool) -> None:
        self._touch_mode = on
        for item in self.board_scene.selectedItems():
            if isinstance(item, NoteItem):
                item.redraw()

    @property
    def snap_to_grid(self) -> bool:
        return self.board_scene.snap_to_grid

    @snap_to_grid.setter
    def snap_to_grid(self, on: bool) -> None:
        self.board_scene.snap_to_grid = on

    # --- painting ------------------------------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        self._grid.paint(painter, rect, self.zoom())

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        if self._spotlight is not None:
            paint_spotlight(painter, rect, self._spotlight)

    def spotlight(self) -> QRectF | None:
        return QRectF(self._spotlight) if self._spotlight is not None else None

    def set_spotlight(self, lit: QRectF | None) -> None:
        """Dim everything but `lit` (a frame or theme), or nothing for None."""
        if lit != self._spotlight:
            self._spotlight = QRectF(lit) if lit is not None else None
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Items cached as pixmaps are painted with no widget: say which view this is. In a
        continuous zoom, the frame is the gesture's picture stretched (`zoom_gesture`)."""
        with painting(self.viewport(), scaling=self._gesture.active) as later:
            if not self._gesture.paint(event.region()):
                super().paintEvent(event)
        if later:
            area = QRectF()
            for rect in later:
                area |= rect
            self._later = area.toAlignedRect()
            self._paint_later.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scroll_area()

    # --- input ---------------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() or event.pixelDelta().y()
            self.zoom_continuously(self.zoom() * 1.0015**steps, event.position())
            event.accept()
            return
        delta = event.pixelDelta() if not event.pixelDelta().isNull() else event.angleDelta()
        dx, dy = delta.x(), delta.y()
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and not dx:
            dx, dy = dy, 0
        self._scroll_by(QPointF(-dx, -dy))
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if (
            isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.zoom_continuously(self.zoom() * (1.0 + event.value()), event.position())
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (
            button == Qt.MouseButton.LeftButton and self._space_down
        ):
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._pointer = event.position()
        if self._pan_from is not None:
            self._scroll_by(self._pan_from - event.position())
            self._pan_from = event.position()
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().setCursor(
                Qt.CursorShape.OpenHandCursor if self._space_down else Qt.CursorShape.ArrowCursor
            )
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._pointer = None
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.is_editing() or isinstance(self.scene().focusItem(), QGraphicsProxyWidget):
            super().keyPressEvent(event)  # typing in a field on the board: no pan keys
            return
        key = event.key()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        pans = {
            Qt.Key.Key_Left: QPointF(-ARROW_PAN, 0),
            Qt.Key.Key_Right: QPointF(ARROW_PAN, 0),
            Qt.Key.Key_Up: QPointF(0, -ARROW_PAN),
            Qt.Key.Key_Down: QPointF(0, ARROW_PAN),
        }
        if key in pans:
            factor = 4 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
            self._scroll_by(pans[key] * factor)
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            forward = key == Qt.Key.Key_Tab
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                super().focusNextPrevChild(forward)
            else:
                self.walk(forward)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            selected = self.board_scene.selected_ids()
            if len(selected) == 1:
                self.edit_item(selected[0])
                return
        super().keyPressEvent(event)

    def walk(self, forward: bool = True) -> None:
        """Select and show the next item in reading order (Tab), or the previous (Shift+Tab)."""
        selected = self.board_scene.selected_ids()
        order = reading_order(self.board_scene.board_items())
        target = step_from(order, selected[-1] if selected else None, forward)
        if target is not None:
            self.board_scene.select_ids([target])
            self.centre_on_item(target)

    def focusNextPrevChild(self, _next: bool) -> bool:
        """Tab stays on the board to walk its items; Ctrl+Tab moves on to the next widget."""
        return False

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            return
        super().keyReleaseEvent(event)
