"""The board as a PNG picture, drawn by the canvas itself so the image is what the room saw.

Rendering a scene must happen on the GUI thread (its items are not thread-safe), so it is split
in two: `render_board` paints the QImage (fast, main thread) and `write_png` encodes and writes
it (slow for big images, safe in a worker thread). Selection outlines, handles and the far-out
overview are switched off for the render and restored after; the minimap and the dot grid
belong to the view and never reach the image. The vote dots are the ones the PDF draws (the
latest round unless its tally is hidden), whatever the window happens to show.
"""

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter

from codesign.canvas import style
from codesign.canvas.scene import BoardScene
from codesign.canvas.votes_layer import export_votes
from codesign.storage import BoardFileError, atomic_write

MARGIN = 40.0
"""Canvas units of background around the content, so notes do not touch the picture's edge."""
MAX_SIDE = 16000
"""Pixels: beyond this a PNG is slow to open and a QImage may not be allocated at all."""
MIN_SCALE = 0.05
REPORT_SIDE = 2400
MAX_SCALE = 8.0


class PngExportError(Exception):
    """`str()` is the one-line message for a dialog or the command line."""


def content_rect(scene: BoardScene, item_ids: Iterable[str] = ()) -> QRectF:
    """The board's bounds, or the union of the given items' bounds, with the margin."""
    rect = QRectF()
    ids = list(item_ids)
    if ids:
        for item_id in ids:
            item_rect = scene.item_rect(item_id)
            if not item_rect.isNull():
                rect = rect.united(item_rect) if not rect.isNull() else item_rect
    else:
        rect = scene.board_rect()
    if rect.isNull():
        rect = QRectF(0, 0, 400, 300)
    return rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def image_size(scene: BoardScene, scale: float, item_ids: Iterable[str] = ()) -> tuple[int, int]:
    """Width and height in pixels, as Python integers: notes a billion units apart make a
    size that Qt's 32-bit QSize cannot hold, and it must still be reported, not overflow."""
    rect = content_rect(scene, item_ids)
    return max(1, round(rect.width() * scale)), max(1, round(rect.height() * scale))


def render_board(scene: BoardScene, scale: float, item_ids: Iterable[str] = ()) -> QImage:
    """The content at `scale` pixels per canvas unit on the board's off-white background."""
    if not MIN_SCALE <= scale <= MAX_SCALE:
        raise PngExportError(f"scale {scale:g} is out of range ({MIN_SCALE:g} to {MAX_SCALE:g})")
    ids = list(item_ids)
    source = content_rect(scene, ids)
    width, height = image_size(scene, scale, ids)
    if max(width, height) > MAX_SIDE:
        raise PngExportError(
            f"the image would be {width} × {height} pixels; "
            f"choose a smaller scale (at most {MAX_SIDE} pixels a side)"
        )
    size = QSize(width, height)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise PngExportError("not enough memory for an image this large; choose a smaller scale")
    image.fill(style.BACKGROUND)
    selected = scene.selected_ids()
    overview_mode = scene.overview_mode
    scene.clearSelection()
    if overview_mode:
        scene.overview.draw_notes = False
        scene.show_note_items([item.item_id for item in scene.board_items()], True)
    painter = QPainter(image)
    try:
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        target = QRectF(0, 0, size.width(), size.height())
        with export_votes(scene):
            scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
    finally:
        painter.end()
        if overview_mode:
            scene.overview.draw_notes = True
            scene.show_note_items([item.item_id for item in scene.board_items()], False)
        scene.select_ids(selected)
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise PngExportError("the image could not be encoded as PNG")
    buffer.close()
    return bytes(data.data())


def report_picture(scene: BoardScene) -> bytes:
    """The board as a PNG for the HTML report: at most REPORT_SIDE pixels a side, enough to
    read on a screen without making the single file heavy."""
    rect = content_rect(scene)
    scale = min(1.0, max(MIN_SCALE, REPORT_SIDE / max(rect.width(), rect.height(), 1.0)))
    return png_bytes(render_board(scene, scale))


def write_png(image: QImage, path: Path | str) -> None:
    """Encode and write all at once: a failure never leaves half a file or clobbers the old."""
    path = Path(path)
    try:
        data = png_bytes(image)
    except PngExportError as error:
        raise PngExportError(f"{path}: {error}") from None
    try:
        atomic_write(path, data, keep_backup=False)
    except BoardFileError as error:
        raise PngExportError(str(error)) from None


def export_png(
    scene: BoardScene, path: Path | str, scale: float = 2.0, item_ids: Iterable[str] = ()
) -> QSize:
    """Render and write in one go (the CLI's way); returns the picture's size in pixels."""
    image = render_board(scene, scale, item_ids)
    write_png(image, path)
    return image.size()
