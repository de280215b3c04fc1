"""SIGTERM (logout, shutdown, `kill`), SIGHUP (the terminal closed) and SIGINT (Ctrl+C) keep
the edits made since the last autosave, the text of a note still open included, and end the
app without a traceback."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from codesign.model import Note
from codesign.storage import load_board, save_board
from codesign.storage.lock import lock_path
from codesign.storage.recovery import RecoveryStore
from tests.boards import themed_board

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_signal_writes_the_recovery_copy_and_quits_cleanly(tmp_path, number):
    config = tmp_path / "config" / "codesign"
    config.mkdir(parents=True)
    (config / "settings.json").write_text('{"autosave_seconds": 60}')
    board = tmp_path / "deliberation-day.codesign.json"
    save_board(themed_board(), board)
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.ui.terminated_session",
            str(board),
            "Influence & advocacy",
            "Still typing",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "edited"
        assert lock_path(board).exists()
        child.send_signal(number)
        assert child.wait(timeout=60) == 0
        assert child.stderr is not None
        errors = child.stderr.read()
    finally:
        child.kill()
    assert "Traceback" not in errors and "Error" not in errors
    [entry] = RecoveryStore(tmp_path / "data" / "codesign" / "recovery").entries()
    texts = {item.text for item in load_board(entry.board_file).items if isinstance(item, Note)}
    assert "Influence & advocacy" in texts and "Still typing" in texts
    assert not lock_path(board).exists()
