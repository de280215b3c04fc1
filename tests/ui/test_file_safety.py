"""Issue 8: boards open in two Codesigns, read-only places, full disks and files changed on disk."""

import errno
import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from codesign.commands.clipboard import paste_lines
from codesign.document import BoardDocument
from codesign.model import Board
from codesign.storage import backup_path, load_board, save_board
from codesign.storage.lock import lock_path
from codesign.ui.files.file_watch import SETTLE_MS
from tests.boards import themed_board
from tests.storage.lock_holder import kill, owner_of, start_holder
from tests.ui.conftest import answer_with, errors_shown, make_window
from tests.ui.file_dialogs import answer_file_dialogs


@pytest.fixture
def board_file(tmp_path) -> Path:
    path = tmp_path / "visit.codesign.json"
    save_board(themed_board(), path)
    return path


def open_window(qtbot, path: Path):
    window = make_window(qtbot, BoardDocument.open(path))
    window.document.undo_stack.resetClean()  # unsaved changes, as after an edit
    return window


# --- boards open in another Codesign ---------------------------------------------------------


def test_a_board_open_in_another_codesign_warns_and_cancel_keeps_the_current_board(
    qtbot, board_file, monkeypatch
):
    window = make_window(qtbot)
    before = window.document
    holder = start_holder(board_file)
    try:
        asked = answer_with(monkeypatch, "Cancel")
        assert not window.files.open_path(board_file)
        assert window.document is before
        assert len(asked) == 1
        assert "“visit.codesign.json” is open in Codesign" in asked[0]
        assert f"(process {holder.pid})" in asked[0]
        assert owner_of(board_file).pid == holder.pid
    finally:
        kill(holder)


def test_open_anyway_opens_it_and_takes_the_lock(qtbot, board_file, monkeypatch):
    window = make_window(qtbot)
    holder = start_holder(board_file)
    try:
        answer_with(monkeypatch, "Open anyway")
        assert window.files.open_path(board_file)
        assert window.document.path == board_file
        assert owner_of(board_file).pid == os.getpid()
    finally:
        kill(holder)


def test_the_lock_of_a_killed_codesign_is_taken_over_without_a_question(qtbot, board_file):
    window = make_window(qtbot)
    kill(start_holder(board_file))
    assert window.files.open_path(board_file)  # any dialog here would fail the test
    assert owner_of(board_file).pid == os.getpid()


def test_the_lock_goes_when_the_board_is_replaced_or_the_window_closes(qtbot, board_file, tmp_path):
    window = make_window(qtbot)
    assert window.files.open_path(board_file)
    assert lock_path(board_file).exists()
    window.replace_document(BoardDocument())
    assert not lock_path(board_file).exists()
    other = tmp_path / "other.codesign.json"
    save_board(Board(title="Other"), other)
    assert window.files.open_path(other)
    assert lock_path(other).exists()
    window.close()
    assert not lock_path(other).exists()


def test_closing_keeps_the_lock_until_a_queued_automatic_save_is_written(qtbot, board_file):
    window = make_window(qtbot, BoardDocument.open(board_file))
    window.document.undo_stack.setClean()
    locked_while_writing = []
    finish_writes = window.recovery.close

    def close_recovery():
        locked_while_writing.append(lock_path(board_file).exists())
        finish_writes()

    window.recovery.close = close_recovery
    window.close()
    assert locked_while_writing == [True]
    assert not lock_path(board_file).exists()


def test_save_as_moves_the_lock_to_the_new_file(qtbot, board_file, tmp_path, monkeypatch):
    window = make_window(qtbot, BoardDocument.open(board_file))
    assert lock_path(board_file).exists()
    copy = tmp_path / "copy.codesign.json"
    answer_file_dialogs(monkeypatch, qtbot, [copy.name])
    assert window.files.save_as()
    assert not lock_path(board_file).exists()
    assert owner_of(copy).pid == os.getpid()


def test_save_as_over_a_board_open_in_another_codesign_asks_first(
    qtbot, board_file, tmp_path, monkeypatch
):
    monkeypatch.setenv("HOME", str(board_file.parent))  # where Save As starts for a new board
    window = make_window(qtbot)
    theirs = board_file.read_bytes()
    seen = answer_file_dialogs(monkeypatch, qtbot, [board_file.name] * 2)
    holder = start_holder(board_file)
    try:
        asked = answer_with(monkeypatch, "Cancel")
        assert not window.files.save_as()
        assert len(asked) == 1 and "is open in Codesign" in asked[0]
        assert board_file.read_bytes() == theirs
        answer_with(monkeypatch, "Save anyway")
        assert window.files.save_as()
        assert len(seen.replace_asked) == 2
        assert window.document.path == board_file
        assert owner_of(board_file).pid == os.getpid()
    finally:
        kill(holder)


def test_a_board_in_a_folder_where_no_lock_can_be_made_still_opens(qtbot, board_file, monkeypatch):
    window = make_window(qtbot)

    def read_only(*_args, **_kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "open", read_only)
    assert window.files.open_path(board_file)
    monkeypatch.undo()
    assert window.document.path == board_file
    assert not lock_path(board_file).exists()


# --- read-only places and full disks ---------------------------------------------------------


def assert_kept_open_and_unsaved(window, document, path: Path, before: bytes) -> None:
    assert window.document is document
    assert window.document.is_dirty
    assert window.isVisible()
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize(
    ("code", "reason"),
    [(errno.EROFS, "the place is read-only"), (errno.EACCES, "permission denied")],
)
def test_saving_to_a_read_only_place_explains_and_keeps_the_board(
    qtbot, board_file, monkeypatch, code, reason
):
    window = open_window(qtbot, board_file)
    document, before = window.document, board_file.read_bytes()
    shown = errors_shown(monkeypatch)

    def refuse(*_args, **_kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    assert not window.files.save()
    monkeypatch.undo()
    assert len(shown) == 1
    assert reason in shown[0] and "\n" not in shown[0]
    assert_kept_open_and_unsaved(window, document, board_file, before)


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_saving_into_a_folder_without_write_permission_keeps_the_board(
    qtbot, board_file, monkeypatch
):
    window = open_window(qtbot, board_file)
    document, before = window.document, board_file.read_bytes()
    shown = errors_shown(monkeypatch)
    board_file.parent.chmod(0o555)
    try:
        assert not window.files.save()
    finally:
        board_file.parent.chmod(0o755)
    assert "permission denied" in shown[0]
    assert_kept_open_and_unsaved(window, document, board_file, before)


@pytest.mark.parametrize("where", ["write", "fsync"])
def test_a_full_disk_explains_and_leaves_the_file_and_its_backup(
    qtbot, board_file, monkeypatch, where
):
    save_board(themed_board(), board_file)  # now there is a .bak too
    backup = backup_path(board_file).read_bytes()
    window = open_window(qtbot, board_file)
    document, before = window.document, board_file.read_bytes()
    shown = errors_shown(monkeypatch)

    def disk_full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    if where == "fsync":
        monkeypatch.setattr(os, "fsync", disk_full)
    else:
        real_fdopen = os.fdopen

        def full_stream(*args, **kwargs):
            stream = real_fdopen(*args, **kwargs)
            stream.write = disk_full
            return stream

        monkeypatch.setattr(os, "fdopen", full_stream)
    assert not window.files.save()
    monkeypatch.undo()
    assert len(shown) == 1 and "the disk is full" in shown[0]
    assert_kept_open_and_unsaved(window, document, board_file, before)
    assert backup_path(board_file).read_bytes() == backup


# --- changed on disk -------------------------------------------------------------------------


def someone_else_saves(path: Path) -> bytes:
    save_board(Board(title="Their version"), path)
    return path.read_bytes()


def test_saving_over_a_file_changed_on_disk_asks_and_cancel_keeps_both(
    qtbot, board_file, monkeypatch
):
    window = open_window(qtbot, board_file)
    theirs = someone_else_saves(board_file)
    asked = answer_with(monkeypatch, "Cancel")
    assert not window.files.save()
    assert asked == [
        "“visit.codesign.json” was changed on disk since you opened it, by another program or"
        " person."
    ]
    assert window.document.is_dirty
    assert board_file.read_bytes() == theirs


def test_overwrite_saves_this_version(qtbot, board_file, monkeypatch):
    window = open_window(qtbot, board_file)
    someone_else_saves(board_file)
    answer_with(monkeypatch, "Overwrite")
    assert window.files.save()
    assert load_board(board_file).title == themed_board().title
    assert not window.document.is_dirty
    assert not window.document.changed_on_disk()


def test_save_as_from_the_question_keeps_their_version(qtbot, board_file, tmp_path, monkeypatch):
    window = open_window(qtbot, board_file)
    theirs = someone_else_saves(board_file)
    answer_with(monkeypatch, "Save As…")
    mine = tmp_path / "mine.codesign.json"
    answer_file_dialogs(monkeypatch, qtbot, [mine.name])
    assert window.files.save()
    assert board_file.read_bytes() == theirs
    assert window.document.path == mine
    assert load_board(mine).title == themed_board().title


def test_a_change_while_open_shows_a_notice_and_reload_opens_it(qtbot, board_file):
    window = make_window(qtbot, BoardDocument.open(board_file))
    someone_else_saves(board_file)
    qtbot.waitUntil(lambda: window.files.disk_watch.notice.isVisible(), timeout=5000)
    notice = window.files.disk_watch.notice
    assert "“visit.codesign.json” was changed on disk" in notice.label.text()
    assert notice.reload_action.isVisible()
    notice.reload_action.trigger()
    assert window.document.info.title == "Their version"
    assert not notice.isVisible()
    assert owner_of(board_file).pid == os.getpid()


def test_the_notice_offers_reload_only_without_unsaved_changes(qtbot, board_file):
    window = open_window(qtbot, board_file)
    someone_else_saves(board_file)
    qtbot.waitUntil(lambda: window.files.disk_watch.notice.isVisible(), timeout=5000)
    notice = window.files.disk_watch.notice
    assert "Saving will ask" in notice.label.text()
    assert not notice.reload_action.isVisible()
    window.document.undo_stack.setClean()  # undone back to what was opened
    assert "Saving will ask" not in notice.label.text()
    assert notice.reload_action.isVisible()


def test_the_windows_own_saves_bring_no_notice(qtbot, board_file):
    window = open_window(qtbot, board_file)
    for _ in range(2):  # the second save is watched again after the first replaced the file
        window.document.undo_stack.resetClean()
        assert window.files.save()
        qtbot.wait(SETTLE_MS * 2)
    assert window.files.disk_watch._notice is None
    someone_else_saves(board_file)
    qtbot.waitUntil(lambda: window.files.disk_watch.notice.isVisible(), timeout=5000)


def test_a_file_deleted_then_written_again_is_still_noticed(qtbot, board_file):
    """A sync tool or a checkout removes the file, and only later puts a new one back."""
    window = make_window(qtbot, BoardDocument.open(board_file))
    board_file.unlink()
    qtbot.wait(SETTLE_MS * 2)  # the watch settles on a missing file
    assert not window.files.disk_watch.notice.isVisible()
    someone_else_saves(board_file)
    qtbot.waitUntil(lambda: window.files.disk_watch.notice.isVisible(), timeout=5000)


def _opened_through_a_link(qtbot, board_file, tmp_path):
    desktop = tmp_path / "Desktop"
    desktop.mkdir()
    link = desktop / "visit.codesign.json"
    link.symlink_to(board_file)
    return link, make_window(qtbot, BoardDocument.open(link))


def test_a_board_opened_through_a_link_watches_the_file_it_points_to(qtbot, board_file, tmp_path):
    _link, window = _opened_through_a_link(qtbot, board_file, tmp_path)
    board_file.unlink()
    qtbot.wait(SETTLE_MS * 2)
    someone_else_saves(board_file)
    qtbot.waitUntil(lambda: window.files.disk_watch.notice.isVisible(), timeout=5000)


def test_a_link_replaced_by_another_file_is_noticed(qtbot, board_file, tmp_path):
    """A sync tool or `ln -sf` replaces the link itself, not the file it pointed to."""
    link, window = _opened_through_a_link(qtbot, board_file, tmp_path)
    link.unlink()
    someone_else_saves(link)
    qtbot.waitUntil(lambda: window.files.disk_watch.notice.isVisible(), timeout=5000)


def test_discarded_changes_never_reach_the_file_by_an_automatic_save(
    qtbot, board_file, monkeypatch
):
    """After Discard, the lock question for the next board runs an event loop: the autosave
    timer may fire in it."""
    window = open_window(qtbot, board_file)
    window.recovery.autosaver.set_save_own_file(True)
    before = board_file.read_bytes()
    paste_lines(window.document, "Discard me", (0.0, 0.0), "grey")
    monkeypatch.setattr(
        window.files, "ask_save_changes", lambda: QMessageBox.StandardButton.Discard
    )
    assert window.files.maybe_save()
    with qtbot.waitSignal(window.recovery.autosaver.saved, timeout=5000) as blocker:
        window.recovery.autosaver.save_now()  # the timer, firing during the next question
    assert not blocker.args[0].wrote_own_file
    assert board_file.read_bytes() == before
