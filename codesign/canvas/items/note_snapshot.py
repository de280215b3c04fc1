"""How a note reaches a view: its picture blitted, drawn scaled mid-gesture, or made anew.

Only a view's own paint of its viewport uses pictures; anything else (a PNG or thumbnail
rendered from the scene, a rotated or sheared painter) paints the note directly, sharp at
whatever scale it asks for, and leaves the pictures alone.

Making a picture lays out and draws the note's text (about half a millisecond). A frame makes
`NEW_PICTURES_PER_FRAME`, and more while it is under `FRAME_SECONDS` old; the other notes show
their old picture scaled, or their paper without text, and are painted again from the event
loop just after. So the first frame after a zoom jump or a settled pinch comes at once and the
text follows within a few frames.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from codesign.canvas.device_pixels import blank_pixmap, snapped
from codesign.canvas.items.base import (
    MIN_TEXT_PROPERTY,
    may_make_picture,
    paint_later,
    painted_widget,
    painting_started,
    scaling_now,
)
from codesign.canvas.items.note_snapshots import SNAPSHOTS, Snapshot, new_serial

if TYPE_CHECKING:
    from codesign.canvas.items.note import NoteItem

VIEW_KEY_PROPERTY = "codesign_picture_key"
NEW_PICTURES_PER_FRAME = 6
FRAME_SECONDS = 0.008
"""More pictures than `NEW_PICTURES_PER_FRAME` are made while the frame is younger than this."""


def view_key(viewport: QWidget) -> tuple[int, float]:
    """What files pictures made for this viewport: its number (the wall's differ) and the
    smallest text it shows (a note the scene holds no item for far out keeps its pictures
    while the projector's larger text is switched)."""
    key = viewport.property(VIEW_KEY_PROPERTY)
    if key is None:
        key = new_serial()
        viewport.setProperty(VIEW_KEY_PROPERTY, key)
    return int(key), float(viewport.property(MIN_TEXT_PROPERTY) or 0.0)


_last_key: list = [0, 0.0, (0, 0.0)]
"""(viewport id, paint started, its key): `view_key` asked once per paint, not per note."""


def _frame_view_key(viewport: QWidget) -> tuple[int, float]:
    started = painting_started()
    if _last_key[0] != id(viewport) or _last_key[1] != started:
        _last_key[:] = [id(viewport), started, view_key(viewport)]
    return _last_key[2]


def paint_pictured(note: "NoteItem", painter: QPainter, widget: QWidget | None) -> None:
    transform = painter.worldTransform()
    scale = transform.m11()
    viewport = painted_widget(widget)
    device = painter.device()
    if (
        viewport is None
        or not isinstance(device, QWidget)
        or transform.isRotating()
        or not transform.isAffine()
        or scale <= 0
        or abs(transform.m22() - scale) > 1e-9
    ):
        note.paint_content(
            painter, QStyleOptionGraphicsItem.levelOfDetailFromTransform(transform), widget
        )
        return
    ratio = device.devicePixelRatioF()
    exact = scale * ratio
    key = (note.picture_serial, *_frame_view_key(viewport))
    picture = SNAPSHOTS.picture(key, note.picture_version)
    bounds = note.boundingRect()
    if picture is not None and picture.scale == exact:
        _blit(painter, picture.pixmap, transform.map(bounds.topLeft()), ratio)
    elif scaling_now() and picture is not None:
        _draw_scaled(painter, picture, bounds)
    elif scaling_now():
        note.sketch(painter)
    elif may_make_picture(NEW_PICTURES_PER_FRAME, FRAME_SECONDS):
        pixmap = _render(note, bounds, scale, ratio, painter.renderHints(), widget)
        SNAPSHOTS.keep(key, note.picture_version, exact, pixmap)
        _blit(painter, pixmap, transform.map(bounds.topLeft()), ratio)
    else:
        if picture is not None:
            _draw_scaled(painter, picture, bounds)
        else:
            note.sketch(painter, paper=True)
        paint_later(transform.mapRect(bounds))


def _blit(painter: QPainter, pixmap: QPixmap, corner: object, ratio: float) -> None:
    painter.save()
    painter.resetTransform()
    painter.drawPixmap(snapped(corner, ratio), pixmap)  # type: ignore[arg-type]
    painter.restore()


def _draw_scaled(painter: QPainter, picture: Snapshot, bounds: QRectF) -> None:
    """The picture stretched over the note's place at the zoom of this frame (unsmoothed: a
    filtered scale of a screenful of notes costs more than the frame)."""
    pixmap = picture.pixmap
    target = QRectF(
        bounds.left(),
        bounds.top(),
        pixmap.width() / picture.scale,
        pixmap.height() / picture.scale,
    )
    painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))


def _render(
    note: "NoteItem",
    bounds: QRectF,
    scale: float,
    ratio: float,
    hints: QPainter.RenderHint,
    widget: QWidget | None,
) -> QPixmap:
    pixmap = blank_pixmap(bounds.width() * scale + 1, bounds.height() * scale + 1, ratio)
    painter = QPainter(pixmap)
    painter.setRenderHints(hints)
    painter.scale(scale, scale)
    painter.translate(-bounds.left(), -bounds.top())
    note.paint_content(painter, scale, widget)
    painter.end()
    return pixmap
