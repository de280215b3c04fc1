"""Touch handling cost on a large board: pinch, two-finger pan and one-finger note drag.

Run: .venv/bin/python -m bench.touch [NOTES]   (default 10000)
Real QTest touch events go to a shown 800x800 view (offscreen); each update is timed from
sending the event until it is handled and the view repainted, which is what a finger feels.
Target: p95 under 16 ms (one frame at 60 Hz) for drags and pans, and the drag's release (one
"Move notes" step) under 50 ms. A pinch's frames
cost what any zoom costs the canvas (notes re-rendered at the new scale), not the touch code.
"""

import os
import statistics
import sys
import time
from collections.abc import Callable

from bench.workshop import board_data

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZE = 800
STEPS = 60


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def _row(name: str, samples: list[float]) -> str:
    median = statistics.median(samples)
    return f"| {name:<28} | {median:7.2f} | {_p95(samples):7.2f} | {len(samples):4} |"


def main() -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QInputDevice
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from codesign.canvas.items import NoteItem
    from codesign.canvas.scene import BoardScene
    from codesign.canvas.view import BoardView
    from codesign.document import BoardDocument
    from codesign.model import Board

    notes = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    app = QApplication.instance() or QApplication([])
    finger = QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)
    document = BoardDocument(Board.model_validate(board_data(notes)))
    view = BoardView(BoardScene(document))
    view.resize(SIZE, SIZE)
    view.show()
    app.processEvents()

    def timed(send: Callable[[], None]) -> float:
        """One committed touch event, handled and painted (commit processes the repaint)."""
        start = time.perf_counter()
        send()
        return (time.perf_counter() - start) * 1000

    def sequence() -> QTest.QTouchEventSequence:
        return QTest.touchEvent(view.viewport(), finger)

    rows = []
    view.reset_zoom()
    view.centerOn(QPointF(400, 400))
    middle = QPoint(400, 400)
    sequence().press(0, middle - QPoint(60, 0)).press(1, middle + QPoint(60, 0)).commit()
    pinch = []
    for step in range(1, STEPS + 1):
        spread = 60 + step * 4 if step <= STEPS // 2 else 60 + (STEPS - step) * 4
        shift = QPoint(step, step // 2)
        a, b = middle - QPoint(spread, 0) + shift, middle + QPoint(spread, 0) + shift
        pinch.append(timed(lambda a=a, b=b: sequence().move(0, a).move(1, b).commit()))
    sequence().release(0, middle).release(1, middle).commit()
    rows.append(_row("pinch + pan update, 100 %", pinch))

    view.set_zoom(0.3)
    view.centerOn(view.board_scene.board_rect().center())
    pan = []
    sequence().press(0, QPoint(300, 400)).press(1, QPoint(500, 400)).commit()
    for step in range(1, STEPS + 1):
        a, b = QPoint(300 - step * 3, 400 - step), QPoint(500 - step * 3, 400 - step)
        pan.append(timed(lambda a=a, b=b: sequence().move(0, a).move(1, b).commit()))
    sequence().release(0, QPoint(120, 340)).release(1, QPoint(320, 340)).commit()
    rows.append(_row("two-finger pan update, 30 %", pan))

    view.reset_zoom()
    note = next(item for item in view.board_scene.board_items() if isinstance(item, NoteItem))
    view.centerOn(note.board_rect().center())
    start = view.mapFromScene(note.board_rect().center())
    drag = []
    sequence().press(0, start).commit()
    for step in range(1, STEPS + 1):
        to = start + QPoint(step * 3, step)
        drag.append(timed(lambda to=to: sequence().move(0, to).commit()))
    end = start + QPoint(STEPS * 3, STEPS)
    release = [timed(lambda: sequence().release(0, end).commit())]
    rows.append(_row("one-finger note drag update", drag))
    rows.append(_row("drag release (Move notes)", release))
    assert document.undo_stack.undoText() == "Move notes"

    print(f"Touch on a {notes}-note board, view {SIZE}x{SIZE}, times in ms")
    print("| step                         |  median |     p95 |    n |")
    print("|------------------------------|---------|---------|------|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
