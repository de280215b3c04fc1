"""Crash recovery for real: a Codesign process edits a board and is killed with SIGKILL; the
next start offers the copy, and restoring it brings back every autosaved edit."""

import json
import shutil
import signal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from codesign.commands.clipboard import paste_lines
from codesign.document import BoardDocument
from codesign.model import Board, Note
from codesign.storage import load_board, save_board
from codesign.storage.recovery import RecoveryStore, default_folder
from codesign.ui.common.settings import Settings
from codesign.ui.files.recovery_dialog import RecoveryDialog
from tests.storage.lock_holder import kill, start_holder
from tests.ui.conftest import answer_with, make_window
from tests.ui.menus import choose_from_menu
from tests.ui.sessions import recovery_folder, start_session

EDITS = ("Lift off: we start on Monday", "Croeso: ffurflen Gymraeg ar gael")


def _texts(document):
    return {note.text for note in document.records_of(Note)}


@pytest.fixture(scope="module")
def _crash(tmp_path_factory):
    """Run a session to its second autosave, then kill it: once, the slow part, per module."""
    root = tmp_path_factory.mktemp("crash")
    child, board = start_session(
        root, "tests.ui.crashing_session", "serviceland.codesign.json", 2, *EDITS
    )
    try:
        assert child.stdout is not None
        for number in range(1, len(EDITS) + 1):
            assert child.stdout.readline().strip() == f"autosaved {number}"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    return board, recovery_folder(root)


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
    assert window.files.save()  # the file is as the crashed session left it: no question
    window.recovery.autosaver.flush()
    assert window.recovery.store.entries() == []


def test_a_file_changed_after_the_crash_is_not_overwritten_unasked(
    qtbot, crashed_session, monkeypatch
):
    save_board(Board(title="Saved by Rhian after the crash"), crashed_session)
    window = make_window(qtbot, BoardDocument())
    [entry] = window.recovery.store.orphaned()
    assert window.recovery.restore(entry)
    asked = answer_with(monkeypatch, "Cancel")
    assert not window.files.save()
    assert len(asked) == 1 and "was changed on disk" in asked[0]
    assert load_board(crashed_session).title == "Saved by Rhian after the crash"
    assert window.document.is_dirty


def test_a_copy_that_knew_nothing_of_its_file_asks_before_saving_over_it(
    qtbot, crashed_session, monkeypatch
):
    """Copies written before the file's state was recorded: whose bytes are there is unknown."""
    [meta] = default_folder().glob("*.meta.json")
    meta.write_text(json.dumps(json.loads(meta.read_text()) | {"source_state": None}))
    window = make_window(qtbot, BoardDocument())
    assert window.recovery.restore(window.recovery.store.orphaned()[0])
    asked = answer_with(monkeypatch, "Cancel")
    assert not window.files.save()
    assert len(asked) == 1


def test_restoring_a_board_open_in_another_codesign_asks_first(qtbot, crashed_session, monkeypatch):
    holder = start_holder(crashed_session)
    try:
        window = make_window(qtbot, BoardDocument())
        [entry] = window.recovery.store.orphaned()
        asked = answer_with(monkeypatch, "Cancel")
        assert not window.recovery.restore(entry)
        assert len(asked) == 1 and "is open in Codesign" in asked[0]
        assert window.document.path is None
        assert [e.session for e in window.recovery.store.orphaned()] == [entry.session]
    finally:
        kill(holder)


def test_a_copy_another_codesign_recovered_first_is_not_opened_twice(
    qtbot, crashed_session, monkeypatch
):
    window = make_window(qtbot, BoardDocument())
    [entry] = window.recovery.store.orphaned()
    assert RecoveryStore().adopt(entry)  # the other window's store
    told = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()))
    assert not window.recovery.restore(entry)
    assert told == ["Another Codesign window has just recovered “All in this Together 2”."]
    assert window.document.path is None


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
        QMessageBox, "exec", lambda box: box.button(QMessageBox.StandardButton.Discard).click()
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
    monkeypatch.setattr(
        window.files, "ask_save_changes", lambda: QMessageBox.StandardButton.Discard
    )
    window.close()
    assert window.recovery.store.entries() == []


def test_settings_reach_the_autosaver(qtbot):
    window = make_window(qtbot)
    window.settings_changed.emit(Settings(autosave_seconds=30, save_automatically=True))
    assert window.recovery.autosaver._timer.interval() == 30_000
    assert window.recovery.autosaver._save_own_file


def test_a_restored_board_is_shown_whole_as_an_opened_one_is(qtbot, crashed_session, monkeypatch):
    """File > Recover unsaved boards…, Restore: the board fits the window, as File > Open
    shows one, not a close-up of its middle with the last notes written off screen."""
    window = make_window(qtbot, BoardDocument())

    def restore_first(dialog):
        dialog.chosen = dialog.entries[0]
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RecoveryDialog, "exec", restore_first)
    choose_from_menu(qtbot, window, "File", "Recover unsaved boards…")
    assert set(EDITS) <= _texts(window.document)
    board = window.view.board_scene.board_rect()
    qtbot.waitUntil(lambda: window.view.visible_rect().contains(board))
