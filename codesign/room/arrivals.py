"""Where notes from phones land: a grid beside the board, in the order they arrive.

A phone sends text only; placing each note in the next cell of one grid costs nothing per note
(no search of the board) and keeps the newcomers together for the facilitator to sort.
"""

from collections.abc import Iterable

from codesign.model.items import NOTE_SIZE, BoxItem

COLUMNS = 8
GAP = 24.0
MARGIN = 240.0
"""Space between the board's right edge and the first column of arrivals."""


class Arrivals:
    def __init__(self, items: Iterable[object]) -> None:
        boxes = [item for item in items if isinstance(item, BoxItem)]
        self._left = max((b.x + b.width for b in boxes), default=0.0) + MARGIN
        self._top = min((b.y for b in boxes), default=0.0)
        self._count = 0

    def next_spot(self) -> dict[str, float]:
        row, column = divmod(self._count, COLUMNS)
        self._count += 1
        step = NOTE_SIZE + GAP
        return {"x": self._left + column * step, "y": self._top + row * step}
