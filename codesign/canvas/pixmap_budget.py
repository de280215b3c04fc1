"""Pixmaps kept least-recently-used within a byte budget, not a count.

A count bounds nothing: one note's paper at 800 % is 11 MB, so 256 of them (the old bound)
could hold gigabytes after a morning of zooming in on details. Every canvas cache of drawn
pixmaps keeps them here, sized by the bytes they hold; the one being added always stays, so a
picture larger than the whole budget is still drawn once.
"""

from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

from PySide6.QtGui import QPixmap

Key = TypeVar("Key", bound=Hashable)
Value = TypeVar("Value")


def pixmap_bytes(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * pixmap.depth() // 8


class PixmapBudget(Generic[Key, Value]):
    """`Value`s (a pixmap, or a record holding one) by key, with the bytes each costs."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self._entries: OrderedDict[Key, tuple[Value, int]] = OrderedDict()
        self._bytes = 0

    def get(self, key: Key) -> Value | None:
        found = self._entries.get(key)
        if found is None:
            return None
        self._entries.move_to_end(key)
        return found[0]

    def put(self, key: Key, value: Value, size: int) -> None:
        self.forget(key)
        self._entries[key] = (value, size)
        self._bytes += size
        while self._bytes > self.budget and len(self._entries) > 1:
            self.forget(next(iter(self._entries)))

    def set_budget(self, budget: int) -> None:
        self.budget = budget
        while self._bytes > budget and self._entries:
            self.forget(next(iter(self._entries)))

    def bytes_held(self) -> int:
        return self._bytes

    def clear(self) -> None:
        self._entries.clear()
        self._bytes = 0

    def forget(self, key: Key) -> None:
        gone = self._entries.pop(key, None)
        if gone is not None:
            self._bytes -= gone[1]
