"""Fingers on the board: the shared touchscreen a room crowds around.

One finger on a note drags it (one "Move notes" on lift, through the same scene gesture code
the mouse uses, so theme and journey membership follow); on open canvas it pans. Two fingers
pinch and pan together, the board point first touched between them staying between them. A
tap selects, a double tap adds a note (or edits the one tapped), a still press of ~600 ms opens
the context menu and never creates anything: the menu opens under the finger, and Qt hands the
lift to it as a mouse release, which would choose the item there; that one release is eaten.

A fingertip wobbles 5-10 px on a tap, so nothing moves until a finger travels past a threshold
scaled by the screen's pixel ratio: wobbly taps neither nudge notes nor fill the undo stack.
Touch events are accepted here, so Qt synthesises no mouse events from them and nothing moves
twice. A view that is not interactive (the projector) only pans and zooms.
"""

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QObject,
    QPoint,
    QPointF,
    Qt,
    QTimer,
)
from PySide6.QtGui import QEventPoint, QGuiApplication, QInputDevice, QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QApplication, QGraphicsSceneMouseEvent
from shiboken6 import Shiboken

from codesign.canvas.items import LabelItem, NoteItem

if TYPE_CHECKING:
    from codesign.canvas.view import BoardView

LONG_PRESS_MS = 600
DRAG_THRESHOLD = 10.0
"""Travel in device-independent pixels before a finger counts as moving, times the pixel ratio."""
DOUBLE_TAP_DISTANCE = 30.0
_RELEASED = QEventPoint.State.Released


def touch_screen_present() -> bool:
    return any(
        device.type() == QInputDevice.DeviceType.TouchScreen for device in QInputDevice.devices()
    )


class LiftGuard(QObject):
    """Eats the first mouse release a menu gets: the lift of the finger that opened it."""

    def __init__(self, menu: QObject) -> None:
        super().__init__(menu)
        self._menu = menu
        menu.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:
            self.done()
            return True
        return False

    def done(self) -> None:
        if Shiboken.isValid(self._menu):
            self._menu.removeEventFilter(self)
        self.deleteLater()


class TouchController(QObject):
    def __init__(self, view: "BoardView") -> None:
        super().__init__(view)
        self._view = view
        self.edit_note: Callable[[str], None] = view.edit_item
        """What a double tap on a note opens; the window swaps in its large editor."""
        self.add_note: Callable[[QPointF], object] = view.add_note_at
        """What a double tap on open canvas does with the board point tapped."""
        self.finger_draws: Callable[[], bool | None] = lambda: None
        """None while no drawing tool is on; else whether a finger draws with it (True) or
        pans (False), the pen's own strokes coming as tablet events (palm rejection)."""
        self.touched: Callable[[], None] = lambda: None
        """Called on the first finger of every touch, so the window can offer touch tools."""
        self._start: QPointF | None = None
        self._last: QPointF = QPointF()
        self._moving = False
        self._on_item = False
        self._pinch: tuple[float, float, QPointF] | None = None
        self._long_pressed = False
        self._last_tap: QPointF | None = None
        self._tap_clock = QElapsedTimer()
        self._long_press = QTimer(self, singleShot=True, interval=LONG_PRESS_MS)
        self._long_press.timeout.connect(self._on_long_press)
        self._lift_guard: LiftGuard | None = None
        viewport = view.viewport()
        viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        viewport.installEventFilter(self)

    def threshold(self) -> float:
        return DRAG_THRESHOLD * self._view.devicePixelRatioF()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.TouchBegin and isinstance(event, QTouchEvent):
            return self._begin(event)
        if kind == QEvent.Type.TouchUpdate and isinstance(event, QTouchEvent):
            self._update(event)
            return True
        if kind == QEvent.Type.TouchEnd and isinstance(event, QTouchEvent):
            self._end(event)
            return True
        if kind == QEvent.Type.TouchCancel:
            self._cancel()
            return True
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self._notice_mouse(event)
        return False

    def _notice_mouse(self, event: QMouseEvent) -> None:
        """A real mouse is back (not one Qt made from a finger): handles return to mouse size."""
        if self._view.touch_mode and event.device().type() == QInputDevice.DeviceType.Mouse:
            self._view.touch_mode = False

    # --- the touch sequence ------------------------------------------------------------------

    def _begin(self, event: QTouchEvent) -> bool:
        points = event.points()
        scene = self._view.board_scene
        if len(points) == 1 and scene.editor.owns(self._view.map_to_scene(points[0].position())):
            return False
        event.accept()
        if not self._view.touch_mode:
            self._view.touch_mode = True
        self.touched()
        self._long_pressed = False
        if len(points) >= 2:
            self._start_pinch(points)
        else:
            self._start_finger(points[0].position())
        return True

    def _update(self, event: QTouchEvent) -> None:
        event.accept()
        down = [point for point in event.points() if point.state() != _RELEASED]
        if len(down) >= 2:
            if self._pinch is None:
                self._end_finger(commit=True)
                self._start_pinch(down)
            self._follow_pinch(down)
        elif len(down) == 1 and self._pinch is None and not self._long_pressed:
            self._follow_finger(down[0].position())

    def _end(self, event: QTouchEvent) -> None:
        event.accept()
        if self._pinch is None and not self._long_pressed and self._start is not None:
            tapped, on_item = not self._moving, self._on_item
            self._end_finger(commit=True)
            if tapped and self._view.isInteractive():
                if not on_item:
                    self._view.board_scene.clearSelection()
                self._tap(self._last)
        else:
            self._end_finger(commit=False)
        self._reset()

    def _cancel(self) -> None:
        self._end_finger(commit=False)
        self._reset()

    def _reset(self) -> None:
        """A lift that reached the board itself needs no guard on a menu."""
        guard, self._lift_guard = self._lift_guard, None
        if guard is not None and Shiboken.isValid(guard):
            guard.done()
        self._long_press.stop()
        self._start = None
        self._pinch = None
        self._moving = False
        self._on_item = False

    # --- one finger --------------------------------------------------------------------------

    def _start_finger(self, pos: QPointF) -> None:
        self._start = self._last = QPointF(pos)
        self._moving = False
        scene = self._view.board_scene
        under = scene.gestures.item_at(self._view.map_to_scene(pos))
        self._on_item = under is not None and self._view.isInteractive()
        drawing = self.finger_draws()
        if drawing is not None:
            self._on_item = drawing and self._view.isInteractive()
            if self._on_item:
                self._send(QEvent.Type.GraphicsSceneMousePress, pos)
            return
        if self._on_item:
            self._send(QEvent.Type.GraphicsSceneMousePress, pos)
        else:
            scene.editor.finish()
        if self._view.isInteractive():
            self._long_press.start()

    def _follow_finger(self, pos: QPointF) -> None:
        if self._start is None:
            return
        if not self._moving:
            if math.dist(pos.toTuple(), self._start.toTuple()) < self.threshold():
                return
            self._moving = True
            self._long_press.stop()
        if self._on_item:
            self._send(QEvent.Type.GraphicsSceneMouseMove, pos)
        else:
            self._pan(self._last - pos)
        self._last = QPointF(pos)

    def _end_finger(self, commit: bool) -> None:
        """Lift the finger from the scene's gesture: a drag past the threshold is one step; an
        abandoned one (the system cancelled the touch) first goes back where it started."""
        if self._start is None or not self._on_item:
            return
        if not commit and self._moving:
            self._send(QEvent.Type.GraphicsSceneMouseMove, self._start)
            self._moving = False
        self._send(
            QEvent.Type.GraphicsSceneMouseRelease, self._last if self._moving else self._start
        )
        self._on_item = False

    def _tap(self, pos: QPointF) -> None:
        near = self._last_tap is not None and math.dist(pos.toTuple(), self._last_tap.toTuple()) < (
            DOUBLE_TAP_DISTANCE * self._view.devicePixelRatioF()
        )
        interval = QGuiApplication.styleHints().mouseDoubleClickInterval()
        if near and self._tap_clock.isValid() and self._tap_clock.elapsed() <= interval:
            self._last_tap = None
            self._double_tap(pos)
            return
        self._last_tap = QPointF(pos)
        self._tap_clock.start()

    def _double_tap(self, pos: QPointF) -> None:
        scene_pos = self._view.map_to_scene(pos)
        item = self._view.board_scene.gestures.item_at(scene_pos)
        if isinstance(item, NoteItem):
            self.edit_note(item.item_id)
        elif isinstance(item, LabelItem):
            self._view.edit_item(item.item_id)
        else:
            self.add_note(scene_pos)

    def _on_long_press(self) -> None:
        """The context menu, at the finger: no note is ever made by holding still."""
        if self._start is None or self._moving or self._pinch is not None:
            return
        self._end_finger(commit=False)
        self._long_pressed = True
        self._last_tap = None
        self._view.customContextMenuRequested.emit(self._start.toPoint())
        menu = QApplication.activePopupWidget()
        if menu is not None:
            self._lift_guard = LiftGuard(menu)

    # --- two fingers -------------------------------------------------------------------------

    def _start_pinch(self, points: list[QEventPoint]) -> None:
        self._long_press.stop()
        self._last_tap = None
        first, second = points[0].position(), points[1].position()
        middle = (first + second) / 2
        spread = max(1.0, math.dist(first.toTuple(), second.toTuple()))
        self._pinch = (self._view.zoom(), spread, self._view.map_to_scene(middle))

    def _follow_pinch(self, points: list[QEventPoint]) -> None:
        """Zoom by the change in spread, then pan so the first board point stays mid-fingers."""
        assert self._pinch is not None
        start_zoom, start_spread, anchor = self._pinch
        first, second = points[0].position(), points[1].position()
        middle = (first + second) / 2
        spread = max(1.0, math.dist(first.toTuple(), second.toTuple()))
        view = self._view
        zoom = start_zoom * spread / start_spread
        if not math.isclose(zoom, view.zoom(), rel_tol=1e-4):
            view.zoom_continuously(zoom, middle)
        self._pan(view.viewportTransform().map(anchor) - middle)

    # --- helpers -----------------------------------------------------------------------------

    def _pan(self, delta: QPointF) -> None:
        horizontal, vertical = self._view.horizontalScrollBar(), self._view.verticalScrollBar()
        horizontal.setValue(horizontal.value() + round(delta.x()))
        vertical.setValue(vertical.value() + round(delta.y()))

    def _send(self, kind: QEvent.Type, pos: QPointF) -> None:
        """The finger as the left mouse button, sent to the scene as the view sends the mouse:
        through its event filters (voting mode takes taps on notes) to its gesture code."""
        view = self._view
        event = QGraphicsSceneMouseEvent(kind)
        event.setScenePos(view.map_to_scene(pos))
        event.setScreenPos(view.viewport().mapToGlobal(QPoint(round(pos.x()), round(pos.y()))))
        event.setButton(Qt.MouseButton.LeftButton)
        event.setButtons(
            Qt.MouseButton.NoButton
            if kind == QEvent.Type.GraphicsSceneMouseRelease
            else Qt.MouseButton.LeftButton
        )
        QCoreApplication.sendEvent(view.board_scene, event)
