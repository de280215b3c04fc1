"""Canvas open time, pan frame times per zoom, and memory per note, on generated boards.

Run: .venv/bin/python -m bench.canvas [NOTES ...]   (default 1000 10000 50000)
Each size runs in a fresh process (so memory is a clean RSS delta). Frames are rendered
offscreen into a 1920x1080 QImage with `view.render`. Targets at 10k notes (issue 3): open
< 300 ms; pan p95 < 8 ms at 100% and 50%, < 16 ms at 20%, < 8 ms for the whole board;
memory < 8 KB per note.
"""

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.workshop import board_data

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WIDTH, HEIGHT = 1920, 1080
PAN_STEPS = 30
WARM_UP = 5


def rss_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def measure(notes: int) -> dict:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from codesign.canvas.scene import BoardScene
    from codesign.canvas.view import BoardView
    from codesign.document import BoardDocument
    from codesign.model import Board
    from codesign.text import register_fonts

    app = QApplication.instance() or QApplication([])
    register_fonts()
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)

    def frame(view: BoardView) -> float:
        start = time.perf_counter()
        painter = QPainter(image)
        view.render(painter)
        painter.end()
        return (time.perf_counter() - start) * 1000

    warm = BoardView(BoardScene(BoardDocument(Board.model_validate(board_data(200)))))
    warm.resize(WIDTH, HEIGHT)
    frame(warm)
    data = board_data(notes)
    rss_before = rss_bytes()
    start = time.perf_counter()
    document = BoardDocument(Board.model_validate(data))
    view = BoardView(BoardScene(document))
    view.resize(WIDTH, HEIGHT)
    view.show()
    app.processEvents()
    view.centerOn(view.board_scene.board_rect().center())
    frame(view)
    open_ms = (time.perf_counter() - start) * 1000
    memory = (rss_bytes() - rss_before) / notes
    result = {"notes": notes, "open_ms": open_ms, "bytes_per_note": memory, "pan": {}}
    for name, zoom in (("100%", 1.0), ("50%", 0.5), ("20%", 0.2), ("board", None)):
        if zoom is None:
            view.fit_board()
        else:
            view.set_zoom(zoom)
            view.centerOn(view.board_scene.board_rect().center())
        times = []
        for step in range(WARM_UP + PAN_STEPS):
            view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 37)
            view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 11)
            elapsed = frame(view)
            if step >= WARM_UP:
                times.append(elapsed)
        times.sort()
        result["pan"][name] = {
            "zoom": view.zoom(),
            "median": statistics.median(times),
            "p95": times[int(0.95 * (len(times) - 1))],
            "worst": times[-1],
        }
    view.centerOn(QPointF())
    return result


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        print(json.dumps(measure(int(sys.argv[2]))))
        return
    sizes = [int(arg) for arg in sys.argv[1:]] or [1000, 10_000, 50_000]
    rows = []
    for size in sizes:
        out = subprocess.run(
            [sys.executable, "-m", "bench.canvas", "--one", str(size)],
            check=True,
            cwd=Path(__file__).resolve().parent.parent,
            capture_output=True,
            text=True,
        ).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
    print(f"{'notes':>7} {'open ms':>8} {'KB/note':>8}  pan frame ms (median / p95 / worst)")
    for row in rows:
        pans = "  ".join(
            f"{name} {p['median']:.1f}/{p['p95']:.1f}/{p['worst']:.1f}"
            for name, p in row["pan"].items()
        )
        kb = row["bytes_per_note"] / 1024
        print(f"{row['notes']:>7} {row['open_ms']:>8.0f} {kb:>8.2f}  {pans}")
    whole = {row["notes"]: f"{row['pan']['board']['zoom']:.3f}" for row in rows}
    print(f"whole-board zoom per size: {whole}")


if __name__ == "__main__":
    main()
