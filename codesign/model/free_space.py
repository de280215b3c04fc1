"""Finding an empty spot near a point for a block of new items, such as a pasted grid.

Pasted notes that land on existing ones hide both. The spot is searched ring by ring around
the wanted centre, nearest first. The items within reach are filed once in cells of the
lattice, and each spot is checked against the cells it covers only: one pass over the board,
then work that grows with the spots tried, never with the board times the spots.
"""

import math
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from codesign.model.clustering import Rect
from codesign.model.items import BoxItem, JourneyMap
from codesign.model.journey_geometry import journey_size

MAX_RINGS = 12
"""Rings of spots tried around the centre, by default, before settling for the centre."""


def item_rect(item: BoxItem) -> Rect:
    """The area an item covers on the board: a journey map as wide as its stages and lanes."""
    if isinstance(item, JourneyMap):
        width, height = journey_size(item)
        return Rect(item.x, item.y, max(width, item.width), max(height, item.height))
    return Rect(item.x, item.y, item.width, item.height)


def overlaps(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def free_centre(
    size: tuple[float, float],
    near: tuple[float, float],
    items: Iterable[BoxItem],
    step: float,
    margin: float,
    rings: int = MAX_RINGS,
) -> tuple[float, float]:
    """The centre nearest `near`, on a lattice of `step`, where a `size` block (with `margin`
    round it) covers no item; `near` itself when nothing is free within `rings` steps."""
    width, height = size[0] + 2 * margin, size[1] + 2 * margin
    reach = rings * step + max(width, height)
    search = Rect(near[0] - reach, near[1] - reach, 2 * reach, 2 * reach)
    cells: dict[tuple[int, int], list[Rect]] = defaultdict(list)
    for rect in map(item_rect, items):
        if overlaps(rect, search):
            for cell in _cells(_clipped(rect, search), step):
                cells[cell].append(rect)
    for dx, dy in _spots(rings):
        x, y = near[0] + dx * step, near[1] + dy * step
        block = Rect(x - width / 2, y - height / 2, width, height)
        if not any(overlaps(block, r) for cell in _cells(block, step) for r in cells.get(cell, ())):
            return x, y
    return near


def _clipped(rect: Rect, bounds: Rect) -> Rect:
    """`rect` cut to `bounds`, so a journey map ten screens wide files only the cells in reach."""
    left, top = max(rect.x, bounds.x), max(rect.y, bounds.y)
    right, bottom = min(rect.right, bounds.right), min(rect.bottom, bounds.bottom)
    return Rect(left, top, right - left, bottom - top)


def _cells(rect: Rect, step: float) -> list[tuple[int, int]]:
    first_x, first_y = math.floor(rect.x / step), math.floor(rect.y / step)
    last_x, last_y = math.floor(rect.right / step), math.floor(rect.bottom / step)
    return [(cx, cy) for cx in range(first_x, last_x + 1) for cy in range(first_y, last_y + 1)]


@lru_cache(maxsize=4)
def _spots(rings: int) -> list[tuple[int, int]]:
    """Lattice offsets out to `rings`, nearest first; below and right before above and left."""
    offsets = [(dx, dy) for dx in range(-rings, rings + 1) for dy in range(-rings, rings + 1)]
    return sorted(offsets, key=lambda o: (o[0] ** 2 + o[1] ** 2, -o[1], -o[0]))
