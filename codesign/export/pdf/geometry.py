"""From canvas units (y pointing down) to PDF points (y pointing up), and the boxes of items.

The mapping is done by hand rather than with a flipped canvas transform, so text is written
upright with plain text operators and stays selectable and searchable in every viewer.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from codesign.model import BoxItem, Connector, Item

Rect = tuple[float, float, float, float]
"""x, y, width, height in canvas units, y down."""


@dataclass(frozen=True, slots=True)
class View:
    """Canvas point (x, y) lands on the page at (left + x * scale, top - y * scale)."""

    scale: float
    left: float
    top: float

    def x(self, x: float) -> float:
        return self.left + x * self.scale

    def y(self, y: float) -> float:
        return self.top - y * self.scale

    def length(self, value: float) -> float:
        return value * self.scale


def fit(area: Rect, page_box: Rect, most: float = float("inf")) -> View:
    """The view that shows `area` as large as fits, centred in `page_box` (in points, y up)."""
    x, y, width, height = area
    box_x, box_y, box_width, box_height = page_box
    scale = min(box_width / width, box_height / height, most)
    left = box_x + (box_width - width * scale) / 2 - x * scale
    top = box_y + box_height - (box_height - height * scale) / 2 + y * scale
    return View(scale, left, top)


def box_of(item: Item) -> Rect | None:
    if isinstance(item, BoxItem):
        return item.x, item.y, item.width, item.height
    return None


def bounds(items: Iterable[Item], margin: float = 40.0) -> Rect:
    """The rectangle around every drawable item, with a margin; a unit box for nothing."""
    left = top = float("inf")
    right = bottom = float("-inf")
    for item in items:
        box = box_of(item)
        if box is None:
            continue
        left, top = min(left, box[0]), min(top, box[1])
        right, bottom = max(right, box[0] + box[2]), max(bottom, box[1] + box[3])
    if left == float("inf"):
        return 0.0, 0.0, 1.0, 1.0
    return left - margin, top - margin, right - left + 2 * margin, bottom - top + 2 * margin


def overlaps(a: Rect, b: Rect) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def connector_ends(connector: Connector, boxes: dict[str, Rect]) -> tuple[Rect, Rect] | None:
    source, target = boxes.get(connector.source), boxes.get(connector.target)
    if source is None or target is None:
        return None
    return source, target


def edge_point(box: Rect, toward: tuple[float, float]) -> tuple[float, float]:
    """Where the line from the box's centre to `toward` leaves the box."""
    x, y, width, height = box
    centre_x, centre_y = x + width / 2, y + height / 2
    dx, dy = toward[0] - centre_x, toward[1] - centre_y
    if dx == 0 and dy == 0:
        return centre_x, centre_y
    factor = min(
        (width / 2) / abs(dx) if dx else float("inf"),
        (height / 2) / abs(dy) if dy else float("inf"),
    )
    return centre_x + dx * factor, centre_y + dy * factor
