"""Presentation on a big board: working out the frame order, and one frame of the eased zoom.

Run: .venv/bin/python bench/presentation.py [NOTES]
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

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from bench.io import generated_board
from codesign.canvas.scene import BoardScene
from codesign.commands.presentation import document_frames
from codesign.document import BoardDocument
from codesign.ui.app import create_application
from codesign.ui.projector import ProjectorWindow

RUNS = 60


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
    document = BoardDocument(generated_board(notes))
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


if __name__ == "__main__":
    main()
