"""An item of a kind this version cannot draw: a dashed placeholder, kept as it came."""

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from codesign.canvas import style
from codesign.canvas.device_pixels import device_ratio
from codesign.canvas.items.base import BoardItem
from codesign.canvas.items.text_paint import draw_line, elide
from codesign.model import UnknownItem


def _number(record: UnknownItem, name: str, default: float) -> float:
    value = (record.model_extra or {}).get(name, default)
    return float(value) if isinstance(value, int | float) and value == value else default


class UnknownPlaceholder(BoardItem):
    record: UnknownItem

    def take_record(self, record: UnknownItem) -> None:  # type: ignore[override]
        super().take_record(record)
        self.setPos(_number(record, "x", 0.0), _number(record, "y", 0.0))

    def describe(self) -> str:
        return QCoreApplication.translate(
            "canvas", "“{kind}”: made by a newer Codesign; kept as it is"
        ).format(kind=self.record.kind)

    def local_rect(self) -> QRectF:
        width = max(_number(self.record, "width", 240.0), 1.0)
        return QRectF(0.0, 0.0, width, max(_number(self.record, "height", 120.0), 1.0))

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self.local_rect()
        pen = QPen(style.MUTED_TEXT, 1.5 * device_ratio(painter), Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(style.PLACEHOLDER_FILL)
        painter.drawRoundedRect(rect, 8, 8)
        text = QCoreApplication.translate("canvas", "Made by a newer Codesign")
        draw_line(painter, elide(text, 14, rect.width() - 20), QPointF(10, 24), 14, style.TEXT)
        kind = elide(self.record.kind, 12, rect.width() - 20)
        draw_line(painter, kind, QPointF(10, 44), 12, style.MUTED_TEXT)
