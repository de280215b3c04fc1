"""All notes drawn by one item when zoomed far out: a few batched calls instead of 10,000 paints.

Rectangles are kept in square tiles, grouped by colour, so a frame draws only the tiles it can
see with one `drawRects` per colour per tile; when the whole board is small on screen it is
drawn once per zoom into a pixmap and blitted. Cluster titles are drawn on top at a size that
stays readable on screen, so "fit board" still says what each theme is.
"""

from collections.abc import Callable, Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from codesign.canvas import style
from codesign.canvas.device_pixels import blank_pixmap, device_ratio, snapped
from codesign.canvas.items.base import presenting
from codesign.canvas.items.cluster import TITLE_LOD
from codesign.canvas.items.languages_shown import one_line
from codesign.canvas.items.text_paint import advance, draw_line, elide
from codesign.model import Cluster, Item, Note

TILE = 4096.0
TILE_SLACK = 1024.0
"""Notes are filed under the tile of their top-left corner; one may reach this far beyond it."""
SNAPSHOT_PIXELS = 6_000_000
"""When all notes at the current zoom fit in this many pixels (about three screens), they are
drawn once into a pixmap and blitted; nearer in, the visible tiles are drawn directly."""
TITLE_PIXELS = 14.0
SHADOW = 5.0
_SHADOW_KEY = ""
"""Tiles keep a thin strip under each note, drawn as one more batch: a hint of paper."""
EVERYWHERE = QRectF(-1e9, -1e9, 2e9, 2e9)
Tiles = dict[tuple[int, int], dict[str, list[QRectF]]]


class NotesOverview(QGraphicsItem):
    def __init__(self, selected_notes: Callable[[], list[QRectF]]) -> None:
        super().__init__()
        self._selected_notes = selected_notes
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(10_000_000.0)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self._records: dict[str, Item] = {}
        self._clusters: dict[str, Cluster] = {}
        self._tiles: Tiles | None = None
        self._note_bounds: QRectF | None = None
        self._snapshot: tuple[tuple[float, float], QPixmap] | None = None
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
        self._snapshot = None
        self._note_bounds = None
        self._titles.clear()
        self.update()

    def relabel(self) -> None:
        """The board shows another language: its titles are drawn afresh (in the board's
        language on every view, as one picture serves them all)."""
        self._snapshot = None
        self._titles.clear()
        self.update()

    def shape(self) -> QPainterPath:
        """Empty: the overview is a picture only, never what a click or `itemAt` finds."""
        return QPainterPath()

    def boundingRect(self) -> QRectF:
        """Everywhere: the overview culls to what is exposed itself, and a fixed rect spares
        a pass over every record on each edit of a large board."""
        return EVERYWHERE

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
        transform = painter.worldTransform()
        exposed = option.exposedRect.intersected(_device_area(painter))
        # Rounded: the level of detail wobbles in its last digits as the view pans.
        scale = round(max(option.levelOfDetailFromTransform(transform), 1e-6), 6)
        if scale >= TITLE_LOD:
            return
        if self.draw_notes:
            if self._tiles is None:
                self._tiles = self._build_tiles()
            plain = transform.type().value <= QTransform.TransformationType.TxScale.value
            whole = self._snapshot_bounds(scale)
            ratio = device_ratio(painter)
            if plain and whole.width() * whole.height() * (scale * ratio) ** 2 <= SNAPSHOT_PIXELS:
                self._paint_snapshot(painter, whole, scale, ratio)
            else:
                self._draw_rects(painter, self._visible_tiles(exposed))
                self._paint_titles(painter, exposed, 1.0 / scale)
            if not presenting(widget):
                self._paint_selection(painter)
            return
        self._paint_titles(painter, exposed, 1.0 / scale)

    def _paint_selection(self, painter: QPainter) -> None:
        """Selected notes outlined where they are now: far out the outlines are what moves
        during a drag (the note items themselves are transparent)."""
        rects = self._selected_notes()
        if rects:
            painter.setPen(style.selection_outline(device_ratio(painter)))
            painter.setBrush(style.NO_BRUSH)
            painter.drawRects(rects)

    def _paint_snapshot(self, painter: QPainter, whole: QRectF, scale: float, ratio: float) -> None:
        """Notes and titles drawn once per zoom into a pixmap: a pan is then one blit."""
        if self._snapshot is None or self._snapshot[0] != (scale, ratio):
            pixmap = blank_pixmap(whole.width() * scale + 2, whole.height() * scale + 2, ratio)
            snapshot = QPainter(pixmap)
            snapshot.setRenderHint(QPainter.RenderHint.Antialiasing)
            snapshot.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            snapshot.scale(scale, scale)
            snapshot.translate(-whole.topLeft())
            assert self._tiles is not None
            self._draw_rects(snapshot, list(self._tiles.values()))
            self._paint_titles(snapshot, whole, 1.0 / scale)
            snapshot.end()
            self._snapshot = ((scale, ratio), pixmap)
        corner = painter.worldTransform().map(whole.topLeft())
        painter.save()
        painter.resetTransform()
        painter.drawPixmap(snapped(corner, ratio), self._snapshot[1])
        painter.restore()

    def _snapshot_bounds(self, scale: float) -> QRectF:
        """All notes, and all cluster titles at this zoom (they sit above their clusters)."""
        if self._note_bounds is None:
            self._note_bounds = _bounds(r for r in self._records.values() if isinstance(r, Note))
            self._note_bounds.adjust(0, 0, 0, SHADOW)
            for cluster in self._clusters.values():
                self._note_bounds = self._note_bounds.united(
                    QRectF(cluster.x, cluster.y, cluster.width, 1.0)
                )
        return self._note_bounds.adjusted(0, -(TITLE_PIXELS * 1.6 + 4) / scale, 0, 0)

    def _visible_tiles(self, exposed: QRectF) -> list[dict[str, list[QRectF]]]:
        assert self._tiles is not None
        first_x = int((exposed.left() - TILE_SLACK) // TILE)
        first_y = int((exposed.top() - TILE_SLACK) // TILE)
        last_x, last_y = int(exposed.right() // TILE), int(exposed.bottom() // TILE)
        return [
            by_colour
            for (tile_x, tile_y), by_colour in self._tiles.items()
            if first_x <= tile_x <= last_x and first_y <= tile_y <= last_y
        ]

    def _draw_rects(self, painter: QPainter, tiles: list[dict[str, list[QRectF]]]) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for by_colour in tiles:
            for colour, rects in by_colour.items():
                painter.setBrush(
                    style.SHADOW if colour == _SHADOW_KEY else style.fill_brush(colour)
                )
                painter.drawRects(rects)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    def _paint_titles(self, painter: QPainter, exposed: QRectF, pixel: float) -> None:
        """Each title in a white pill just above its cluster, so it never hides a note."""
        for record in self._clusters.values():
            if not (record.title or record.title_alt):
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
            shown = one_line(self, None, cluster.title, cluster.title_alt, on_board=True)
            title = elide(shown, size, cluster.width - size, bold=True)
            found = self._titles[key] = (title, advance(title, size, bold=True), size)
        return found


def _device_area(painter: QPainter) -> QRectF:
    """The part of the scene the painter's device shows (exposedRect can be the whole item)."""
    device = painter.device()
    inverted, invertible = painter.worldTransform().inverted()
    if not invertible:
        return QRectF(-1e12, -1e12, 2e12, 2e12)
    return inverted.mapRect(QRectF(0, 0, device.width(), device.height()))


def _bounds(records: Iterable[Item]) -> QRectF:
    bounds = QRectF()
    for record in records:
        bounds = bounds.united(QRectF(record.x, record.y, record.width, record.height))
    return bounds
