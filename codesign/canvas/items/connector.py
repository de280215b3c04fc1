"""An arrow between two items, clipped to their edges; the scene hands it its ends' rects."""

import math

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from codesign.canvas import style
from codesign.canvas.items.base import BoardItem, shows_kind
from codesign.canvas.items.text_paint import advance, draw_line
from codesign.model import Connector, resolve_colour

ARROW = 14.0
GAP = 6.0
LABEL_SIZE = 14.0


def edge_point(rect: QRectF, towards: QPointF) -> QPointF:
    """Where the line from the rect's centre to `towards` leaves the rect, plus a small gap."""
    centre = rect.center()
    dx, dy = towards.x() - centre.x(), towards.y() - centre.y()
    if dx == 0 and dy == 0:
        return centre
    half_w, half_h = rect.width() / 2 + GAP, rect.height() / 2 + GAP
    t = min(half_w / abs(dx) if dx else math.inf, half_h / abs(dy) if dy else math.inf)
    t = min(t, 1.0)
    return QPointF(centre.x() + dx * t, centre.y() + dy * t)


@shows_kind("connector")
class ConnectorItem(BoardItem):
    record: Connector

    def __init__(self, record: Connector) -> None:
        self._line = QLineF()
        super().__init__(record)

    def take_record(self, record: Connector) -> None:  # type: ignore[override]
        super().take_record(record)
        self.setPos(0.0, 0.0)

    def describe(self) -> str:
        text = QCoreApplication.translate("canvas", "Arrow from {source} to {target}").format(
            source=self.record.source, target=self.record.target
        )
        return f"{text}: {self.record.label}" if self.record.label else text

    def set_ends(self, source: QRectF | None, target: QRectF | None) -> None:
        """Follow the ends: called by the scene whenever either end moves or changes."""
        self.prepareGeometryChange()
        if source is None or target is None:
            self._line = QLineF()
        else:
            self._line = QLineF(
                edge_point(source, target.center()), edge_point(target, source.center())
            )
        self.update()

    def line(self) -> QLineF:
        return QLineF(self._line)

    def local_rect(self) -> QRectF:
        rect = QRectF(self._line.p1(), self._line.p2()).normalized()
        return rect.adjusted(-ARROW, -ARROW, ARROW, ARROW)

    def boundingRect(self) -> QRectF:
        rect = self.local_rect()
        if self.record.label:
            middle = self._line.center()
            half = advance(self.record.label, LABEL_SIZE) / 2 + 12
            rect = rect.united(QRectF(middle.x() - half, middle.y() - 16, 2 * half, 32))
        return rect

    def shape(self) -> QPainterPath:
        path = QPainterPath(self._line.p1())
        path.lineTo(self._line.p2())
        stroker = QPainterPathStroker()
        stroker.setWidth(12.0)
        return stroker.createStroke(path)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._line.length() < 1:
            return
        colour = style.fill_colour(resolve_colour(self.record.colour))
        pen = QPen(style.SELECTION if self.shows_selection(widget) else colour, 2.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(self._line)
        painter.setBrush(pen.color())
        painter.setPen(Qt.PenStyle.NoPen)
        if self.record.arrow_end:
            painter.drawPolygon(_arrow_head(self._line))
        if self.record.arrow_start:
            painter.drawPolygon(_arrow_head(QLineF(self._line.p2(), self._line.p1())))
        if self.record.label:
            self._paint_label(painter)

    def _paint_label(self, painter: QPainter) -> None:
        middle = self._line.center()
        width = advance(self.record.label, LABEL_SIZE) + 16
        pill = QRectF(middle.x() - width / 2, middle.y() - 13, width, 26)
        painter.setPen(style.HAIRLINE)
        painter.setBrush(style.LABEL_PILL)
        painter.drawRoundedRect(pill, 13, 13)
        origin = QPointF(pill.left() + 8, pill.bottom() - 8)
        draw_line(painter, self.record.label, origin, LABEL_SIZE, style.TEXT)


def _arrow_head(line: QLineF) -> QPolygonF:
    tip = line.p2()
    angle = math.atan2(line.dy(), line.dx())
    left = QPointF(
        tip.x() - ARROW * math.cos(angle - 0.45), tip.y() - ARROW * math.sin(angle - 0.45)
    )
    right = QPointF(
        tip.x() - ARROW * math.cos(angle + 0.45), tip.y() - ARROW * math.sin(angle + 0.45)
    )
    return QPolygonF([tip, left, right])
