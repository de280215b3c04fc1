"""A Codesign session that edits a board and then waits to be killed: the crash in a test.

Run as `python -m tests.ui.crashing_session BOARD TEXT...`: each TEXT is pasted as a note, one
edit at a time, and "autosaved N" is printed once the recovery copy holds edit N.
"""

import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from codesign.commands.clipboard import paste_lines
from codesign.storage import load_board
from codesign.ui.app import create_application
from codesign.ui.shell.main_window import MainWindow


def copy_holds(window: MainWindow, text: str) -> bool:
    for entry in window.recovery.store.entries():
        if entry.session == window.recovery.autosaver.session:
            board = load_board(entry.board_file)
            return any(getattr(item, "text", None) == text for item in board.items)
    return False


def main(board: str, *texts: str) -> None:
    create_application()
    window = MainWindow()
    window.show()
    window.files.open_path(Path(board))
    for number, text in enumerate(texts, start=1):
        paste_lines(window.document, text, (float(number) * 300, 0.0), "yellow")
        while not copy_holds(window, text):
            QCoreApplication.processEvents()
            time.sleep(0.02)
        print(f"autosaved {number}", flush=True)
    while True:
        QCoreApplication.processEvents()
        time.sleep(0.02)


if __name__ == "__main__":
    main(*sys.argv[1:])
