"""The real app (`run_app`) locked for participants, who add a note and press Ctrl+S: the board a
test then ends with SIGKILL or SIGTERM. Run as `python -m tests.ui.locked_session BOARD PIN TEXT`;
prints "locked" once the recovery copy holds the lock and the note."""

import json
import sys
import time

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from codesign.commands.clipboard import paste_lines
from codesign.storage import load_board
from codesign.ui.app import create_application, run_app
from codesign.ui.shell.main_window import MainWindow


def copy_holds(window: MainWindow, text: str) -> bool:
    """The copy and its description both written since the note was added: the board, and the
    lock that names the note as the participants'."""
    for entry in window.recovery.store.entries():
        if entry.session == window.recovery.autosaver.session and entry.lock is not None:
            board = load_board(entry.board_file)
            added = {item.id for item in board.items if getattr(item, "text", None) == text}
            return bool(added) and added <= set(entry.lock.get("added", ()))
    return False


def lock_and_edit(pin: str, text: str) -> None:
    [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    window.room.lock.lock(pin)
    paste_lines(window.document, text, (0.0, 900.0), "yellow")
    window.actions["save"].trigger()
    while not copy_holds(window, text):
        QCoreApplication.processEvents()
        time.sleep(0.02)
    print("locked", json.dumps(window.document.is_dirty), flush=True)


def main(board: str, pin: str, text: str) -> int:
    create_application()
    QTimer.singleShot(200, lambda: lock_and_edit(pin, text))
    return run_app(board)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
