"""A Codesign session in a process of its own, on a board of its own, with its own folders: for
tests that end the process as a crash, a power cut or a logout would."""

import os
import subprocess
import sys
from pathlib import Path

from codesign.storage import save_board
from tests.boards import themed_board

ROOT = Path(__file__).resolve().parents[2]


def start_session(
    root: Path, module: str, board_name: str, autosave_seconds: int, *args: str
) -> tuple[subprocess.Popen, Path]:
    """Run `python -m module BOARD *args` with settings and data under `root`; the child's
    stdout is a text pipe. Returns the child and its board file."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "XDG_CONFIG_HOME": str(root / "config"),
        "XDG_DATA_HOME": str(root / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    config = root / "config" / "codesign"
    config.mkdir(parents=True)
    (config / "settings.json").write_text(f'{{"autosave_seconds": {autosave_seconds}}}')
    board = root / board_name
    save_board(themed_board(), board)
    child = subprocess.Popen(
        [sys.executable, "-m", module, str(board), *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    return child, board


def recovery_folder(root: Path) -> Path:
    return root / "data" / "codesign" / "recovery"
