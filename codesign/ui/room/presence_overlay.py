"""Live presence on the canvas: where the others in the room look.

Each other Codesign's view is a labelled outline on the board; a line at the bottom names who
is in the room. The facilitator's window (the host) and every co-editor show it. It is a
transparent layer over the canvas (never a scene item: not on the board, not exported, not
selectable), and it tells the room where this canvas looks a moment after the view stops.
"""

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSizeF, Qt, QTimer, SignalInstance
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from codesign.canvas.view import BoardView
from codesign.room.presence import Peer

SEND_AFTER_MS = 150
OUTLINE = QColor("#b4006b")
NAMES_SHOWN = 8


class InRoom(Protocol):
    """The host's Room or a co-editor's CoEditor: who else is there, and where we look."""

    peers_changed: SignalInstance

    def set_view(self, x: float, y: float, w: float, h: float) -> None: ...


class PresenceOverlay(QWidget):
    peers: tuple[Peer, ...] = ()
    """Everyone else in the room, as the last awareness change reported them."""

    def __init__(self, view: BoardView, editor: InRoom) -> None:
        super().__init__(view.viewport())
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setObjectName("presence")
        self._view = view
        self._editor = editor
        self._send = QTimer(self, singleShot=True, interval=SEND_AFTER_MS)
        self._send.timeout.connect(self._send_view)
        view.scrolled.connect(self._moved)
        view.zoom_changed.connect(self._moved)
        view.viewport().installEventFilter(self)
        editor.peers_changed.connect(self._on_peers)
        self.setGeometry(view.viewport().rect())
        self.show()
        self._send.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self._view.viewport().rect())
            self._moved()
        return False

    def _moved(self, *_args: object) -> None:
        self._send.start()
        self.update()

    def _send_view(self) -> None:
        rect = self._view.visible_rect()
        self._editor.set_view(rect.x(), rect.y(), rect.width(), rect.height())

    def _on_peers(self, peers: list[Peer]) -> None:
        self.peers = tuple(peers)
        self.update()

    def names_line(self) -> str:
        names = [p.name or self.tr("Anonymous") for p in self.peers]
        if not names:
            return ""
        shown = ", ".join(names[:NAMES_SHOWN])
        more = len(names) - NAMES_SHOWN
        if more > 0:
            return self.tr("In the room: {names} and %n more", "", more).format(names=shown)
        return self.tr("In the room: {names}").format(names=shown)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(OUTLINE, 2, Qt.PenStyle.DashLine)
        metrics = painter.fontMetrics()
        for peer in self.peers:
            if peer.view is None:
                continue
            x, y, w, h = peer.view
            top_left = self._view.mapFromScene(QPointF(x, y))
            bottom_right = self._view.mapFromScene(QPointF(x + w, y + h))
            box = QRectF(top_left.toPointF(), bottom_right.toPointF()).normalized()
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(box)
            label = metrics.elidedText(
                peer.name or self.tr("Anonymous"), Qt.TextElideMode.ElideRight, 240
            )
            size = QSizeF(metrics.horizontalAdvance(label) + 12, metrics.height() + 4)
            # Above the outline's corner, kept on screen when the outline runs off it.
            corner = QPointF(
                min(max(box.left(), 4.0), self.width() - size.width() - 4),
                min(max(box.top() - size.height(), 4.0), self.height() - size.height() - 4),
            )
            tag = QRectF(corner, size)
            painter.fillRect(tag, OUTLINE)
            painter.setPen(QColor("white"))
            painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, label)
        line = self.names_line()
        if line:
            text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, max(80, self.width() - 24))
            strip = QRectF(
                8,
                self.height() - metrics.height() - 14,
                metrics.horizontalAdvance(text) + 16,
                metrics.height() + 8,
            )
            painter.fillRect(strip, QColor(255, 255, 255, 230))
            painter.setPen(QColor("#222222"))
            painter.drawText(strip, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
