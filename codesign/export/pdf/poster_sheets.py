"""Which poster sheets have anything printed on them.

A board is rarely a rectangle: the grid of sheets over it has corners and edges where nothing
is drawn (and a last row or column that holds only the margin). Those sheets are left out of
the poster, and the index shows the grid of the sheets that are printed, labelled as before,
so a sheet's label still says where it goes. Each item marks only the sheets its box (or its
line) reaches, so this is one pass over the items, not a pass per sheet.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import TYPE_CHECKING

from codesign.export.pdf.draw.label import label_ink
from codesign.export.pdf.geometry import Rect, box_of, edge_point
from codesign.model import Connector, Item, Label, Note
from codesign.text import text_width

if TYPE_CHECKING:
    from codesign.export.pdf.poster_layout import Tiling

NOTE_REACH = 20.0
"""How far past its box a note prints: vote dots over its top edge, the total pill past its
right edge."""
LINE_REACH = 8.0
"""How far to either side of its line a connector prints: line width and arrowheads."""
LABEL_SIZE = 14.0
LABEL_HEIGHT = 26.0

Sheet = tuple[int, int]
"""Row and column in the poster's grid."""


def printed_sheets(layout: Tiling, items: Iterable[Item], limit: int | None = None) -> set[Sheet]:
    """The sheets that print some part of an item, by row and column. With `limit`, counting
    stops once more than that many are found: a theme a billion units wide at a large scale
    covers more sheets than could ever be listed, and the caller only needs "too many"."""
    items = list(items)
    boxes = {item.id: box for item in items if (box := box_of(item)) is not None}
    used: set[Sheet] = set()
    for item in items:
        for sheet in _sheets_of(layout, item, boxes):
            used.add(sheet)
            if limit is not None and len(used) > limit:
                return used
    return used


def _sheets_of(layout: Tiling, item: Item, boxes: dict[str, Rect]) -> Iterable[Sheet]:
    if isinstance(item, Connector):
        return _crossed(layout, item, boxes)
    if isinstance(item, Label):
        ink = label_ink(item)
        return _under(layout, ink) if ink else ()
    if item.id in boxes:
        reach = NOTE_REACH if isinstance(item, Note) else 0.0
        return _under(layout, _grown(boxes[item.id], reach))
    return ()


def _under(layout: Tiling, rect: Rect) -> Iterable[Sheet]:
    """The sheets that must be printed for `rect` to be: those whose printed area overlaps
    it, worked out from the grid's steps. What lies only in the strip a sheet shares with the
    sheet before it (left or above) is printed on that one, so it does not count."""
    columns = _span(rect[0], rect[2], layout.area[0], layout.tile[0], layout.step[0])
    rows = _span(rect[1], rect[3], layout.area[1], layout.tile[1], layout.step[1])
    for row in range(max(rows[0], 0), min(rows[1], layout.rows - 1) + 1):
        for column in range(max(columns[0], 0), min(columns[1], layout.columns - 1) + 1):
            yield row, column


def _span(start: float, length: float, origin: float, tile: float, step: float) -> tuple[int, int]:
    """First and last index n whose sheet, less its leading overlap (none for the first),
    overlaps [start, start + length]."""
    first = math.floor((start - origin - tile) / step) + 1
    last = math.ceil((start + length - origin - (tile - step)) / step) - 1
    return first, max(last, 0 if start + length > origin else -1)


def _crossed(layout: Tiling, connector: Connector, boxes: dict[str, Rect]) -> Iterable[Sheet]:
    """The sheets a connector's line (or its label's pill) passes over."""
    source, target = boxes.get(connector.source), boxes.get(connector.target)
    if source is None or target is None:
        return
    start = edge_point(source, _centre(target))
    end = edge_point(target, _centre(source))
    label = None
    if connector.label:
        width = text_width(connector.label, LABEL_SIZE) + 16
        middle = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
        label = (middle[0] - width / 2, middle[1] - LABEL_HEIGHT / 2, width, LABEL_HEIGHT)
    line_box = (
        min(start[0], end[0]),
        min(start[1], end[1]),
        abs(end[0] - start[0]),
        abs(end[1] - start[1]),
    )
    for sheet in _under(layout, _grown(line_box, LINE_REACH)):
        if _meets(start, end, _grown(layout.visible(*sheet), LINE_REACH)):
            yield sheet
    if label is not None:
        yield from _under(layout, label)


def _meets(start: tuple[float, float], end: tuple[float, float], rect: Rect) -> bool:
    """Whether the segment from `start` to `end` passes through `rect` (Liang-Barsky)."""
    low, high = 0.0, 1.0
    dx, dy = end[0] - start[0], end[1] - start[1]
    for delta, offset in (
        (-dx, start[0] - rect[0]),
        (dx, rect[0] + rect[2] - start[0]),
        (-dy, start[1] - rect[1]),
        (dy, rect[1] + rect[3] - start[1]),
    ):
        if delta == 0:
            if offset < 0:
                return False
        elif delta < 0:
            low = max(low, offset / delta)
        else:
            high = min(high, offset / delta)
    return low <= high


def _grown(rect: Rect, by: float) -> Rect:
    return rect[0] - by, rect[1] - by, rect[2] + 2 * by, rect[3] + 2 * by


def _centre(box: Rect) -> tuple[float, float]:
    return box[0] + box[2] / 2, box[1] + box[3] / 2
