"""Switching every note between drawing itself and the overview drawing it, on screen first.

Crossing the overview zoom puts every note item in the scene or takes it out; on 100,000
notes that is 100,000 Python calls and as many index updates, which made the first frame
after a zoom jump (Fit -> 100 %) wait for notes nobody could see. The notes on any view are
switched at once; the rest follow from the event loop a few milliseconds at a time, so input and
frames go on in between, and a note reached by a pan before its chunk ran is switched by then
in all but the largest boards.

Finding the notes on screen must not walk the board either (the scene's index cannot find
hidden items): notes are filed by the square `TILE` their top-left corner falls in, a file
built once at the first switch and kept by `refile` as notes are added, moved and removed.
"""

from collections.abc import Callable, Iterable
from time import perf_counter

import shiboken6
from PySide6.QtCore import QObject, QRectF, QTimer
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from codesign.canvas.items import NoteItem
from codesign.model import Item, Note

CHUNK = 200
_SOMEWHERE = QRectF(0.0, 0.0, 1.0, 1.0)
"""Any small area: a look-up there is what makes Qt's index take in the items added."""
CHUNK_SECONDS = 0.004
TILE = 2048.0
Tile = tuple[int, int]


def _tile(note: Note) -> Tile:
    return int(note.x // TILE), int(note.y // TILE)


class StagedDetail(QObject):
    def __init__(
        self,
        scene: QGraphicsScene,
        items: dict[str, QGraphicsItem],
        apply: Callable[[NoteItem], None],
    ) -> None:
        super().__init__(scene)
        self._scene = scene
        self._items = items
        self._apply = apply
        self._pending: list[QGraphicsItem] = []
        self._tiles: dict[Tile, set[str]] | None = None
        self._filed: dict[str, Tile] = {}
        self._reach = 0.0
        """The widest or tallest note filed: how far one may reach past its tile."""
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._next_chunk)

    def switch(self) -> None:
        """Apply the level of detail to the notes on screen now, to every note soon after."""
        if self._tiles is None:
            self._file_all()
        for rect in self._seen():
            for item in self._notes_in(rect):
                self._apply(item)
        self._pending = list(self._items.values())
        self._timer.start()

    def catch_up(self) -> None:
        """A view moved while notes still wait for their chunk: switch the ones it shows now."""
        if self._pending:
            for rect in self._seen():
                for item in self._notes_in(rect):
                    self._apply(item)

    def refile(self, changed: Iterable[tuple[str, Item | None]]) -> None:
        """Keep the file in step with an edit: notes placed, moved or gone."""
        if self._tiles is None:
            return
        for key, record in changed:
            old = self._filed.pop(key, None)
            if old is not None:
                self._tiles[old].discard(key)
            if isinstance(record, Note):
                self._file(key, record)

    def finish(self) -> None:
        """Switch whatever is left now (an export about to render the scene)."""
        self._timer.stop()
        while self._pending:
            self._next_chunk()

    def _file_all(self) -> None:
        self._tiles, self._filed, self._reach = {}, {}, 0.0
        for key, item in self._items.items():
            if isinstance(item, NoteItem):
                self._file(key, item.record)

    def _file(self, key: str, note: Note) -> None:
        assert self._tiles is not None
        tile = _tile(note)
        self._tiles.setdefault(tile, set()).add(key)
        self._filed[key] = tile
        self._reach = max(self._reach, note.width, note.height)

    def _notes_in(self, rect: QRectF) -> list[NoteItem]:
        assert self._tiles is not None
        x1, y1, x2, y2 = rect.getCoords()
        columns = range(int((x1 - self._reach) // TILE), int(x2 // TILE) + 1)
        rows = range(int((y1 - self._reach) // TILE), int(y2 // TILE) + 1)
        if len(columns) * len(rows) <= len(self._tiles):
            keys = (key for x in columns for y in rows for key in self._tiles.get((x, y), ()))
        else:  # a view wider than the tiles in use (a board reaching 1e9): walk those instead
            keys = (
                key
                for (x, y), filed in self._tiles.items()
                if x in columns and y in rows
                for key in filed
            )
        found = []
        for key in keys:
            item = self._items.get(key)
            if not isinstance(item, NoteItem):
                continue
            note = item.record
            across = note.x <= x2 and note.x + note.width >= x1
            if across and note.y <= y2 and note.y + note.height >= y1:
                found.append(item)
        return found

    def _next_chunk(self) -> None:
        """Switch notes for `CHUNK_SECONDS` (at least `CHUNK` of them), then let the event
        loop run: on a loaded machine a fixed count could hold a pan's frame for 40 ms."""
        end = perf_counter() + CHUNK_SECONDS
        pending = self._pending
        while pending:
            for item in pending[-CHUNK:]:
                live = isinstance(item, NoteItem) and shiboken6.isValid(item)
                if live and self._items.get(item.item_id) is item:
                    self._apply(item)
            del pending[-CHUNK:]
            self._index_now()
            if perf_counter() > end:
                break
        if pending:
            self._timer.start()

    def _index_now(self) -> None:
        """Have Qt file the notes just switched in its index now. It files them at the next
        look-up otherwise (or two seconds on): after a zoom jump that was the next tap or
        hover, paying for thousands of notes at once (40 ms on 50,000) instead of a chunk's."""
        self._scene.items(_SOMEWHERE)

    def _seen(self) -> list[QRectF]:
        return [
            view.mapToScene(view.viewport().rect()).boundingRect()
            for view in self._scene.views()
            if view.isVisible()
        ]
