"""The room's address as a QR code a phone's camera reads from the back of the room.

segno (pure Python) makes the matrix; it is painted one pixel per module and scaled without
smoothing, so the code stays sharp at any size on the laptop and on the projector. segno is
imported when a room first shows its code, not when the window starts.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPixmap

QUIET_ZONE = 4
"""Light modules round the code: the standard's minimum, which cameras need to find it."""


def qr_image(text: str) -> QImage:
    """One pixel per module, quiet zone included; error correction M survives a glare spot."""
    import segno

    code = segno.make_qr(text, error="m")
    rows = [list(row) for row in code.matrix]
    size = len(rows) + 2 * QUIET_ZONE
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    black = QColor("black").rgb()
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            if dark:
                image.setPixel(x + QUIET_ZONE, y + QUIET_ZONE, black)
    return image


def qr_pixmap(text: str, side: int) -> QPixmap:
    """The code scaled to at most `side` pixels, by a whole number so every module is square."""
    image = qr_image(text)
    factor = max(1, side // image.width())
    return QPixmap.fromImage(
        image.scaled(
            image.width() * factor,
            image.height() * factor,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.FastTransformation,
        )
    )
