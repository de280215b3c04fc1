"""Run inside a child process by bench.feel_start: prints the wall-clock time of the first
painted board, then exits at once.

`app BOARD` starts the real app (`codesign BOARD`) with a watcher on the application that
notes the first paint of a board view's viewport; `floor BOARD` is the floor: a bare PySide6
window that draws the same notes as rectangles from the same JSON. Both print `time.time()`
after the paint has been flushed (a zero timer queued behind it), so the parent, which noted
the time before starting the process, gets process start to first painted board.
"""

import json
import os
import sys
import time


def _watch(app: object, is_board: object) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and is_board(watched):
                QTimer.singleShot(0, _done)
            return False

    app.installEventFilter(FirstPaint(app))  # type: ignore[attr-defined]


def _done() -> None:
    print(f"{time.time():.6f}", flush=True)
    os._exit(0)


def run_app(board: str) -> None:
    from PySide6.QtWidgets import QGraphicsView

    import codesign.ui.app as app_module

    class WatchedApplication(app_module.CodesignApplication):
        """The app's own application class, watched: patching a name the app no longer
        instantiates would leave the bench waiting for a paint it never sees."""

        def __init__(self, *args: object) -> None:
            super().__init__(*args)  # type: ignore[arg-type]
            _watch(self, lambda w: isinstance(w.parent(), QGraphicsView) and w.isVisible())

    app_module.CodesignApplication = WatchedApplication  # type: ignore[misc]
    from codesign.cli import main

    main([board])


def run_floor(board: str) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QApplication, QWidget

    with open(board, encoding="utf-8") as stream:
        items = json.load(stream)["board"]["items"]
    notes = [
        (QRectF(i["x"], i["y"], i.get("width", 160), i.get("height", 160)), QColor(i["colour"]))
        for i in items
        if i["kind"] == "note"
    ]
    app = QApplication(sys.argv[:1])

    class Floor(QWidget):
        def paintEvent(self, _event: object) -> None:
            bounds = QRectF()
            for rect, _colour in notes:
                bounds = bounds.united(rect)
            scale = min(self.width() / bounds.width(), self.height() / bounds.height())
            painter = QPainter(self)
            painter.scale(scale, scale)
            painter.translate(-bounds.topLeft())
            for rect, colour in notes:
                painter.fillRect(rect, colour)
            painter.end()

    window = Floor()
    _watch(app, lambda w: w is window)
    screen = app.primaryScreen().availableGeometry()
    window.resize(screen.size() * 0.92)
    window.show()
    app.exec()


if __name__ == "__main__":
    (run_app if sys.argv[1] == "app" else run_floor)(sys.argv[2])
