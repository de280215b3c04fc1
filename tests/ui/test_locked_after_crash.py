"""The lock survives the end of the process: a locked Codesign is killed (SIGKILL, as a crash or
a power cut would, or SIGTERM, as a logout would) and the board it had open comes back locked
behind the same PIN, the participants' own notes still theirs to delete."""

import shutil
import signal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from codesign.document import BoardDocument
from codesign.model import Note
from codesign.storage import load_board
from codesign.storage.recovery import default_folder
from codesign.ui.files.recovery_dialog import RecoveryDialog
from tests.ui.conftest import at, make_active_window, press
from tests.ui.sessions import recovery_folder, start_session

PIN = "4826"
ADDED = "Participants' note: the bus stop needs a bench"


def _end_locked_session(root: Path, how: signal.Signals) -> tuple[Path, Path]:
    child, board = start_session(
        root, "tests.ui.locked_session", "workshop.codesign.json", 1, PIN, ADDED
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().split() == ["locked", "false"], "saved, and still kept"
    finally:
        child.send_signal(how)
        child.wait(timeout=30)
    return board, recovery_folder(root)


@pytest.fixture(scope="module", params=[signal.SIGKILL, signal.SIGTERM], ids=["kill", "term"])
def _ended(request, tmp_path_factory):
    return _end_locked_session(tmp_path_factory.mktemp("locked"), request.param)


@pytest.fixture
def restored(qtbot, _ended):
    board, recovery = _ended
    shutil.copytree(recovery, default_folder())
    window = make_active_window(qtbot, BoardDocument())
    [entry] = window.recovery.store.orphaned()
    assert window.recovery.restore(entry)
    return window, board


def test_the_saved_file_holds_the_note_and_no_pin(_ended):
    board, _recovery = _ended
    assert ADDED in {getattr(item, "text", None) for item in load_board(board).items}
    assert PIN not in board.read_text()


def test_a_board_restored_after_the_end_opens_locked(restored):
    window, _board = restored
    assert window.document.is_locked
    assert window.room.lock.is_locked
    assert not window.actions["open"].isEnabled()
    assert not window.actions["save_as"].isEnabled()
    assert window.statusBar().currentMessage().startswith("Recovered")
    assert window.room.badge.isVisible(), "the way out shows beside the status line"


def test_after_the_restore_only_the_participants_notes_can_be_deleted(restored, qtbot):
    window, _board = restored
    [added] = [n for n in window.document.records_of(Note) if n.text == ADDED]
    for note in (window.document.get("n1"), added):
        window.view.centerOn(note.x + 80, note.y + 80)
        click = at(window, note.x + 80, note.y + 100)
        QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=click)
        assert window.view.scene().selected_ids() == [note.id]
        # A person's pause: the menus catch up with the selection and the window is active.
        qtbot.waitUntil(
            lambda: window.actions["delete"].isEnabled() and QApplication.activeWindow() is window
        )
        press(window, Qt.Key.Key_Delete)
    assert window.document.get("n1") is not None
    assert "only notes added since" in window.statusBar().currentMessage()
    assert window.document.get(added.id) is None


def test_the_same_pin_unlocks_the_restored_board(restored):
    window, _board = restored
    lock = window.room.lock
    assert not lock.unlock("0000")
    assert lock.unlock(PIN)
    assert not window.document.is_locked
    assert window.actions["open"].isEnabled()


def test_the_copy_of_a_locked_board_cannot_be_discarded_unlocked(qtbot, _ended):
    """Whoever sits at the laptop after the crash may be a participant: the offer at start does
    not let them throw the board away."""
    _board, recovery = _ended
    shutil.copytree(recovery, default_folder())
    window = make_active_window(qtbot, BoardDocument())
    dialog = RecoveryDialog(window.recovery.store, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "locked for participants" in dialog._list.item(0).data(
        Qt.ItemDataRole.AccessibleTextRole
    )
    assert not dialog._discard_button.isEnabled()
    QTest.mouseClick(dialog._discard_button, Qt.MouseButton.LeftButton)
    assert len(window.recovery.store.entries()) == 1
    assert dialog._restore_button.isEnabled()
