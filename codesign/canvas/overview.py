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
from codesign.canvas.items.text_paint import advance, draw_line, elide
from codesign.model import Cluster, Item, Note

TILE = 8192.0
TITLE_PIXELS = 14.0
SHADOW = 5.0
_SHADOW_KEY = ""
"""Tiles keep a thin strip under each note, drawn as one more batch: a hint of paper."""
Tiles = dict[tuple[int, int], dict[str, list[QRectF]]]


class NotesOverview(QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self.setZValue(10_000_000.0)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setVisible(False)
        self._records: dict[str, Item] = {}
        self._clusters: dict[str, Cluster] = {}
        self._tiles: Tiles | None = None
        self._bounds = QRectF()
        self._titles: dict[tuple[str, float], tuple[str, float, float]] = {}
        self.draw_notes = False

    def set_records(self, changed: Iterable[tuple[str, Item | None]]) -> None:
        """Follow the board: notes and clusters are kept, everything else ignored."""
        for key, record in changed:
            self._clusters.pop(key, None)
            if isinstance(record, Note | Cluster):
                self._records[key] = record
                if isinstance(record, Cluster):
                    self._clusters[key] = record
            else:
                self._records.pop(key, None)
        self._tiles = None
        self._titles.clear()
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
                shadow = QRectF(record.x + 2, record.y + record.height, record.width - 2, SHADOW)
                by_colour = tiles.setdefault(tile, {})
                by_colour.setdefault(record.colour, []).append(rect)
                by_colour.setdefault(_SHADOW_KEY, []).append(shadow)
        return tiles

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        exposed = option.exposedRect
        scale = option.levelOfDetailFromTransform(painter.worldTransform())
        if self.draw_notes:
            self._paint_notes(painter, exposed)
        self._paint_titles(painter, exposed, 1.0 / max(scale, 1e-6))

    def _paint_notes(self, painter: QPainter, exposed: QRectF) -> None:
        if self._tiles is None:
            self._tiles = self._build_tiles()
        first_x, first_y = int(exposed.left() // TILE) - 1, int(exposed.top() // TILE) - 1
        last_x, last_y = int(exposed.right() // TILE), int(exposed.bottom() // TILE)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        visible = [
            by_colour
            for (tile_x, tile_y), by_colour in self._tiles.items()
            if first_x <= tile_x <= last_x and first_y <= tile_y <= last_y
        ]
        for by_colour in visible:
            for colour, rects in by_colour.items():
                painter.setBrush(
                    style.SHADOW if colour == _SHADOW_KEY else style.fill_brush(colour)
                )
                painter.drawRects(rects)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    def _paint_titles(self, painter: QPainter, exposed: QRectF, pixel: float) -> None:
        """Each title in a white pill just above its cluster, so it never hides a note."""
        for record in self._clusters.values():
            if not record.title:
                continue
            if not exposed.intersects(QRectF(record.x, record.y, record.width, record.height)):
                continue
            title, width, size = self._fitted_title(record, pixel)
            height = size * 1.6
            pill = QRectF(record.x, record.y - height - 2 * pixel, width + size, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.TITLE_PILL)
            painter.drawRoundedRect(pill, size * 0.4, size * 0.4)
            origin = QPointF(pill.left() + size / 2, pill.bottom() - size * 0.45)
            draw_line(painter, title, origin, size, style.TEXT, bold=True)

    def _fitted_title(self, cluster: Cluster, pixel: float) -> tuple[str, float, float]:
        """Title, its width and size: TITLE_PIXELS on screen for every cluster alike, cut to
        the cluster's width. Cached per cluster and zoom."""
        key = (cluster.id, round(pixel, 3))
        found = self._titles.get(key)
        if found is None:
            size = TITLE_PIXELS * pixel
            title = elide(cluster.title, size, cluster.width - size, bold=True)
            found = self._titles[key] = (title, advance(title, size, bold=True), size)
        return found


def _bounds(records: Iterable[Item]) -> QRectF:
    bounds = QRectF()
    for record in records:
        bounds = bounds.united(QRectF(record.x, record.y, record.width, record.height))
    return bounds.adjusted(-4000, -4000, 4000, 4000)
