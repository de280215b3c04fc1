"""Walking the board with Tab: every item can be reached, and read out, without a pointer.

Items are visited in reading order (`kinds.reading_order`: rows top to bottom, then left to
right), the order a sighted person scans a wall; the selection edge is the visible focus, and
the view's accessible description (which names the selection) tells a screen reader where it
landed.
"""

from collections.abc import Iterable

from codesign.canvas.items.base import BoardItem
from codesign.model import kinds


def reading_order(items: Iterable[BoardItem]) -> list[str]:
    """Ids of the items as they sit on the canvas now (a connector by its drawn extent)."""
    ordered = kinds.reading_order(items, _box, lambda item: item.item_id)
    return [item.item_id for item in ordered]


def _box(item: BoardItem) -> kinds.Box:
    rect = item.sceneBoundingRect()
    return rect.left(), rect.top(), rect.width(), rect.height()


def step_from(order: list[str], current: str | None, forward: bool) -> str | None:
    """The next (or previous) id after `current`, wrapping round; the first or last if none."""
    if not order:
        return None
    if current not in order:
        return order[0] if forward else order[-1]
    index = order.index(current) + (1 if forward else -1)
    return order[index % len(order)]
