"""Interpreter settings that keep the UI thread answering while autosave works beside it.

Autosave runs on a Python thread, so the UI thread needs the GIL back quickly: by default
CPython lets a thread keep it for 5 ms before handing it over, and a full cyclic garbage
collection over a 10,000-note board (a million objects) holds it for 20 to 40 ms. Measured in
bench/autosave.py: the worst stall falls from about 40 ms to under one frame with both set.
"""

import gc
import sys

from PySide6.QtCore import QObject, QTimer

SWITCH_INTERVAL = 0.002
"""Seconds a thread may hold the GIL while another waits for it."""
COLLECT_EVERY_MS = 100
"""How often the UI thread looks whether a collection is due (see `UiThreadCollector`)."""


def prefer_the_ui_thread() -> None:
    sys.setswitchinterval(SWITCH_INTERVAL)


def settle_after_opening() -> None:
    """Move the open board's objects out of the collector's way.

    They live as long as the board is open and are freed by reference counting when it
    closes, so the cyclic collector scanning them on every full pass is pure cost. Unfreezing
    first lets the collector reclaim whatever the previous board left in cycles.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()


class UiThreadCollector(QObject):
    """The cyclic garbage collector, run on the UI thread only.

    Left automatic, a collection starts in whichever thread allocates next: the autosave or
    export worker. A cycle holding a Qt object (a scene drawn for a report, a closed dialog)
    is then deleted from that thread, which crashes Qt. So automatic collection is off, and a
    timer here does what it did, generation by generation at the interpreter's thresholds.
    """

    def __init__(self, parent: QObject, interval_ms: int = COLLECT_EVERY_MS) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> None:
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return
