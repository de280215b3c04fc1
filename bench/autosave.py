"""Autosave of a 10,000-note board: how long the UI thread is held up while it runs.

The app's interpreter settings (codesign/ui/common/responsiveness.py) are applied as the app applies
them. A 1 ms QTimer stands in for the UI: it records the gap between its ticks while an autosave
runs on the worker thread. The longest gap beyond the timer's own period is the worst stall a
facilitator could feel; one frame at 60 Hz is 16.7 ms. "Cold" is the first autosave after
opening (every item serialised), "warm" a later one after a one-note edit (one item); "also to
its own file" writes the board's file too, as with "Also save boards that have a file".

Run: .venv/bin/python -m bench.autosave
"""

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer

from bench.workshop import generated_board
from codesign.commands.clipboard import paste_lines
from codesign.document import BoardDocument
from codesign.document.autosave import Autosaver
from codesign.storage.recovery import RecoveryStore
from codesign.ui.common.responsiveness import prefer_the_ui_thread, settle_after_opening

NOTES = 10_000
RUNS = 7


def worst_tick_gap(run_until: Callable[[], bool]) -> float:
    """Spin the event loop until `run_until()`; the longest wait between 1 ms ticks, in ms."""
    app = QCoreApplication.instance()
    assert app is not None
    gaps: list[float] = []
    clock = QElapsedTimer()
    ticker = QTimer(interval=1)
    ticker.timeout.connect(lambda: (gaps.append(clock.nsecsElapsed() / 1e6), clock.restart()))
    ticker.start()
    clock.start()
    while not run_until():
        app.processEvents()
    ticker.stop()
    return max(gaps, default=0.0)


def stall_during(saver: Autosaver, document: BoardDocument) -> tuple[float, float, float]:
    """(UI time to start the save, worst gap between 1 ms ticks, worker time), in ms."""
    done: list[float] = []
    saver.saved.connect(lambda _result: done.append(time.perf_counter()))
    paste_lines(document, "Lift off: croeso i bawb", (0.0, 0.0), "yellow")
    started = time.perf_counter()
    saver.save_now()
    queued = (time.perf_counter() - started) * 1000
    stall = worst_tick_gap(lambda: bool(done))
    saver.saved.disconnect()
    return queued, stall, (done[0] - started) * 1000


def stall_idle(milliseconds: float) -> float:
    """The worst gap between 1 ms ticks with nothing else running: this machine's floor."""
    end = time.perf_counter() + milliseconds / 1000
    return worst_tick_gap(lambda: time.perf_counter() >= end)


def main() -> None:
    app = QCoreApplication([])
    prefer_the_ui_thread()
    board = generated_board(NOTES)
    with tempfile.TemporaryDirectory() as folder:
        rows: dict[str, list[tuple[float, float, float]]] = {
            "cold": [],
            "warm": [],
            "warm, also to its own file": [],
            "none (floor)": [],
        }
        own_file = Path(folder) / "workshop.codesign.json"
        for _ in range(RUNS):
            document = BoardDocument(board)
            document.save(own_file)
            settle_after_opening()
            saver = Autosaver(RecoveryStore(Path(folder) / "recovery"), seconds=60)
            saver.watch(document)
            rows["cold"].append(stall_during(saver, document))
            rows["warm"].append(stall_during(saver, document))
            saver.set_save_own_file(True)
            rows["warm, also to its own file"].append(stall_during(saver, document))
            rows["none (floor)"].append((0.0, stall_idle(rows["cold"][-1][2]), 0.0))
            saver.close()
            document.undo_stack.clear()
    print(f"Autosave of a {NOTES:,}-note board, median of {RUNS} runs (ms)")
    print("| autosave | UI thread to queue it | worst UI stall | written after |")
    print("|---|---|---|---|")
    for name, samples in rows.items():
        columns = zip(*samples, strict=True)
        queued, stall, written = (statistics.median(column) for column in columns)
        worst = max(stall for _q, stall, _w in samples)
        print(f"| {name} | {queued:.2f} | {stall:.1f} (max {worst:.1f}) | {written:.0f} |")
    app.quit()


if __name__ == "__main__":
    main()
