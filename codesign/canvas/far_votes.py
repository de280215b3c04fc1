"""Vote pills far out: one scene-wide item draws every voted note's pill below FAR_ZOOM.

Far out the scene's overview draws the notes and the note items (with their dots) stand down,
so the votes need a painter of their own there, or a room looking at the whole board would see
no votes at all. Each pill sits on its note's top-right corner at a fixed screen size; the
votes layer says which notes have which count, a round holds hundreds of dots, not thousands.
"""

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from codesign.canvas.items.vote_pill import FAR_ZOOM, RING_PIXELS, paint_pill, pill_rect

EVERYWHERE = QRectF(-1e9, -1e9, 2e9, 2e9)
Z_ABOVE_OVERVIEW = 10_000_001.0
"""Above the overview's notes (10,000,000), as each note's dots sit above the note."""


class FarVotes(QGraphicsItem):
    def __init__(self, corner_of: Callable[[str], QPointF | None]) -> None:
        super().__init__()
        self._corner_of = corner_of
        self._pills: dict[str, tuple[int, QColor]] = {}
        self._placed: dict[str, tuple[int, QColor, QPointF | None]] = {}
        """Each pill as last shown, with its corner: what a change has to repaint."""
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z_ABOVE_OVERVIEW)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def show_pills(self, pills: Mapping[str, tuple[int, QColor]]) -> None:
        """Note id to (count, dot colour), for every note that shows votes.

        Repaints only the pills that changed, and only in a view far enough out to show them:
        this item covers the whole board, so a plain `update()` on a tap near in would repaint
        every note in the window for a pill nobody sees."""
        placed = {
            key: (count, colour, self._corner_of(key)) for key, (count, colour) in pills.items()
        }
        old, self._placed, self._pills = self._placed, placed, dict(pills)
        changed = [key for key in old.keys() | placed.keys() if old.get(key) != placed.get(key)]
        if not changed:
            return
        for pixel in self._far_pixels():
            margin = 2 * RING_PIXELS * pixel
            for key in changed:
                for shown in (old.get(key), placed.get(key)):
                    if shown is not None and shown[2] is not None:
                        rect = pill_rect(shown[2], shown[0], pixel)
                        self.update(rect.adjusted(-margin, -margin, margin, margin))

    def _far_pixels(self) -> Iterator[float]:
        """One screen pixel in board units, in each view zoomed out far enough to show pills."""
        scene = self.scene()
        for view in scene.views() if scene is not None else ():
            scale = QStyleOptionGraphicsItem.levelOfDetailFromTransform(view.viewportTransform())
            if scale < FAR_ZOOM:
                yield 1.0 / max(scale, 1e-6)

    def boundingRect(self) -> QRectF:
        """Everywhere, as the pills keep a screen size whatever the zoom; painting culls."""
        return EVERYWHERE

    def shape(self) -> QPainterPath:
        """Empty: a picture only, never what a click finds."""
        return QPainterPath()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        scale = option.levelOfDetailFromTransform(painter.worldTransform())
        if scale >= FAR_ZOOM or not self._pills:
            return
        pixel = 1.0 / max(scale, 1e-6)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for note_id, (count, colour) in self._pills.items():
            corner = self._corner_of(note_id)
            if corner is None or not option.exposedRect.intersects(pill_rect(corner, count, pixel)):
                continue
            paint_pill(painter, corner, count, colour, pixel)
