"""PNG export and the Export dialog's page count on a 10,000-note board.

Run: .venv/bin/python -m bench.png_export [NOTES]
Prints medians and p95: the render (GUI thread: how long the window is busy), the PNG encode
and write (worker thread), and `count_pages` for each PDF layout (worker thread, debounced).
"""

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from bench.workshop import generated_board
from codesign.canvas.png_export import render_board, write_png
from codesign.canvas.scene import BoardScene
from codesign.document import BoardDocument
from codesign.export import PdfOptions, count_pages

RUNS = 5


def timings(action: Callable[[], object]) -> list[float]:
    values = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        values.append(time.perf_counter() - start)
    return values


def row(name: str, values: list[float]) -> None:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(f"| {name} | {statistics.median(values):.2f} s | {p95:.2f} s |")


def main() -> None:
    notes = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    _app = QApplication.instance() or QApplication([])
    board = generated_board(notes)
    scene = BoardScene(BoardDocument(board))
    path = Path(tempfile.mkdtemp()) / "board.png"
    print(f"{notes} notes, board {scene.board_rect().width():.0f} units wide\n")
    print("| step | median | p95 |")
    print("| --- | --- | --- |")
    for scale in (0.25, 0.5):
        image = render_board(scene, scale)
        size = f"{image.width()} × {image.height()}"
        row(
            f"render at {scale:g}× ({size} px, GUI thread)",
            timings(lambda s=scale: render_board(scene, s)),
        )
        row(f"encode and write at {scale:g}× (worker)", timings(lambda i=image: write_png(i, path)))
    for layout in ("board", "poster", "report"):
        options = PdfOptions(layout=layout, paper="A3")
        pages = count_pages(board, options)
        row(
            f"count_pages {layout} ({pages} pages, worker)",
            timings(lambda o=options: count_pages(board, o)),
        )


if __name__ == "__main__":
    main()
