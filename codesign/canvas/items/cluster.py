"""A theme cluster: a pale region of its colour with a bold title bar and a count of its notes."""

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from codesign.canvas import style
from codesign.canvas.device_pixels import device_ratio
from codesign.canvas.items.base import BoardItem
from codesign.canvas.items.text_paint import advance, draw_line, elide
from codesign.model import Cluster

CORNER = 14.0
TITLE_SIZE = 26.0
MIN_TITLE_SIZE = 19.0
PILL_SIZE = 14.0
TITLE_BAR = 56.0
TITLE_LOD = 0.35
"""Below this zoom the scene's overview draws cluster titles at a readable screen size."""


class ClusterItem(BoardItem):
    record: Cluster
    votes: int | None = None
    """Dots on the members in the round on show, set by the votes layer; None shows no votes."""

    def describe(self) -> str:
        count = len(self.record.members)
        return QCoreApplication.translate("canvas", "Cluster “{title}”: {count} notes").format(
            title=self.record.title, count=count
        )

    def grabs(self, local_pos: QPointF) -> bool:
        """Only the title bar: the body is open canvas, for rubber bands and new notes."""
        return local_pos.y() <= TITLE_BAR

    def take_record(self, record: Cluster) -> None:  # type: ignore[override]
        self._title: tuple[str, str, float, float] | None = None
        super().take_record(record)

    def show_votes(self, votes: int | None) -> None:
        if votes != self.votes:
            self.votes = votes
            self._title = None
            self.update()

    def _title_parts(self) -> tuple[str, str, float, float]:
        """Title (shrunk, then cut, to fit), count text, pill width and title size: measured
        once per record, not per frame."""
        if self._title is None:
            count = QCoreApplication.translate("canvas", "{count} notes").format(
                count=len(self.record.members)
            )
            if self.votes is not None:
                count = QCoreApplication.translate("canvas", "{notes} · {votes} votes").format(
                    notes=count, votes=self.votes
                )
            pill_width = advance(count, PILL_SIZE, bold=True) + 16
            room = self.record.width - pill_width - 24 - 28
            natural = advance(self.record.title, TITLE_SIZE, bold=True)
            size = (
                max(MIN_TITLE_SIZE, TITLE_SIZE * room / natural) if natural > room else TITLE_SIZE
            )
            title = elide(self.record.title, size, room, bold=True)
            self._title = (title, count, pill_width, size)
        return self._title

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self.local_rect()
        colour = self.record.colour
        painter.setPen(
            style.edge_pen(colour, ratio=device_ratio(painter))
            if self.shows_selection(widget)
            else Qt.PenStyle.NoPen
        )
        painter.setBrush(style.region_fill(colour, 70))
        if option.levelOfDetailFromTransform(painter.worldTransform()) < TITLE_LOD:
            painter.drawRect(rect)
            return
        painter.drawRoundedRect(rect, CORNER, CORNER)
        title, count, pill_width, size = self._title_parts()
        pill = QRectF(rect.right() - pill_width - 12, 14, pill_width, PILL_SIZE + 10)
        draw_line(painter, title, QPointF(16, 14 + TITLE_SIZE), size, style.TEXT, bold=True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.tint(colour, 255).darker(115))
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        origin = QPointF(pill.left() + 8, pill.bottom() - 7)
        draw_line(painter, count, origin, PILL_SIZE, style.TEXT, bold=True)
