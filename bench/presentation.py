"""Presentation on a big wall of themes: the frame order, and one frame of the eased zoom.

Run: .venv/bin/python -m bench.presentation [NOTES]
Every step of presentation mode recomputes the frame order (so new themes join the show), and
every animation frame re-zooms the projector and repaints it; both must stay well inside the
16 ms of a 60 Hz frame. Prints median and p95 in milliseconds.
"""

import os
import statistics
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from codesign.canvas.scene import BoardScene
from codesign.commands.presentation import document_frames
from codesign.document import BoardDocument
from codesign.model import Board, Cluster, Note
from codesign.model.palette import STICKY_PALETTE
from codesign.model.presentation import Frame
from codesign.ui.app import create_application
from codesign.ui.front_of_room.projector import ProjectorWindow
from codesign.ui.front_of_room.view_animation import DURATION_MS

RUNS = 60
SIDE = 10
"""Clusters in a SIDE x SIDE grid, each a square of notes: a wall after a big affinity session."""


def wall_of_themes(notes: int) -> Board:
    per_theme = max(1, notes // (SIDE * SIDE))
    across = max(1, round(per_theme**0.5))
    theme_size = across * 180 + 40
    colours = list(STICKY_PALETTE)
    items: list = []
    for theme in range(SIDE * SIDE):
        left, top = (theme % SIDE) * (theme_size + 200), (theme // SIDE) * (theme_size + 200)
        members = []
        for index in range(per_theme):
            note = Note(
                id=f"n{theme}-{index}",
                x=left + 20 + (index % across) * 180,
                y=top + 60 + (index // across) * 180,
                text=f"Tell it once, croeso {theme}.{index}: plain English letters",
                colour=colours[index % len(colours)],
            )
            items.append(note)
            members.append(note.id)
        items.append(
            Cluster(
                id=f"c{theme}",
                x=left,
                y=top,
                width=theme_size,
                height=theme_size + 40,
                title=f"Theme {theme}",
                members=tuple(members),
            )
        )
    return Board(items=tuple(items))


def timed(action: Callable[[], object]) -> tuple[float, float]:
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def main() -> None:
    notes = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    app = create_application()
    document = BoardDocument(wall_of_themes(notes))
    projector = ProjectorWindow(BoardScene(document))
    projector.resize(1920, 1080)
    projector.show()
    app.processEvents()
    frames = document_frames(document)
    image = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)
    steps = iter(range(10**9))

    def animation_frame() -> None:
        frame = frames[next(steps) % len(frames)]
        projector.follow(QRectF(*frame.rect), animated=False)
        painter = QPainter(image)
        projector.view.render(painter)
        painter.end()

    rows = [
        ("frame order (document_frames)", timed(lambda: document_frames(document))),
        ("one zoom step + projector repaint", timed(animation_frame)),
    ]
    print(f"{notes} notes, {len(frames)} frames, {RUNS} runs")
    print(f"{'what':<36} {'median ms':>10} {'p95 ms':>8}")
    for name, (median, p95) in rows:
        print(f"{name:<36} {median:>10.2f} {p95:>8.2f}")
    painted = [paints_during_animation(app, projector, frames[i % len(frames)]) for i in range(9)]
    print(f"frames painted in one {DURATION_MS} ms eased zoom: median {statistics.median(painted)}")


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def paints_during_animation(app: QApplication, projector: ProjectorWindow, frame: Frame) -> int:
    """Real event loop, real timer: how many distinct pictures the wall gets during one move."""
    counter = PaintCounter()
    projector.view.viewport().installEventFilter(counter)
    projector.show_board()
    projector.animator.finish()
    app.processEvents()
    counter.count = 0
    projector.follow(QRectF(*frame.rect))
    while projector.animator.is_running():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    app.processEvents()
    projector.view.viewport().removeEventFilter(counter)
    return counter.count


if __name__ == "__main__":
    main()
