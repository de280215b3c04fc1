"""Load and save times of a generated 10,000-note board, beside a bare `json.loads` (the floor).

Run: .venv/bin/python -m bench.io [NOTES]
Goal (issue 2): load within 2x of the floor. Prints medians of several runs.
"""

import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.workshop import generated_board
from codesign.storage import load_board, save_board

RUNS = 9


def median_ms(action: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    notes = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    board = generated_board(notes)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.codesign.json"
        save_board(board, path)
        size_mb = path.stat().st_size / 1e6
        floor = median_ms(lambda: json.loads(path.read_bytes()))
        load = median_ms(lambda: load_board(path))
        save = median_ms(lambda: save_board(board, path))
    print(f"board: {notes} notes in 100 clusters, file {size_mb:.1f} MB, median of {RUNS} runs")
    print(f"{'operation':<32}{'median ms':>10}{'x floor':>9}")
    for name, value in (
        ("json.loads (floor)", floor),
        ("load_board (parse+validate)", load),
        ("save_board (atomic, fsync)", save),
    ):
        print(f"{name:<32}{value:>10.1f}{value / floor:>9.2f}")


if __name__ == "__main__":
    main()
