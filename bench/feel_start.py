"""What a person waits for at a command: each whole process beside its floor, same run.

Run from the checkout: .venv/bin/python -m bench.feel_start [NOTES ...]   (default 1000 10000)
- start: process start to the first painted board in the app (`codesign BOARD`), against a
  bare PySide6 window drawing the same notes as rectangles from the same JSON;
- check: `codesign check BOARD` against `python -c json.load`;
- pdf: `codesign export BOARD -o x.pdf` against bare reportlab drawing the notes and their text,
  wrapped whole in rounded boxes (`whole`), and against the earlier floor that drew a square
  and the first 20 characters of each note (`first20`).
Each pair runs interleaved after one warm-up run each (bytecode cached); medians and p95 in ms,
the ratio of medians, and the load average (a shared machine) are printed.
Needs a display for `start` (run under xvfb-run on a server).
"""

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.workshop import generated_board, p95
from codesign.storage import save_board

ROOT = Path(__file__).resolve().parent.parent
RUNS = 9
TIMEOUT = 120
"""Seconds a run may take: a run that never paints must fail the bench, not hang it."""
FLOOR_PDF = """
import json, sys
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from codesign.resources import font_path
notes = [i for i in json.load(open(sys.argv[1], encoding="utf-8"))["board"]["items"]
         if i["kind"] == "note"]
whole = sys.argv[3] == "whole"
pdfmetrics.registerFont(TTFont("Noto", str(font_path(False))))
width, height = landscape(A4)
right = max(n["x"] + 160 for n in notes); bottom = max(n["y"] + 160 for n in notes)
scale = min(width / right, height / bottom)
canvas = Canvas(sys.argv[2], pagesize=(width, height))
size = 14 * scale
canvas.setFont("Noto", size if whole else 4)
for n in notes:
    x, top = n["x"] * scale, height - n["y"] * scale
    side = n.get("width", 160) * scale
    canvas.setFillColor(n["colour"])
    if not whole:
        canvas.rect(x, top - 160 * scale, 160 * scale, 160 * scale, 0, 1)
        canvas.setFillColor("#000000")
        canvas.drawString(x, top - 5, n["text"][:20])
        continue
    canvas.roundRect(x, top - side, side, side, 4 * scale, 0, 1)
    canvas.setFillColor("#000000")
    for row, line in enumerate(simpleSplit(n["text"], "Noto", size, side - 24 * scale)):
        canvas.drawString(x + 12 * scale, top - 12 * scale - (row + 1) * size * 1.2, line)
canvas.save()
"""
"""Bare reportlab: `whole` draws each note as a rounded box with all its words wrapped to its
width (the job the export does); `first20` is the earlier floor, a square and its first 20
characters on one line, kept for comparison with older tables."""


def _python(*args: str) -> list[str]:
    return [sys.executable, *args]


Timing = tuple[float, float]
"""Wall-clock ms a person waits, and the CPU ms the process used (user + system)."""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000


def _wall(command: list[str]) -> Timing:
    start, cpu = time.perf_counter(), _children_cpu()
    subprocess.run(command, check=True, cwd=ROOT, capture_output=True, timeout=TIMEOUT)
    return (time.perf_counter() - start) * 1000, _children_cpu() - cpu


def _to_first_paint(command: list[str]) -> Timing:
    """Each run gets an empty home: the last run, ended abruptly, must not be offered back."""
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "HOME": home, "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home}
        start, cpu = time.time(), _children_cpu()
        out = subprocess.run(
            command, check=True, cwd=ROOT, capture_output=True, text=True, env=env, timeout=TIMEOUT
        ).stdout
    return (float(out.strip().splitlines()[-1]) - start) * 1000, _children_cpu() - cpu


def _pair(label: str, ours: Callable[[], Timing], floor: Callable[[], Timing]) -> None:
    ours(), floor()  # warm-up: bytecode compiled, files in the page cache
    runs: list[tuple[Timing, Timing]] = [(ours(), floor()) for _ in range(RUNS)]
    mine, bare = [m[0] for m, _f in runs], [f[0] for _m, f in runs]
    cpu = statistics.median(m[1] for m, _f in runs) / statistics.median(f[1] for _m, f in runs)
    load = os.getloadavg()[0]
    ratio = statistics.median(mine) / statistics.median(bare)
    print(
        f"| {label:<34} | {statistics.median(mine):7.0f} | {p95(mine):7.0f} "
        f"| {statistics.median(bare):7.0f} | {p95(bare):7.0f} | {ratio:5.2f}x | {cpu:5.2f}x "
        f"| {load:4.1f} |"
    )


def measure(notes: int, folder: Path) -> None:
    board = folder / f"b{notes}.codesign.json"
    save_board(generated_board(notes), board, keep_backup=False)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode cached, as in the bundle
    os.environ["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    pdf = str(folder / "out.pdf")
    if os.environ.get("DISPLAY"):
        _pair(
            f"{notes}: start to first board paint",
            lambda: _to_first_paint(_python("-m", "bench.first_paint", "app", str(board))),
            lambda: _to_first_paint(_python("-m", "bench.first_paint", "floor", str(board))),
        )
    _pair(
        f"{notes}: codesign check",
        lambda: _wall(_python("-m", "codesign", "check", str(board))),
        lambda: _wall(_python("-c", "import json,sys; json.load(open(sys.argv[1]))", str(board))),
    )
    for floor in ("whole", "first20"):
        _pair(
            f"{notes}: board PDF vs {floor}",
            lambda: _wall(_python("-m", "codesign", "export", str(board), "-o", pdf, "--force")),
            lambda floor=floor: _wall(_python("-c", FLOOR_PDF, str(board), pdf, floor)),
        )


def main() -> None:
    sizes = [int(arg) for arg in sys.argv[1:]] or [1000, 10_000]
    print(
        f"{RUNS} runs each after a warm-up; wall-clock ms; ratio of wall medians; cpu = ratio of"
        " the processes' median CPU time (steadier on a busy machine); load = 1-minute load"
        " average after the pair"
    )
    print(
        f"| {'what':<34} | {'median':>7} | {'p95':>7} | {'floor':>7} | {'fl p95':>7} "
        f"| {'ratio':>6} | {'cpu':>6} | {'load':>4} |"
    )
    print(
        f"| {'-' * 34} | {'-' * 6}: | {'-' * 6}: | {'-' * 6}: | {'-' * 6}: | {'-' * 5}: "
        f"| {'-' * 5}: | {'-' * 3}: |"
    )
    with tempfile.TemporaryDirectory() as folder:
        for notes in sizes:
            measure(notes, Path(folder))
    print(json.dumps({"cpus": os.cpu_count()}))


if __name__ == "__main__":
    main()
