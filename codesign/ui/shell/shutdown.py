"""A polite end on SIGTERM (logout, shutdown, `kill`), SIGHUP (the terminal that started the
app closed) and SIGINT (Ctrl+C in that terminal): the last edits go to the recovery copy.

By default SIGTERM and SIGHUP end the process at once and Ctrl+C ends it with a traceback, and
the edits since the last autosave (up to its interval) are gone. Here the signal wakes the
event loop through a socket (a Python signal handler alone would wait for the next Python code
to run, which an idle Qt loop never does),
the board is autosaved at once and the app quits without questions: there is nobody to answer
them at a shutdown, and the copy is offered back at the next start.
"""

import contextlib
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Slot

ENDING_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)
)


class ShutdownOnSignal(QObject):
    def __init__(self, keep_work: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self._keep_work = keep_work
        self._reader, writer = socket.socketpair()
        self._reader.setblocking(False)
        writer.setblocking(False)
        self._writer = writer
        signal.set_wakeup_fd(writer.fileno())
        for number in ENDING_SIGNALS:
            signal.signal(number, lambda _number, _frame: None)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_signal)

    @Slot()
    def _on_signal(self) -> None:
        with contextlib.suppress(BlockingIOError):
            received = self._reader.recv(64)
            if any(number.value in received for number in ENDING_SIGNALS):
                self._keep_work()
                QCoreApplication.exit(0)
