"""Cyclic garbage is collected on the UI thread only: a worker thread that allocates never
deletes a Qt object that lives on the UI thread (that crashed the HTML report's export)."""

import gc
import threading
import weakref

from PySide6.QtCore import QObject


class Cycle(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.me = self


def test_a_worker_allocating_never_collects_and_the_ui_thread_does(qtbot, qapp):
    assert not gc.isenabled()
    collected_on: list[str] = []
    cycle = Cycle()
    cycle.destroyed.connect(lambda: collected_on.append(threading.current_thread().name))
    gone = weakref.ref(cycle)
    del cycle

    kept: list[list[object]] = []

    def allocate() -> None:
        """Enough new objects to start an automatic collection, were it on."""
        kept.extend([] for _ in range(10 * gc.get_threshold()[0]))

    worker = threading.Thread(target=allocate, name="export")
    worker.start()
    worker.join()
    assert gone() is not None
    qtbot.waitUntil(lambda: gone() is None, timeout=5000)
    assert "export" not in collected_on
