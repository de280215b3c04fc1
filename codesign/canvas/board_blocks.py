"""A board drawn as coloured blocks: themes and journeys tinted, notes in their colours.

The minimap and the recovery preview both show a board too small to read, where the shape of
the work (where the themes are, how full they are) is what tells one board from another.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter

from codesign.canvas import style
from codesign.model import BoxItem, Cluster, Item, JourneyMap, Note, Shape, Stroke


@dataclass
class Blocks:
    regions: dict[str, list[QRectF]] = field(default_factory=dict)
    """Clusters and journey maps, by colour."""
    notes: dict[str, list[QRectF]] = field(default_factory=dict)
    others: list[QRectF] = field(default_factory=list)
    ink: dict[str, list[QRectF]] = field(default_factory=dict)
    """Ink strokes, by colour: a pale patch where the drawing is, never a black block."""

    def add(self, record: Item, rect: QRectF) -> None:
        if isinstance(record, Stroke):
            self.ink.setdefault(record.colour, []).append(rect)
        elif isinstance(record, Cluster | JourneyMap | Shape):
            self.regions.setdefault(record.colour, []).append(rect)
        elif isinstance(record, Note):
            self.notes.setdefault(record.colour, []).append(rect)
        else:
            self.others.append(rect)

    def paint(self, painter: QPainter) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, rects in self.regions.items():
            painter.setBrush(style.tint(colour, 90))
            painter.drawRects(rects)
        for colour, rects in self.ink.items():
            painter.setBrush(style.tint(colour, 70))
            painter.drawRects(rects)
        painter.setBrush(style.MUTED_TEXT)
        painter.drawRects(self.others)
        for colour, rects in self.notes.items():
            painter.setBrush(style.fill_brush(colour))
            painter.drawRects(rects)


def fitted(bounds: QRectF, size: QSize) -> tuple[float, QPointF]:
    """The scale and offset that centre `bounds` in `size`, keeping its proportions."""
    scale = min(size.width() / max(bounds.width(), 1.0), size.height() / max(bounds.height(), 1.0))
    offset = QPointF(
        (size.width() - bounds.width() * scale) / 2 - bounds.left() * scale,
        (size.height() - bounds.height() * scale) / 2 - bounds.top() * scale,
    )
    return scale, offset


def thumbnail(items: Iterable[Item], size: QSize, device_pixel_ratio: float = 1.0) -> QImage:
    """A picture of a board's items that never needs a scene: cheap for 10,000 notes."""
    boxes = [item for item in items if isinstance(item, BoxItem)]
    bounds = QRectF()
    for box in boxes:
        bounds = bounds.united(QRectF(box.x, box.y, box.width, box.height))
    bounds.adjust(-100, -100, 100, 100)
    image = QImage(size * device_pixel_ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(device_pixel_ratio)
    image.fill(style.BACKGROUND)
    scale, offset = fitted(bounds, size)
    blocks = Blocks()
    for box in boxes:
        rect = QRectF(box.x, box.y, box.width, box.height)
        blocks.add(box, QRectF(rect.topLeft() * scale + offset, rect.size() * scale))
    painter = QPainter(image)
    blocks.paint(painter)
    painter.end()
    return image
