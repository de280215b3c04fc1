"""A small overview of the whole board in the view's corner; click or drag to jump there.

It is a child of the viewport, so a pan still scrolls the viewport's pixels (a sibling laid
over it would make Qt repaint the whole viewport at every step): the scroll carries the
minimap along and `_place` puts it back, repainting only its old and new corners.

The panel and the board are drawn into a cached image at the screen's pixel ratio, redrawn at
most a few times a second after edits, so a large board costs one blit per frame (a pinch
repaints the minimap at every step); only the visible-area frame is drawn live.
"""

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from codesign.canvas import style
from codesign.canvas.board_blocks import Blocks, fitted
from codesign.canvas.view import BoardView

SIZE = (200, 140)
ROOMY = 2.5
"""The minimap shows only on a viewport at least this many times its size each way: in a small
window it would cover most of the board."""
MINIMAP_CARD = QColor(255, 255, 255)
"""Opaque, like a card laid on the board: notes under the corner must not show through."""
MARGIN = 12


class Minimap(QWidget):
    def __init__(self, view: BoardView, parent: QWidget | None = None) -> None:
        super().__init__(parent or view.viewport())
        self._view = view
        self._image: QImage | None = None
        self._board = QRectF()
        self.setObjectName("Minimap")
        self.setFixedSize(*SIZE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Overview of the board: click or drag to go there"))
        self.setAccessibleName(self.tr("Board overview"))
        self._redraw = QTimer(self, singleShot=True, interval=250)
        self._redraw.timeout.connect(self._invalidate)
        self._drawing = QTimer(self, singleShot=True, interval=0)
        self._drawing.timeout.connect(self._draw_board)
        view.board_scene.document.records_changed.connect(self._on_records_changed)
        view.scrolled.connect(self._place)
        view.zoom_changed.connect(self.update)
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        self._wanted = True
        """Shown when there is room: the View menu's choice, kept while the window is small."""
        self._place()
        view.keep_clear(self)

    def setVisible(self, visible: bool) -> None:
        self._wanted = visible
        super().setVisible(visible and self._has_room())

    def _has_room(self) -> bool:
        viewport = self._viewport.size()
        return viewport.width() >= ROOMY * SIZE[0] and viewport.height() >= ROOMY * SIZE[1]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self._place()
            if self._wanted and self._has_room() != self.isVisibleTo(self._viewport):
                super().setVisible(self._has_room())
        return False

    def _place(self) -> None:
        viewport = self._view.viewport().rect()
        self.move(viewport.right() - SIZE[0] - MARGIN, viewport.bottom() - SIZE[1] - MARGIN)
        self.raise_()

    def _on_records_changed(self, keys: frozenset[str]) -> None:
        """Redraw for items placed, moved or removed; a dot or a voter changes nothing here."""
        scene = self._view.board_scene
        if any(
            scene.graphics_item(key) is not None or scene.document.get(key) is None for key in keys
        ):
            self._redraw.start()

    def _invalidate(self) -> None:
        self._image = None
        self.update()

    def _mapping(self) -> tuple[float, QPointF]:
        """Scale and offset from board coordinates to minimap pixels."""
        if self._board.isEmpty():
            return 1.0, QPointF()
        scale, offset = fitted(self._board, QSize(SIZE[0] - 12, SIZE[1] - 12))
        return scale, offset + QPointF(6, 6)

    def _render(self) -> QImage:
        scene = self._view.board_scene
        self._board = scene.board_rect().adjusted(-200, -200, 200, 200)
        ratio = self.devicePixelRatioF()
        image = QImage(QSize(*SIZE) * ratio, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        _draw_card(painter)
        scale, offset = self._mapping()
        blocks = Blocks()
        for record, rect in scene.board_shapes():
            blocks.add(record, QRectF(rect.topLeft() * scale + offset, rect.size() * scale))
        blocks.paint(painter)
        painter.end()
        return image

    def paintEvent(self, event: QPaintEvent) -> None:
        """The first paint of a board shows the empty card and draws the board into it just
        after: the board's own first frame does not wait for every note in miniature."""
        if self._image is None or self._image.devicePixelRatio() != self.devicePixelRatioF():
            if not self._drawing.isActive():
                self._drawing.start()
            self._paint_card()
            return
        painter = QPainter(self)
        painter.drawImage(0, 0, self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale, offset = self._mapping()
        visible = self._view.map_to_scene(QPointF())
        corner = self._view.map_to_scene(QPointF(self._view.viewport().rect().bottomRight()))
        frame = QRectF(visible * scale + offset, corner * scale + offset)
        painter.setPen(QPen(style.SELECTION, 1.5))
        painter.setBrush(QColor(47, 111, 235, 30))
        painter.drawRect(frame.intersected(QRectF(self.rect())))
        painter.end()

    def _draw_board(self) -> None:
        self._image = self._render()
        self.update()

    def _paint_card(self) -> None:
        painter = QPainter(self)
        _draw_card(painter)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._jump(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._jump(event.position())

    def _jump(self, pos: QPointF) -> None:
        if self._image is None:
            self._draw_board()  # a click before the first miniature: it sets the mapping
        scale, offset = self._mapping()
        if scale > 0:
            self._view.centerOn((pos - offset) / scale)
            self.update()


def _draw_card(painter: QPainter) -> None:
    """The minimap's white card, left with antialiasing off for the blocks drawn on it."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(0, 0, 0, 40), 1))
    painter.setBrush(MINIMAP_CARD)
    painter.drawRoundedRect(QRectF(0, 0, *SIZE).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
