"""Crash recovery for real: a Codesign process edits a board and is killed with SIGKILL; the
next start offers the copy, and restoring it brings back every autosaved edit."""

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from codesign.commands.clipboard import paste_lines
from codesign.document import BoardDocument
from codesign.model import Note
from codesign.storage import save_board
from codesign.storage.recovery import default_folder
from codesign.ui.recovery_dialog import RecoveryDialog
from codesign.ui.settings import Settings
from tests.boards import themed_board
from tests.ui.conftest import make_window

ROOT = Path(__file__).resolve().parents[2]
EDITS = ("Lift off: we start on Monday", "Croeso: ffurflen Gymraeg ar gael")


def _texts(document):
    return {note.text for note in document.records_of(Note)}


@pytest.fixture(scope="module")
def _crash(tmp_path_factory):
    """Run a session to its second autosave, then kill it: once, the slow part, per module."""
    root = tmp_path_factory.mktemp("crash")
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "XDG_CONFIG_HOME": str(root / "config"),
        "XDG_DATA_HOME": str(root / "data"),
    }
    config = root / "config" / "codesign"
    config.mkdir(parents=True)
    (config / "settings.json").write_text('{"autosave_seconds": 2}')
    board = root / "serviceland.codesign.json"
    save_board(themed_board(), board)
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.crashing_session", str(board), *EDITS],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        for number in range(1, len(EDITS) + 1):
            assert child.stdout.readline().strip() == f"autosaved {number}"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    return board, root / "data" / "codesign" / "recovery"


@pytest.fixture
def crashed_session(_crash):
    """This test's user folders hold what the killed session left; the board it had open."""
    board, recovery = _crash
    shutil.copytree(recovery, default_folder())
    return board


def test_a_killed_session_is_recovered_with_its_autosaved_edits(qtbot, crashed_session):
    window = make_window(qtbot, BoardDocument())
    [entry] = window.recovery.store.orphaned()
    assert entry.source == crashed_session
    assert window.recovery.restore(entry)
    assert set(EDITS) <= _texts(window.document)
    assert window.document.is_dirty
    assert window.document.path == crashed_session
    assert window.windowTitle().startswith("serviceland.codesign.json")
    assert window.recovery.store.orphaned() == []  # this session carries the copy on
    window.document.save()
    window.recovery.autosaver.flush()
    assert window.recovery.store.entries() == []


def test_the_offer_at_start_lists_the_copy_with_a_preview(qtbot, crashed_session, monkeypatch):
    window = make_window(qtbot, BoardDocument())
    shown = []

    def look_then_restore(dialog):
        shown.append(dialog)
        description = dialog._list.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
        assert "serviceland.codesign.json" in description
        assert not dialog._preview.pixmap().isNull()
        dialog.chosen = dialog.entries[0]
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RecoveryDialog, "exec", look_then_restore)
    window.recovery.offer_at_start()
    assert shown
    assert set(EDITS) <= _texts(window.document)


def test_no_offer_when_nothing_crashed(qtbot):
    window = make_window(qtbot)
    window.recovery.offer_at_start()  # an unexpected dialog would fail the test


def test_a_copy_can_be_discarded_from_the_dialog(qtbot, crashed_session, monkeypatch):
    window = make_window(qtbot, BoardDocument())
    dialog = RecoveryDialog(window.recovery.store, window)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard
    )
    dialog._discard_button.click()
    assert dialog.entries == []
    assert not dialog._restore_button.isEnabled()
    assert window.recovery.store.entries() == []


def test_closing_a_window_after_discarding_changes_leaves_no_copy(qtbot, monkeypatch):
    window = make_window(qtbot)
    paste_lines(window.document, "Evidence", (0.0, 0.0), "blue")
    window.recovery.autosaver.save_now()
    assert window.recovery.autosaver.flush()
    assert window.recovery.store.entries()
    monkeypatch.setattr(window, "ask_save_changes", lambda: QMessageBox.StandardButton.Discard)
    window.close()
    assert window.recovery.store.entries() == []


def test_settings_reach_the_autosaver(qtbot):
    window = make_window(qtbot)
    window.settings_changed.emit(Settings(autosave_seconds=30, save_automatically=True))
    assert window.recovery.autosaver._timer.interval() == 30_000
    assert window.recovery.autosaver._save_own_file
