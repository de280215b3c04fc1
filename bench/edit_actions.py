"""Editing actions on a large board, through the real app window (offscreen).

Run: .venv/bin/python -m bench.edit_actions [NOTES]
Each row is one gesture as a facilitator makes it: the command, the scene catching up, and the
window's menus updating. Prints median and p95 (ms) of several runs; the undo after each run
restores the board so every run starts from the same state.
"""

import os
import statistics
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from bench.workshop import generated_board
from codesign.document import BoardDocument
from codesign.model import Note
from codesign.ui.app import create_application
from codesign.ui.shell.main_window import MainWindow

RUNS = 7


def timed(window: MainWindow, action: Callable[[], object], undo: bool) -> list[float]:
    times = []
    for _ in range(RUNS):
        QApplication.processEvents()
        start = time.perf_counter()
        action()
        QApplication.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        if undo and window.document.undo_stack.canUndo():
            window.document.undo_stack.undo()
            QApplication.processEvents()
    return times


def main() -> None:
    notes = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    create_application()
    window = MainWindow(BoardDocument(generated_board(notes)))
    window.resize(1920, 1080)
    window.show()
    QApplication.processEvents()
    scene = window.view.scene()
    ids = [n.id for n in window.document.records_of(Note)]
    hundred = ids[:100]

    def select(chosen: list[str]) -> Callable[[], None]:
        return lambda: scene.select_ids(chosen)

    def then(first: Callable[[], None], second: Callable[[], object]) -> Callable[[], None]:
        return lambda: (first(), second())

    def retype(text: str) -> None:
        window.find_bar.field.clear()
        window.find_bar.field.setText(text)

    lines = "\n".join(f"Typed-up note {i}" for i in range(100))
    rows: list[tuple[str, Callable[[], object], bool]] = [
        ("select all (Ctrl+A)", window.edit.select_all, False),
        ("clear selection", scene.clearSelection, False),
        ("recolour 100 notes", then(select(hundred), lambda: window.edit.colour("teal")), True),
        ("recolour all notes", then(select(ids), lambda: window.edit.colour("pink")), True),
        ("delete 100 notes", then(select(hundred), window.edit.delete), True),
        ("delete all notes", then(select(ids), window.edit.delete), True),
        ("duplicate 100 notes", then(select(hundred), window.edit.duplicate), True),
        ("bring 100 to front", then(select(hundred), window.edit.bring_to_front), True),
        ("copy 100 notes", then(select(hundred), window.clip.copy), False),
        ("paste 100 notes", lambda: window.clip.paste(), True),
        (
            "paste 100 lines",
            lambda: (QGuiApplication.clipboard().setText(lines), window.clip.paste()),
            True,
        ),
        ("find: first key typed", lambda: retype("g"), False),
        ("find: 'gymraeg' typed", lambda: retype("gymraeg"), False),
    ]
    window.find_bar.open_bar()
    print(f"{notes} notes; ms per gesture, {RUNS} runs (median / p95)")
    print(f"{'gesture':<30} {'median':>8} {'p95':>8}")
    for name, action, undo in rows:
        times = sorted(timed(window, action, undo))
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        print(f"{name:<30} {statistics.median(times):8.1f} {p95:8.1f}")
    window.document.undo_stack.setClean()


if __name__ == "__main__":
    main()
