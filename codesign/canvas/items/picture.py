"""A picture on the canvas, drawn from a decoded pixmap scaled to at most `SCREEN_SIDE`.

Decoding a 4000 x 3000 JPEG takes some 100 ms, so it is done once per picture and content
hash (`pixmap_for`) and shared by every item showing it. Zoomed far out (a picture smaller
than a few screen pixels) it is a grey rectangle, the same level of detail as a note.
"""

from PySide6.QtCore import QByteArray, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPixmap, QPixmapCache
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from codesign.canvas import style
from codesign.canvas.device_pixels import device_ratio
from codesign.canvas.items.base import BoardItem, shows_kind
from codesign.canvas.items.corner_handle import HANDLE, corner_handle
from codesign.model.items import Picture
from codesign.storage.media import media_store

SCREEN_SIDE = 2048
"""Longest side of the pixmap drawn on screen: sharp on a 4K screen at full-width zoom."""
_DETAIL_FROM = 0.05
_MISSING = QColor("#D9D9D9")
_CUT_AWAY = QColor(0, 0, 0, 140)
_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable


def pixmap_for(digest: str) -> QPixmap | None:
    """The picture decoded and scaled down once, kept in Qt's own pixmap cache (which Qt
    empties before it goes, where a module-level cache would outlive the application)."""
    key = f"codesign-picture-{digest}"
    found = QPixmapCache.find(key)
    if found is not None and not found.isNull():
        return found
    media = media_store().get(digest)
    if media is None:
        return None
    image = QImage.fromData(QByteArray(media.data))
    if image.isNull():
        return None
    if max(image.width(), image.height()) > SCREEN_SIDE:
        image = image.scaled(
            SCREEN_SIDE,
            SCREEN_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    pixmap = QPixmap.fromImage(image)
    QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), 256 * 1024))
    QPixmapCache.insert(key, pixmap)
    return pixmap


@shows_kind("picture")
class PictureItem(BoardItem):
    record: Picture

    def __init__(self, record: Picture) -> None:
        self._preview: tuple[float, float] | None = None
        super().__init__(record)
        self.crop_preview: QRectF | None = None
        """While cropping: the part shown, in item coordinates of the uncropped picture."""

    def take_record(self, record: Picture) -> None:  # type: ignore[override]
        self._preview = None
        super().take_record(record)
        # A background is out of reach of a rubber band and of clicks until it is unlocked.
        self.setFlag(_SELECTABLE, not record.background)

    def local_rect(self) -> QRectF:
        if self._preview is not None:
            return QRectF(0.0, 0.0, *self._preview)
        return super().local_rect()

    def preview_size(self, width: float, height: float) -> None:
        """Show a resize in progress; the record is untouched until the gesture's command."""
        self.prepareGeometryChange()
        self._preview = (width, height)
        self.update()

    def handle_rect(self) -> QRectF:
        """The bottom-right corner, as on a note: dragging it scales the picture."""
        return corner_handle(self, self.local_rect())

    def boundingRect(self) -> QRectF:
        return self.local_rect().adjusted(0.0, 0.0, HANDLE / 2, HANDLE / 2)

    def grabs(self, pos: object) -> bool:
        return not self.record.background and super().grabs(pos)  # type: ignore[arg-type]

    def describe(self) -> str:
        record = self.record
        if record.background:
            text = QCoreApplication.translate("canvas", "Background picture, {w} × {h} pixels")
        else:
            text = QCoreApplication.translate("canvas", "Picture, {w} × {h} pixels")
        return text.format(w=record.natural_width, h=record.natural_height)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self.local_rect()
        detail = option.levelOfDetailFromTransform(painter.worldTransform())
        pixmap = pixmap_for(self.record.media) if detail >= _DETAIL_FROM else None
        if pixmap is None:
            painter.fillRect(rect, _MISSING)
        else:
            crop = self.record.crop
            source = QRectF(
                crop.left * pixmap.width(),
                crop.top * pixmap.height(),
                (crop.right - crop.left) * pixmap.width(),
                (crop.bottom - crop.top) * pixmap.height(),
            )
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawPixmap(rect, pixmap, source)
        if self.crop_preview is not None:
            self._paint_crop(painter, rect, self.crop_preview)
        elif self.shows_selection(widget):
            painter.setPen(style.edge_pen("blue", ratio=device_ratio(painter)))
            painter.setBrush(style.NO_BRUSH)
            painter.drawRect(rect)
            painter.setBrush(style.HANDLE_FILL)
            painter.drawRoundedRect(self.handle_rect(), 3, 3)

    def _paint_crop(self, painter: QPainter, rect: QRectF, kept: QRectF) -> None:
        """What cropping would cut away, dimmed; what it keeps, edged, with its corners."""
        outside = QPainterPath()
        outside.addRect(rect)
        inside = QPainterPath()
        inside.addRect(kept)
        painter.fillPath(outside.subtracted(inside), _CUT_AWAY)
        ratio = device_ratio(painter)
        painter.setPen(style.edge_pen("blue", ratio=ratio))
        painter.setBrush(style.NO_BRUSH)
        painter.drawRect(kept)
        scale = painter.worldTransform().m11() or 1.0
        side = 10.0 / scale
        painter.setBrush(QColor("white"))
        for corner in (kept.topLeft(), kept.topRight(), kept.bottomLeft(), kept.bottomRight()):
            painter.drawRect(QRectF(corner.x() - side / 2, corner.y() - side / 2, side, side))
