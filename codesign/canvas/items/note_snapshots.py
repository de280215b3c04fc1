"""Each note's picture of itself on each view, kept within one byte budget.

A note paints its text in Python, which is dear; a picture of it at the view's exact scale is
blitted instead while nothing about it changes (a pan, a repaint). During a pinch or Ctrl+wheel
a note draws the picture it has, scaled, whatever zoom it was made at, so a gesture renders no
text at all; the view asks for sharp pictures again when the gesture settles.

Qt's own item caches could not do both: switching an item between them drops the picture, so
the first step of every gesture pictured every note on screen again. Here the pictures live
in one least-recently-used store with a byte budget (a few screenfuls), so memory follows the
screen, not the board, and the store is shared by every view (the laptop and the wall).
"""

from dataclasses import dataclass
from itertools import count

from PySide6.QtGui import QPixmap

from codesign.canvas.pixmap_budget import PixmapBudget, pixmap_bytes

DEFAULT_BUDGET = 24 * 1024 * 1024
"""Bytes of pictures kept: three 1080p screenfuls, until a view sizes it for its screen."""

_serials = count(1)
SnapshotKey = tuple[int, int, float]
"""The note's serial, the view's, and the view's smallest text size."""


def new_serial() -> int:
    """A number no other note or view will have: keys outlive the Qt objects they name."""
    return next(_serials)


@dataclass(frozen=True)
class Snapshot:
    version: int
    scale: float
    """Device pixels per canvas unit it was made at."""
    pixmap: QPixmap


class Snapshots(PixmapBudget[SnapshotKey, Snapshot]):
    def __init__(self, budget: int = DEFAULT_BUDGET) -> None:
        super().__init__(budget)

    def picture(self, key: SnapshotKey, version: int) -> Snapshot | None:
        """The picture of this note on this view, if it still shows the note as it is."""
        found = self.get(key)
        if found is not None and found.version != version:
            self.forget(key)
            return None
        return found

    def keep(self, key: SnapshotKey, version: int, scale: float, pixmap: QPixmap) -> None:
        self.put(key, Snapshot(version, scale, pixmap), pixmap_bytes(pixmap))


SNAPSHOTS = Snapshots()
