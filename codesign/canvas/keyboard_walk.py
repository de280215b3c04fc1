"""Walking the board with Tab: every item can be reached, and read out, without a pointer.

Items are visited in reading order (top to bottom in bands, then left to right), the order a
sighted person scans a wall; the selection edge is the visible focus, and the view's accessible
description (which names the selection) tells a screen reader where it landed.
"""

from collections.abc import Iterable

from codesign.canvas.items.base import BoardItem

_BAND = 80.0
"""Canvas units: items whose tops are this close count as one row."""


def reading_order(items: Iterable[BoardItem]) -> list[str]:
    def key(item: BoardItem) -> tuple[float, float, str]:
        rect = item.sceneBoundingRect()
        return round(rect.top() / _BAND), rect.left(), item.item_id

    return [item.item_id for item in sorted(items, key=key)]


def step_from(order: list[str], current: str | None, forward: bool) -> str | None:
    """The next (or previous) id after `current`, wrapping round; the first or last if none."""
    if not order:
        return None
    if current not in order:
        return order[0] if forward else order[-1]
    index = order.index(current) + (1 if forward else -1)
    return order[index % len(order)]
