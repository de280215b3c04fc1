"""A theme cluster: a pale region of its colour with a bold title bar and a count of its notes."""

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from codesign.canvas import style
from codesign.canvas.device_pixels import device_ratio
from codesign.canvas.items.base import BoardItem, shows_kind
from codesign.canvas.items.cluster_title import (
    PILL_HEIGHT,
    PILL_SIZE,
    TITLE_BAR,
    TitleLayout,
    lay_out_title,
)
from codesign.canvas.items.languages_shown import one_line
from codesign.canvas.items.text_paint import draw_line
from codesign.model import Cluster
from codesign.model.clustering import CLUSTER_PADDING, CLUSTER_TITLE_HEIGHT

CORNER = 14.0
TITLE_LOD = 0.35
"""Below this zoom the scene's overview draws cluster titles at a readable screen size."""


@shows_kind("cluster")
class ClusterItem(BoardItem):
    record: Cluster
    votes: int | None = None
    """Dots on the members in the round on show, set by the votes layer; None shows no votes."""

    def describe(self) -> str:
        count = QCoreApplication.translate("canvas", "%n note(s)", "", len(self.record.members))
        return QCoreApplication.translate("canvas", "Cluster “{title}”: {count}").format(
            title=self.record.title, count=count
        )

    def take_record(self, record: Cluster) -> None:  # type: ignore[override]
        self._title: TitleLayout | None = None
        self._title_text = ""
        super().take_record(record)

    def show_votes(self, votes: int | None) -> None:
        """A new count repaints the title band only: a voting tap must not repaint every note
        of the theme beneath it."""
        if votes != self.votes:
            self.votes = votes
            self._title = None
            self.update(self.title_band())

    def title_band(self) -> QRectF:
        """Where the title and the count pill can be, whatever their length: from the pill
        risen onto the top edge down to where the theme's notes start (`lay_out_title` keeps
        the title within `TITLE_ROOM`)."""
        rect = self.local_rect()
        bottom = min(rect.bottom(), rect.top() + CLUSTER_TITLE_HEIGHT + CLUSTER_PADDING)
        return QRectF(
            rect.left(),
            rect.top() - PILL_HEIGHT / 2,
            rect.width(),
            bottom - rect.top() + PILL_HEIGHT / 2,
        )

    def count_text(self) -> str:
        """ "1 note", "6 notes · 7 votes": what the pill says."""
        tr = QCoreApplication.translate
        count = tr("canvas", "%n note(s)", "", len(self.record.members))
        if self.votes is not None:
            votes = tr("canvas", "%n vote(s)", "", self.votes)
            count = tr("canvas", "{notes} · {votes}").format(notes=count, votes=votes)
        return count

    def title_layout(self, widget: QWidget | None = None) -> TitleLayout:
        """The whole title, wrapped and shrunk to the room above the notes beside the pill;
        when it needs more, the pill moves up onto the top edge and the title takes the
        width. Measured once per record and language shown, not per frame."""
        record = self.record
        title = one_line(self, widget, record.title, record.title_alt)
        if self._title is None or self._title_text != title:
            self._title = lay_out_title(title, record.width, self.count_text())
            self._title_text = title
        return self._title

    def grabs(self, local_pos: QPointF) -> bool:
        """Only the title bar: the body is open canvas, for rubber bands and new notes."""
        return local_pos.y() <= max(TITLE_BAR, self.title_layout().bottom)

    def boundingRect(self) -> QRectF:
        return self.local_rect().adjusted(0.0, -PILL_HEIGHT / 2, 0.0, 0.0)

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
        title = self.title_layout(widget)
        for line, baseline in zip(title.lines, title.baselines(), strict=True):
            draw_line(painter, line, QPointF(16, baseline), title.size, style.TEXT, bold=True)
        pill = title.pill.translated(rect.right(), 0.0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.tint(colour, 255).darker(115))
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        origin = QPointF(pill.left() + 8, pill.bottom() - 7)
        draw_line(painter, title.count, origin, PILL_SIZE, style.TEXT, bold=True)
