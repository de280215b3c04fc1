"""Align and distribute a selection: pure geometry first, then one undo step each.

The geometry works on plain `(x, y, width, height)` tuples so it can be tested without a board,
and so the same rules would serve a future keyboard "tidy up" or a template builder.
"""

from collections.abc import Mapping
from enum import Enum

from PySide6.QtCore import QCoreApplication

from codesign.commands.change_records import record_change
from codesign.commands.outcome import Outcome
from codesign.document import BoardDocument
from codesign.model import BoxItem

Rect = tuple[float, float, float, float]
Point = tuple[float, float]


class Alignment(Enum):
    LEFT = "left"
    CENTRE = "centre"
    RIGHT = "right"
    TOP = "top"
    MIDDLE = "middle"
    BOTTOM = "bottom"


class Axis(Enum):
    HORIZONTAL = "horizontal"
    VERTICAL = "vertical"


def align_rects(rects: Mapping[str, Rect], alignment: Alignment) -> dict[str, Point]:
    """New top-left corners lining every rect up on the selection's outer edge or centre line."""
    if len(rects) < 2:
        return {key: (r[0], r[1]) for key, r in rects.items()}
    left = min(r[0] for r in rects.values())
    top = min(r[1] for r in rects.values())
    right = max(r[0] + r[2] for r in rects.values())
    bottom = max(r[1] + r[3] for r in rects.values())
    placed: dict[str, Point] = {}
    for key, (x, y, w, h) in rects.items():
        if alignment is Alignment.LEFT:
            x = left
        elif alignment is Alignment.CENTRE:
            x = (left + right) / 2 - w / 2
        elif alignment is Alignment.RIGHT:
            x = right - w
        elif alignment is Alignment.TOP:
            y = top
        elif alignment is Alignment.MIDDLE:
            y = (top + bottom) / 2 - h / 2
        else:
            y = bottom - h
        placed[key] = (x, y)
    return placed


def distribute_rects(rects: Mapping[str, Rect], axis: Axis) -> dict[str, Point]:
    """Equal gaps between neighbours along `axis`; the two outermost rects stay where they are.

    Gaps rather than centres are equalised, as Figma and Miro do, so notes of different sizes
    still look evenly spaced; overlapping selections get a negative gap and stay in order.
    """
    horizontal = axis is Axis.HORIZONTAL
    start, extent = (0, 2) if horizontal else (1, 3)
    ordered = sorted(rects.items(), key=lambda kv: (kv[1][start] + kv[1][extent] / 2, kv[0]))
    placed = {key: (r[0], r[1]) for key, r in ordered}
    if len(ordered) < 3:
        return placed
    first, last = ordered[0][1], ordered[-1][1]
    span = last[start] + last[extent] - first[start]
    gap = (span - sum(r[extent] for _key, r in ordered)) / (len(ordered) - 1)
    position = first[start]
    for key, rect in ordered:
        placed[key] = (position, rect[1]) if horizontal else (rect[0], position)
        position += rect[extent] + gap
    return placed


def _box_rects(document: BoardDocument, ids: list[str]) -> dict[str, Rect]:
    rects: dict[str, Rect] = {}
    for key in ids:
        item = document.get(key)
        if isinstance(item, BoxItem):
            rects[key] = (item.x, item.y, item.width, item.height)
    return rects


def _move_to(document: BoardDocument, text: str, corners: Mapping[str, Point]) -> Outcome:
    moved = []
    for key, (x, y) in corners.items():
        item = document.get(key)
        assert isinstance(item, BoxItem)
        moved.append(item.model_copy(update={"x": x, "y": y}))
    return record_change(document, text, moved)


def align_items(document: BoardDocument, ids: list[str], alignment: Alignment) -> Outcome:
    text = QCoreApplication.translate("commands", "Align")
    return _move_to(document, text, align_rects(_box_rects(document, ids), alignment))


def distribute_items(document: BoardDocument, ids: list[str], axis: Axis) -> Outcome:
    text = QCoreApplication.translate("commands", "Distribute")
    return _move_to(document, text, distribute_rects(_box_rects(document, ids), axis))
