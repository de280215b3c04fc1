"""A freehand ink stroke: a smoothed vector path, built once per record and kept.

The path is quadratic curves through the samples' midpoints (`model.ink.smooth_segments`, the
PDF draws the same). Far out, where a stroke is a few pixels long, a coarser path of every
fourth sample is drawn instead: the level of detail that keeps a board of a thousand strokes
panning at full frame rate (bench/ink.py).
"""

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from codesign.canvas import style
from codesign.canvas.device_pixels import device_ratio
from codesign.canvas.items.base import BoardItem, shows_kind
from codesign.model import Stroke, resolve_colour
from codesign.model.ink import (
    Point,
    Segment,
    pen_width,
    pressure_runs,
    smooth_segments,
    stroke_points,
)

COARSE_ZOOM = 0.35
"""Below this zoom the coarse path is drawn: a curve's detail is under a pixel there."""
COARSE_STEP = 4


def segments_path(segments: list[Segment]) -> QPainterPath:
    path = QPainterPath()
    path.moveTo(*segments[0][0])
    for _start, control, end in segments:
        path.quadTo(QPointF(*control), QPointF(*end))
    return path


def ink_path(points: list[Point]) -> QPainterPath:
    path = QPainterPath()
    segments = smooth_segments(points)
    if not segments:
        if points:
            x, y = points[0][:2]
            path.moveTo(x, y)
            path.lineTo(x + 0.01, y)
        return path
    return segments_path(segments)


@shows_kind("stroke")
class StrokeItem(BoardItem):
    record: Stroke

    def __init__(self, record: Stroke) -> None:
        self._path: QPainterPath | None = None
        self._coarse: QPainterPath | None = None
        self._runs: list[tuple[QPainterPath, QPen]] | None = None
        super().__init__(record)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def take_record(self, record: Stroke) -> None:  # type: ignore[override]
        old = getattr(self, "record", None)
        if old is None or old.points != record.points:
            self._path = self._coarse = None
        self._runs = None
        super().take_record(record)
        self._pen = QPen(QColor(resolve_colour(record.colour)), pen_width(record))
        self._pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self._pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)

    def describe(self) -> str:
        return QCoreApplication.translate("canvas", "Ink stroke")

    def path(self) -> QPainterPath:
        if self._path is None:
            self._path = ink_path(stroke_points(self.record))
        return self._path

    def runs(self) -> list[tuple[QPainterPath, QPen]]:
        """The path in runs of one width each: a stylus's pressure swells and thins the line."""
        if self._runs is None:
            runs = pressure_runs(self.record)
            if len(runs) <= 1:
                self._runs = [(self.path(), self._pen)]
            else:
                self._runs = []
                for segments, width in runs:
                    pen = QPen(self._pen)
                    pen.setWidthF(width)
                    self._runs.append((segments_path(segments), pen))
        return self._runs

    def coarse_path(self) -> QPainterPath:
        if self._coarse is None:
            points = stroke_points(self.record)
            self._coarse = ink_path(points[::COARSE_STEP] + points[-1:])
        return self._coarse

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(max(10.0, pen_width(self.record)))
        return stroker.createStroke(self.path())

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.shows_selection(widget):
            halo = QPen(self._pen)
            halo.setColor(style.SELECTION)
            halo.setWidthF(self._pen.widthF() + 4.0)
            painter.setPen(halo)
            painter.drawPath(self.path())
        if lod >= COARSE_ZOOM:
            for path, pen in self.runs():
                painter.setPen(pen)
                painter.drawPath(path)
        else:
            painter.setPen(self._pen)
            painter.drawPath(self.coarse_path())
        if self.shows_selection(widget):
            painter.setPen(style.edge_pen("blue", 1.0, ratio=device_ratio(painter)))
            painter.drawRect(QRectF(self.local_rect()))
