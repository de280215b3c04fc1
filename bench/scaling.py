"""Does the work grow in step with the board? Delete, undo and validation at 1k/10k/50k items.

Run: .venv/bin/python -m bench.scaling [SIZES...]   (default 1000 10000 50000)

For each size the table gives the time, the time per item, and two ratios that make the answer
independent of the machine:
- "per item vs first": the time per item over the smallest size's time per item. Linear work
  keeps it near 1; quadratic work multiplies it by the growth in size (x10, x50).
- "vs floor": the time over a floor measured in the same run at the same size, a plain pass
  that copies every record of the board (linear by construction). A constant multiple of the
  floor across sizes is linear work.

Delete and undo go through the real window (offscreen): every note selected, Edit > Delete,
the scene, the panels and the menus catching up; then Edit > Undo. Validation is a board file
read from bytes, themes included (it was quadratic in themes: 100,000 took 68 s).
"""

import os
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from bench.workshop import generated_board
from codesign.document import BoardDocument
from codesign.document.board_document import board_from_snapshot
from codesign.model import Note
from codesign.storage import board_to_bytes, parse_board
from codesign.ui.app import create_application
from codesign.ui.shell.main_window import MainWindow

SIZES = (1_000, 10_000, 50_000)


def seconds(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def floor(document: BoardDocument) -> float:
    """The best of three plain passes over every record: the linear yardstick."""
    return min(seconds(lambda: board_from_snapshot(document.snapshot())) for _ in range(3))


def measure(items: int) -> dict[str, float]:
    board = generated_board(items, clusters=max(1, items // 10))
    data = board_to_bytes(board)
    results = {"validate": min(seconds(lambda: parse_board(data, "bench")) for _ in range(2))}
    document = BoardDocument(board)
    results["floor"] = floor(document)
    window = MainWindow(document)
    window.resize(1600, 1000)
    window.show()
    QApplication.processEvents()
    window.view.scene().select_ids([n.id for n in document.records_of(Note)])
    QApplication.processEvents()

    def delete() -> None:
        window.actions["delete"].trigger()
        QApplication.processEvents()

    def undo() -> None:
        window.actions["undo"].trigger()
        QApplication.processEvents()

    results["delete"] = seconds(delete)
    results["undo"] = seconds(undo)
    document.undo_stack.setClean()
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    return results


def main() -> None:
    sizes = [int(arg) for arg in sys.argv[1:]] or list(SIZES)
    create_application()
    rows = {}
    for size in sizes:
        rows[size] = measure(size)
        print(f"measured {size:,} notes", file=sys.stderr, flush=True)
    first = sizes[0]
    print("| step | items | time (s) | µs per item | per item vs first | vs floor |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for step in ("validate", "delete", "undo", "floor"):
        for size in sizes:
            items = _item_count(size)
            taken = rows[size][step]
            per_item = taken / items * 1e6
            growth = per_item / (rows[first][step] / _item_count(first) * 1e6)
            against_floor = taken / rows[size]["floor"]
            print(
                f"| {step} | {items:,} | {taken:.3f} | {per_item:.1f} | {growth:.2f} "
                f"| {against_floor:.1f} |"
            )


def _item_count(notes: int) -> int:
    """Notes and their themes: one theme per ten notes."""
    return notes + max(1, notes // 10)


if __name__ == "__main__":
    main()
