"""Saving onto a real full disk or a real read-only file system, from inside a Codesign window.

The simulated failures in `test_file_safety.py` prove what the window does with an error; this
proves the operating system's own errors reach it as the same one-line reasons. Run as
`python -m tests.ui.real_disk_session full|read-only FOLDER`, where FOLDER is a tiny file system
of its own (`tests/ui/test_real_disks.py` mounts one in a user namespace). It prints one JSON
report of what happened and what was left on the disk.
"""

import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from codesign.commands.clipboard import paste_lines
from codesign.document import BoardDocument
from codesign.storage import SaveFailed, backup_path, save_board
from codesign.storage.lock import acquire
from codesign.storage.recovery import RecoveryDetails, RecoveryStore
from codesign.ui.app import create_application
from codesign.ui.shell.main_window import MainWindow
from tests.boards import themed_board

WORDS = "Tell it once: one form, one number to ring, one person who knows my story. "


def many_notes_text(count: int) -> str:
    return "\n".join(f"{number} {WORDS * 2}" for number in range(count))


def left_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.rglob("*") if path.is_file())


def save_in_window(board_file: Path, notes: int) -> dict[str, object]:
    """Open `board_file`, paste `notes` notes and press Save, as a facilitator would."""
    before, backup = board_file.read_bytes(), backup_path(board_file).read_bytes()
    shown: list[str] = []
    QMessageBox.exec = lambda box: shown.append(box.text())
    window = MainWindow(BoardDocument.open(board_file))
    window.show()
    paste_lines(window.document, many_notes_text(notes), (0.0, 800.0), "yellow")
    saved = window.files.save()
    report = {
        "saved": saved,
        "shown": shown,
        "dirty": window.document.is_dirty,
        "open": window.document.path == board_file,
        "file_kept": board_file.read_bytes() == before,
        "backup_kept": backup_path(board_file).read_bytes() == backup,
    }
    window.document.undo_stack.setClean()
    window.close()
    return report


def recovery_copy_on(folder: Path) -> dict[str, object]:
    """A small recovery copy fits; a large one does not, and the small one stays readable."""
    store = RecoveryStore(folder / "recovery")
    small = themed_board().model_dump_json().encode()
    store.write("session-1", small, RecoveryDetails(None, None, "All in this Together 2", 4))
    try:
        store.write("session-1", small * 1000, RecoveryDetails(None, None, "Too big", 4000))
        reason = ""
    except SaveFailed as error:
        reason = str(error)
    entries = store.entries()
    return {
        "reason": reason,
        "copy_kept": len(entries) == 1 and entries[0].board_file.read_bytes() == small,
    }


def full(folder: Path) -> dict[str, object]:
    board_file = folder / "visit.codesign.json"
    save_board(themed_board(), board_file)
    save_board(themed_board(), board_file)  # a second save leaves a .bak to protect too
    report = {"window": save_in_window(board_file, 3000), "recovery": recovery_copy_on(folder)}
    return report | {"left": left_in(folder)}


def read_only(folder: Path) -> dict[str, object]:
    board_file = folder / "visit.codesign.json"
    save_board(themed_board(), board_file)
    save_board(themed_board(), board_file)
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    return {
        "lock": acquire(board_file) is not None,
        "window": save_in_window(board_file, 3),
        "left": left_in(folder),
    }


SCENARIOS = {"full": full, "read-only": read_only}

if __name__ == "__main__":
    create_application()
    print(json.dumps(SCENARIOS[sys.argv[1]](Path(sys.argv[2]))), flush=True)
