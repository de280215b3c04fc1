"""Switching every note between drawing itself and the overview drawing it, on screen first.

Crossing the overview zoom shows or hides every note item; on 10,000 notes that is 10,000
Python calls and as many index updates, which made the first frame after a zoom jump (Fit ->
100 %) wait for notes nobody could see. The notes on any view are switched at once; the rest
follow in chunks of `CHUNK` from the event loop, so input and frames go on in between, and a
note reached by a pan before its chunk ran is switched by then in all but the largest boards.
"""

from collections.abc import Callable, Iterable

import shiboken6
from PySide6.QtCore import QObject, QRectF, QTimer
from PySide6.QtWidgets import QGraphicsScene

from codesign.canvas.items import NoteItem

CHUNK = 2000


class StagedDetail(QObject):
    def __init__(self, scene: QGraphicsScene, apply: Callable[[NoteItem], None]) -> None:
        super().__init__(scene)
        self._scene = scene
        self._apply = apply
        self._pending: list[NoteItem] = []
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._next_chunk)

    def switch(self, notes: Iterable[NoteItem]) -> None:
        """Apply the level of detail to the notes on screen now, to the others soon after.
        (The scene's index cannot find hidden items, so the notes' own records say where.)"""
        seen = [rect.getCoords() for rect in self._seen()]
        later: list[NoteItem] = []
        for item in notes:
            note = item.record
            right, bottom = note.x + note.width, note.y + note.height
            if any(
                note.x <= x2 and right >= x1 and note.y <= y2 and bottom >= y1
                for x1, y1, x2, y2 in seen
            ):
                self._apply(item)
            else:
                later.append(item)
        self._pending = later
        if later:
            self._timer.start()

    def finish(self) -> None:
        """Switch whatever is left now (an export about to render the scene)."""
        self._timer.stop()
        while self._pending:
            self._next_chunk()

    def _next_chunk(self) -> None:
        chunk, self._pending = self._pending[:CHUNK], self._pending[CHUNK:]
        for item in chunk:
            if shiboken6.isValid(item) and item.scene() is self._scene:
                self._apply(item)
        if self._pending:
            self._timer.start()

    def _seen(self) -> list[QRectF]:
        return [
            view.mapToScene(view.viewport().rect()).boundingRect()
            for view in self._scene.views()
            if view.isVisible()
        ]
