"""A drawn shape: a rectangle, ellipse or line, its text centred inside as a note's is."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from codesign.canvas import style
from codesign.canvas.device_pixels import device_ratio
from codesign.canvas.items.base import BoardItem, shows_kind
from codesign.canvas.items.text_paint import advance, draw_line
from codesign.model import Shape, resolve_colour
from codesign.text import layout_note_text

STROKE_WIDTH = 2.0
HANDLE = 12.0
"""The resize handle's side at 100 %, in the bottom-right corner as on notes."""
SHAPE_NAMES = {
    "rectangle": QT_TRANSLATE_NOOP("canvas", "Rectangle"),
    "ellipse": QT_TRANSLATE_NOOP("canvas", "Ellipse"),
    "line": QT_TRANSLATE_NOOP("canvas", "Line"),
}


@shows_kind("shape")
class ShapeItem(BoardItem):
    record: Shape

    def __init__(self, record: Shape) -> None:
        self.editing = False
        self._preview: tuple[float, float] | None = None
        super().__init__(record)

    def set_editing(self, on: bool) -> None:
        self.editing = on
        self.update()

    def take_record(self, record: Shape) -> None:  # type: ignore[override]
        self._preview = None
        super().take_record(record)

    def describe(self) -> str:
        name = QCoreApplication.translate("canvas", SHAPE_NAMES[self.record.shape])
        return f"{name}: {self.record.text}" if self.record.text else name

    def preview_size(self, width: float, height: float) -> None:
        """Follow a resize drag before it becomes one step."""
        self.prepareGeometryChange()
        self._preview = (width, height)
        self.update()

    def local_rect(self) -> QRectF:
        width, height = self._preview or (self.record.width, self.record.height)
        return QRectF(0.0, 0.0, width, height)

    def handle_rect(self) -> QRectF:
        rect = self.local_rect()
        return QRectF(rect.right() - HANDLE, rect.bottom() - HANDLE, HANDLE * 1.5, HANDLE * 1.5)

    def line(self) -> QLineF:
        rect = self.local_rect()
        if self.record.flipped:
            return QLineF(rect.bottomLeft(), rect.topRight())
        return QLineF(rect.topLeft(), rect.bottomRight())

    def boundingRect(self) -> QRectF:
        return self.local_rect().adjusted(-HANDLE, -HANDLE, HANDLE, HANDLE)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        if self.record.shape == "line":
            line = self.line()
            path.moveTo(line.p1())
            path.lineTo(line.p2())
            stroker = QPainterPathStroker()
            stroker.setWidth(14.0)
            return stroker.createStroke(path)
        if self.record.shape == "ellipse":
            path.addEllipse(self.local_rect())
        else:
            path.addRect(self.local_rect())
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        record, rect = self.record, self.local_rect()
        pen = QPen(style.fill_colour(resolve_colour(record.stroke)), STROKE_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        if record.shape == "line":
            painter.drawLine(self.line())
        else:
            painter.setBrush(style.fill_colour(record.colour))
            inset = rect.adjusted(1, 1, -1, -1)
            if record.shape == "ellipse":
                painter.drawEllipse(inset)
            else:
                painter.drawRect(inset)
        if record.text and not self.editing:
            self._paint_text(painter, rect)
        if self.shows_selection(widget):
            ratio = device_ratio(painter)
            painter.setPen(style.selection_outline(ratio))
            painter.setBrush(style.NO_BRUSH)
            painter.drawRect(rect)
            painter.setBrush(style.HANDLE_FILL)
            painter.setPen(style.edge_pen("blue", ratio=ratio))
            handle = self.handle_rect()
            painter.drawRect(QRectF(handle.topLeft(), handle.size() / 1.5))

    def _paint_text(self, painter: QPainter, rect: QRectF) -> None:
        layout = layout_note_text(self.record.text, rect.width(), rect.height())
        block = len(layout.lines) * layout.line_height
        top = max(0.0, (rect.height() - block) / 2)
        painter.save()
        painter.setClipRect(rect)
        for index, line in enumerate(layout.lines):
            baseline = top + index * layout.line_height + layout.line_height * 0.8
            left = (rect.width() - advance(line, layout.font_size)) / 2
            draw_line(painter, line, QPointF(left, baseline), layout.font_size, style.TEXT)
        painter.restore()
