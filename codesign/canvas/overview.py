"""All notes drawn by one item when zoomed far out: a few batched calls instead of 10,000 paints.

Rectangles are kept in square tiles, grouped by colour, so a frame draws only the tiles it can
see with one `drawRects` per colour per tile; cluster titles are drawn on top at a size that
stays readable on screen, so "fit board" still says what each theme is.
"""

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from codesign.canvas import style
from codesign.canvas.items.text_paint import advance, draw_line
from codesign.model import Cluster, Item, Note

TILE = 4096.0
TITLE_PIXELS = 15.0
Tiles = dict[tuple[int, int], dict[str, list[QRectF]]]


class NotesOverview(QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self.setZValue(10_000_000.0)
        self.setVisible(False)
        self._records: dict[str, Item] = {}
        self._tiles: Tiles | None = None
        self._bounds = QRectF()

    def set_records(self, changed: Iterable[tuple[str, Item | None]]) -> None:
        """Follow the board: notes and clusters are kept, everything else ignored."""
        for key, record in changed:
            if isinstance(record, Note | Cluster):
                self._records[key] = record
            else:
                self._records.pop(key, None)
        self._tiles = None
        self.prepareGeometryChange()
        self._bounds = _bounds(self._records.values())
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def _build_tiles(self) -> Tiles:
        tiles: Tiles = {}
        for record in self._records.values():
            if isinstance(record, Note):
                tile = (int(record.x // TILE), int(record.y // TILE))
                rect = QRectF(record.x, record.y, record.width, record.height)
                tiles.setdefault(tile, {}).setdefault(record.colour, []).append(rect)
        return tiles

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._tiles is None:
            self._tiles = self._build_tiles()
        exposed = option.exposedRect
        first_x, first_y = int(exposed.left() // TILE) - 1, int(exposed.top() // TILE) - 1
        last_x, last_y = int(exposed.right() // TILE), int(exposed.bottom() // TILE)
        painter.setPen(Qt.PenStyle.NoPen)
        for (tile_x, tile_y), by_colour in self._tiles.items():
            if first_x <= tile_x <= last_x and first_y <= tile_y <= last_y:
                for colour, rects in by_colour.items():
                    painter.setBrush(style.fill_brush(colour))
                    painter.drawRects(rects)
        scale = option.levelOfDetailFromTransform(painter.worldTransform())
        self._paint_titles(painter, exposed, TITLE_PIXELS / max(scale, 1e-6))

    def _paint_titles(self, painter: QPainter, exposed: QRectF, size: float) -> None:
        for record in self._records.values():
            if not isinstance(record, Cluster) or not record.title:
                continue
            if not exposed.intersects(QRectF(record.x, record.y, record.width, record.height)):
                continue
            width = advance(record.title, size, bold=True)
            pill = QRectF(record.x, record.y - size * 0.4, width + size, size * 1.6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.TITLE_PILL)
            painter.drawRoundedRect(pill, size * 0.4, size * 0.4)
            origin = QPointF(pill.left() + size / 2, pill.bottom() - size * 0.45)
            draw_line(painter, record.title, origin, size, style.TEXT, bold=True)


def _bounds(records: Iterable[Item]) -> QRectF:
    bounds = QRectF()
    for record in records:
        bounds = bounds.united(QRectF(record.x, record.y, record.width, record.height))
    return bounds.adjusted(-4000, -4000, 4000, 4000)
