"""Building a large board's note items after its first frame, a few milliseconds at a time.

Opening a 10,000-note board used to build every note item before anything was drawn, a third of
the wait for the first frame, although the first frame (Fit) shows the notes through the
overview, which draws them from their records. So a large board's notes wait here as records
and are built from the event loop in slices of about `SLICE_SECONDS`, input and frames going on
in between; the notes on a view that shows note items are built first.

The scene stays whole for everyone else: asking it for one item builds that one now
(`take`), and asking for all of them builds the rest at once (`finish`), so an edit, a Find,
a save or an export before the last slice sees the whole board.
"""

import gc
import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QRectF, QTimer
from PySide6.QtWidgets import QGraphicsScene

from codesign.model import Note

BUILD_AT_ONCE = 500
"""A board with at most this many notes is built whole before its first frame (a few tens of
milliseconds): deferring would buy nothing a person could feel."""
SLICE_SECONDS = 0.008
"""Building time per turn of the event loop: well inside a frame, so a key or a drag waits
at most this long."""


class StagedBuild(QObject):
    """The notes not built yet, by id, and the timer that builds them."""

    def __init__(self, scene: QGraphicsScene, build: Callable[[Note], None]) -> None:
        super().__init__(scene)
        self._scene = scene
        self._build = build
        self._pending: dict[str, Note] = {}
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._next_slice)
        self.shows_items: Callable[[], bool] = lambda: True
        """Whether the views draw note items (not the overview): then the ones on screen go
        first."""

    def defer(self, notes: Iterable[Note]) -> None:
        self._pending.update((note.id, note) for note in notes)
        if self._pending:
            self._timer.start()

    def __contains__(self, key: str) -> bool:
        return key in self._pending

    def __bool__(self) -> bool:
        return bool(self._pending)

    def __len__(self) -> int:
        return len(self._pending)

    def records(self) -> Iterable[Note]:
        return self._pending.values()

    def take(self, key: str) -> Note | None:
        """Forget `key` and hand back its record, for the caller to build or replace now."""
        return self._pending.pop(key, None)

    def finish(self) -> None:
        """Build every note left, now: something is about to read them all."""
        self._timer.stop()
        pending, self._pending = self._pending, {}
        for note in pending.values():
            self._build(note)
        if pending:
            gc.freeze()

    def build_seen(self) -> None:
        """Build now the waiting notes that any view shows (the views draw note items)."""
        if not self._pending:
            return
        seen = [rect.getCoords() for rect in self._seen()]
        for note in [n for n in self._pending.values() if _meets(n, seen)]:
            del self._pending[note.id]
            self._build(note)

    def _next_slice(self) -> None:
        if self.shows_items():
            self.build_seen()
        deadline = time.perf_counter() + SLICE_SECONDS
        built = 0
        while self._pending:
            key = next(iter(self._pending))
            self._build(self._pending.pop(key))
            built += 1
            if built % 32 == 0 and time.perf_counter() > deadline:
                break
        if self._pending:
            self._timer.start()
        else:
            gc.freeze()  # the new items join the board's objects out of the collector's way

    def _seen(self) -> list[QRectF]:
        return [
            view.mapToScene(view.viewport().rect()).boundingRect()
            for view in self._scene.views()
            if view.isVisible()
        ]


def _meets(note: Note, seen: list[tuple[float, float, float, float]]) -> bool:
    right, bottom = note.x + note.width, note.y + note.height
    return any(
        note.x <= x2 and right >= x1 and note.y <= y2 and bottom >= y1 for x1, y1, x2, y2 in seen
    )
