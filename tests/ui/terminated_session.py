"""The real app (`run_app`) with one edit made just after start: the board a test then ends
with SIGTERM. Run as `python -m tests.ui.terminated_session BOARD TEXT`; prints "edited"."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from codesign.commands.clipboard import paste_lines
from codesign.ui.app import create_application, run_app
from codesign.ui.main_window import MainWindow


def edit(text: str) -> None:
    [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    paste_lines(window.document, text, (0.0, 0.0), "yellow")
    print("edited", flush=True)


def main(board: str, text: str) -> int:
    create_application()
    QTimer.singleShot(200, lambda: edit(text))
    return run_app(board)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
