"""The real app (`run_app`) with one edit made just after start: the board a test then ends
with a signal. Run as `python -m tests.ui.terminated_session BOARD TEXT [TYPED]`; prints
"edited". With TYPED, a new note is then left open with TYPED typed into it, never ended."""

import sys

from PySide6.QtCore import QPointF, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from codesign.commands.clipboard import paste_lines
from codesign.ui.app import create_application, run_app
from codesign.ui.shell.main_window import MainWindow


def edit(text: str, typed: str) -> None:
    [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    paste_lines(window.document, text, (0.0, 0.0), "yellow")
    if typed:
        window.view.add_note_at(QPointF(900, 300))
        QTest.keyClicks(window.view.board_scene.editor.widget, typed)
    print("edited", flush=True)


def main(board: str, text: str, typed: str = "") -> int:
    create_application()
    QTimer.singleShot(200, lambda: edit(text, typed))
    return run_app(board)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
