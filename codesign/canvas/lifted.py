"""One note shown above everything over it for a while: the current find match.

A match hidden under other notes would be selected and centred but not seen. Lifting changes
only how the canvas stacks it now: the saved stacking order (`z`) is untouched, so nothing is
recorded or saved, and the note drops back when another is lifted or the lift ends.
"""

from typing import TYPE_CHECKING

from codesign.canvas.items import BoardItem

if TYPE_CHECKING:
    from codesign.canvas.scene import BoardScene


class Lifted:
    def __init__(self, scene: "BoardScene") -> None:
        self._scene = scene
        self._item: BoardItem | None = None
        self._z = (0.0, 0.0)
        """(stacking before the lift, stacking while lifted)."""

    @property
    def item_id(self) -> str | None:
        return self._item.item_id if self._item is not None else None

    def lift(self, item_id: str | None) -> None:
        """Show `item_id` above whatever overlaps it; None (or another id) drops the last."""
        self._drop()
        item = self._scene.graphics_item(item_id) if item_id is not None else None
        if not isinstance(item, BoardItem) or item.scene() is not self._scene:
            return
        over = [
            other.zValue()
            for other in self._scene.items(item.sceneBoundingRect())
            if isinstance(other, BoardItem) and other is not item
        ]
        top = max(over, default=item.zValue())
        if top < item.zValue():
            return
        before = item.zValue()
        item.setZValue(top + 1.0)
        self._item, self._z = item, (before, top + 1.0)

    def _drop(self) -> None:
        item, (before, lifted) = self._item, self._z
        self._item = None
        if item is not None and item.scene() is self._scene and item.zValue() == lifted:
            item.setZValue(before)
