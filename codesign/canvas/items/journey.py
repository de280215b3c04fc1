"""A journey map: stages across, lanes down, stronger-tinted headers and the emotion curve.

All positions come from `codesign.model.journey_geometry`, the same arithmetic the PDF uses.
"""

from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from codesign.canvas import style
from codesign.canvas.device_pixels import device_ratio
from codesign.canvas.items.base import BoardItem, shows_kind
from codesign.canvas.items.languages_shown import one_line, texts_shown
from codesign.canvas.items.stage_header import paint_stage_header
from codesign.canvas.items.text_paint import draw_line, elide
from codesign.model import JourneyMap, Lane
from codesign.model.journey_geometry import (
    FACE_EYE,
    FACE_EYES,
    LANE_HEADER_WIDTH,
    STAGE_HEADER_HEIGHT,
    TITLE_HEIGHT,
    emotion_faces,
    emotion_points,
    face_mouth,
    journey_size,
    lane_title_width,
)
from codesign.text import layout_text

TITLE_SIZE = 38.0
LANE_SIZE = 26.0
MIN_LANE_SIZE = 22.0
"""Header sizes: as large as the header allows, so a whole map reads from the back of the room
at "fit board" (about 40 % for a seven-stage map on a laptop)."""


@shows_kind("journey")
class JourneyItem(BoardItem):
    record: JourneyMap

    def describe(self) -> str:
        tr = QCoreApplication.translate
        return tr("canvas", "Journey map “{title}”: {stages}, {lanes}").format(
            title=self.record.title,
            stages=tr("canvas", "%n stage(s)", "", len(self.record.stages)),
            lanes=tr("canvas", "%n lane(s)", "", len(self.record.lanes)),
        )

    def local_rect(self) -> QRectF:
        width, height = journey_size(self.record)
        return QRectF(0.0, 0.0, max(width, self.record.width), max(height, self.record.height))

    def grabs(self, local_pos: QPointF) -> bool:
        """Only the title: the cells are where notes are placed and rubber bands start."""
        return local_pos.y() <= TITLE_HEIGHT

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        record = self.record
        rect = self.local_rect()
        colour = record.colour
        painter.setPen(
            style.edge_pen(colour, ratio=device_ratio(painter))
            if self.shows_selection(widget)
            else Qt.PenStyle.NoPen
        )
        painter.setBrush(style.region_fill(colour, 40))
        painter.drawRoundedRect(rect, 10, 10)
        header_top = TITLE_HEIGHT
        grid_top = TITLE_HEIGHT + STAGE_HEADER_HEIGHT
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.region_fill(colour, 150))
        painter.drawRect(QRectF(0, header_top, rect.width(), STAGE_HEADER_HEIGHT))
        painter.drawRect(QRectF(0, grid_top, LANE_HEADER_WIDTH, rect.height() - grid_top))
        title = one_line(self, widget, record.title, record.title_alt)
        title = elide(title, TITLE_SIZE, rect.width() - 32, bold=True)
        draw_line(painter, title, QPointF(16, 46), TITLE_SIZE, style.TEXT, bold=True)
        painter.setPen(style.GRID_LINE)
        left = LANE_HEADER_WIDTH
        for stage in record.stages:
            painter.drawLine(QPointF(left, header_top), QPointF(left, rect.height()))
            shown = texts_shown(self, widget, stage.title, stage.title_alt)
            paint_stage_header(painter, shown, left, header_top, stage.width)
            left += stage.width
        top = grid_top
        for lane in record.lanes:
            painter.setPen(style.GRID_LINE)
            painter.drawLine(QPointF(0, top), QPointF(rect.width(), top))
            self._paint_lane_title(painter, lane, top, widget)
            if lane.emotion:
                self._paint_faces(painter, lane.id)
                self._paint_emotion(painter, lane.id, top, lane.height)
            top += lane.height

    def _paint_lane_title(
        self, painter: QPainter, lane: Lane, top: float, widget: QWidget | None
    ) -> None:
        title = "\n".join(t.text for t in texts_shown(self, widget, lane.title, lane.title_alt))
        layout = layout_text(
            title, lane_title_width(lane), lane.height - 24, LANE_SIZE, MIN_LANE_SIZE, True
        )
        for index, line in enumerate(layout.lines):
            baseline = QPointF(12, top + 12 + index * layout.line_height + layout.font_size)
            draw_line(painter, line, baseline, layout.font_size, style.TEXT, bold=True)

    def _paint_faces(self, painter: QPainter, lane_id: str) -> None:
        """The lane's scale on its header: a happy face level with +2, flat at 0, sad at -2."""
        record = self.record
        for score, x, y, radius in emotion_faces(record, lane_id):
            centre = QPointF(x - record.x, y - record.y)
            painter.setPen(QPen(style.EMOTION, max(1.5, radius / 6)))
            painter.setBrush(style.HANDLE_FILL)
            painter.drawEllipse(centre, radius, radius)
            start, control, end = (centre + QPointF(*p) * radius for p in face_mouth(score))
            mouth = QPainterPath(start)
            mouth.quadTo(control, end)
            painter.setBrush(style.NO_BRUSH)
            painter.drawPath(mouth)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.EMOTION)
            for eye in FACE_EYES:
                painter.drawEllipse(
                    centre + QPointF(*eye) * radius, FACE_EYE * radius, FACE_EYE * radius
                )

    def _paint_emotion(self, painter: QPainter, lane_id: str, top: float, height: float) -> None:
        """The curve through each stage's feeling (-2..+2), dots where a feeling was given, at
        the points `emotion_points` gives the PDF and the drag handles too."""
        record = self.record
        points = [
            QPointF(x - record.x, y - record.y) for _stage, x, y in emotion_points(record, lane_id)
        ]
        left = LANE_HEADER_WIDTH + sum(stage.width for stage in record.stages)
        painter.setPen(style.GRID_LINE)
        middle = top + height / 2
        painter.drawLine(QPointF(LANE_HEADER_WIDTH, middle), QPointF(left, middle))
        if not points:
            return
        path = QPainterPath(points[0])
        for previous, point in pairwise(points):
            mid_x = (previous.x() + point.x()) / 2
            path.cubicTo(QPointF(mid_x, previous.y()), QPointF(mid_x, point.y()), point)
        curve = QPen(style.EMOTION, 4.0)
        curve.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(curve)
        painter.setBrush(style.NO_BRUSH)
        painter.drawPath(path)
        painter.setPen(QPen(style.HANDLE_FILL, 3.0))
        painter.setBrush(style.EMOTION)
        for point in points:
            painter.drawEllipse(point, 9, 9)
