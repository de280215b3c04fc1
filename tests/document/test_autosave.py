"""Autosave writes the recovery copy a few seconds after an edit, never over the user's file
unless asked, and forgets the copy once the board is saved."""

import threading

import pytest

from codesign.commands.clipboard import paste_lines
from codesign.commands.clusters import rename_cluster
from codesign.document import BoardDocument
from codesign.document import own_file as own_file_module
from codesign.document.autosave import Autosaver
from codesign.model import Note
from codesign.storage import load_board
from codesign.storage.disk_state import DiskState
from codesign.storage.recovery import RecoveryStore
from tests.boards import themed_board


def _texts(board):
    return {item.text for item in board.items if isinstance(item, Note)}


@pytest.fixture
def autosaver(qtbot, tmp_path):
    """Make an autosaver watching a document; closed at the end, as the window closes it."""
    made = []

    def make(document, save_own_file=False, folder=tmp_path / "recovery"):
        saver = Autosaver(RecoveryStore(folder), 2, save_own_file)
        saver.watch(document)
        made.append(saver)
        return saver

    yield make
    for saver in made:
        saver.close()


def test_an_edit_reaches_the_recovery_copy_and_not_the_board_file(qtbot, tmp_path, autosaver):
    path = tmp_path / "visit.codesign.json"
    document = BoardDocument(themed_board(), path)
    document.save()
    before = path.read_bytes()
    saver = autosaver(document)
    paste_lines(document, "Lift off\nCroeso i bawb", (0.0, 0.0), "yellow")
    with qtbot.waitSignal(saver.saved, timeout=5000) as blocker:
        pass
    assert blocker.args[0].error is None
    [entry] = saver._store.entries()
    assert entry.source == path
    assert {"Lift off", "Croeso i bawb"} <= _texts(load_board(entry.board_file))
    assert path.read_bytes() == before
    assert document.is_dirty


def test_saving_or_undoing_to_the_saved_state_discards_the_copy(qtbot, tmp_path, autosaver):
    document = BoardDocument(themed_board(), tmp_path / "b.codesign.json")
    saver = autosaver(document)
    paste_lines(document, "Evidence", (0.0, 0.0), "blue")
    saver.save_now()
    assert saver.flush()
    assert saver._store.entries()
    document.save()
    assert saver.flush()
    assert saver._store.entries() == []
    paste_lines(document, "Influence & advocacy", (0.0, 0.0), "blue")
    saver.save_now()
    document.undo_stack.undo()
    assert saver.flush()
    assert saver._store.entries() == []


def _saving_own_file(tmp_path, autosaver):
    """A saved board whose autosaver also writes its file, and an edit waiting to be saved."""
    document = BoardDocument(themed_board(), tmp_path / "auto.codesign.json")
    document.save()
    saver = autosaver(document, save_own_file=True)
    paste_lines(document, "Communication", (0.0, 0.0), "teal")
    return document, saver


def test_save_automatically_writes_the_board_file_and_marks_it_clean(qtbot, tmp_path, autosaver):
    document, saver = _saving_own_file(tmp_path, autosaver)
    path = document.path
    with qtbot.waitSignal(saver.saved, timeout=5000):
        saver.save_now()
    assert "Communication" in _texts(load_board(path))
    assert not document.is_dirty
    assert saver.flush()
    assert saver._store.entries() == []


def test_a_failed_write_is_reported_and_the_board_stays_dirty(qtbot, tmp_path, autosaver):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the recovery folder should be")
    document = BoardDocument(themed_board())
    saver = autosaver(document, folder=blocked)
    paste_lines(document, "Collaboration", (0.0, 0.0), "pink")
    with qtbot.waitSignal(saver.saved, timeout=5000) as blocker:
        saver.save_now()
    assert blocker.args[0].error
    assert "\n" not in blocker.args[0].error
    assert document.is_dirty


def test_an_edit_during_an_automatic_save_keeps_the_board_dirty_but_the_file_ours(
    qtbot, tmp_path, autosaver
):
    document, saver = _saving_own_file(tmp_path, autosaver)
    with qtbot.waitSignal(saver.saved, timeout=5000):
        saver.save_now()
        paste_lines(document, "Lift off", (0.0, 400.0), "teal")
    assert document.is_dirty
    assert not document.changed_on_disk()


def _saved_when(qtbot, saver, edit_meanwhile):
    """An automatic save whose report arrives after `edit_meanwhile()` ran on the UI thread."""
    saver.save_now()
    assert saver.flush()  # written; the report waits for the event loop
    edit_meanwhile()
    with qtbot.waitSignal(saver.saved, timeout=5000) as blocker:
        pass
    return blocker.args[0]


def test_typing_merged_into_the_saved_step_keeps_the_board_dirty(qtbot, tmp_path, autosaver):
    """The timer fires mid-word; the next keystrokes merge into the same undo step."""
    document, saver = _saving_own_file(tmp_path, autosaver)
    rename_cluster(document, "c1", "Comm")
    result = _saved_when(qtbot, saver, lambda: rename_cluster(document, "c1", "Communication"))
    assert result.wrote_own_file
    assert document.is_dirty
    assert _cluster_title(load_board(document.path)) == "Comm"


def test_undo_then_a_new_edit_keeps_the_board_dirty(qtbot, tmp_path, autosaver):
    """Same undo index, other content: the index cannot tell, the revision can."""
    document, saver = _saving_own_file(tmp_path, autosaver)

    def undo_then_edit():
        document.undo_stack.undo()
        paste_lines(document, "Evidence", (0.0, 300.0), "blue")

    _saved_when(qtbot, saver, undo_then_edit)
    assert document.is_dirty
    assert "Evidence" not in _texts(load_board(document.path))
    with qtbot.waitSignal(saver.saved, timeout=5000):  # the next automatic save takes it
        pass
    assert "Evidence" in _texts(load_board(document.path))
    assert not document.is_dirty


def test_a_save_made_after_an_automatic_save_was_queued_is_never_overwritten(
    qtbot, tmp_path, autosaver, monkeypatch
):
    """A slow disk: the automatic save is still waiting when Ctrl+S writes a newer board."""
    document, saver = _saving_own_file(tmp_path, autosaver)
    store_write, go_on = saver._store.write, threading.Event()

    def slow_write(*args):
        go_on.wait(5)
        store_write(*args)

    monkeypatch.setattr(saver._store, "write", slow_write)
    saver.save_now()
    paste_lines(document, "Influence & advocacy", (0.0, 300.0), "purple")
    document.save()
    go_on.set()
    with qtbot.waitSignal(saver.saved, timeout=5000) as blocker:
        pass
    assert not blocker.args[0].wrote_own_file
    assert "Influence & advocacy" in _texts(load_board(document.path))
    assert not document.is_dirty
    assert not document.changed_on_disk()


def test_a_check_during_our_own_automatic_save_waits_for_it(qtbot, tmp_path, autosaver):
    """The file watcher may ask half-way through the write: the answer is still 'ours'."""
    document, saver = _saving_own_file(tmp_path, autosaver)
    writing, go_on = threading.Event(), threading.Event()
    real_write_board = own_file_module.write_board

    def slow_write_board(data, pictures, path):
        written = real_write_board(data, pictures, path)
        writing.set()
        go_on.wait(5)  # the folder's fsync, say
        return written

    own_file_module.write_board = slow_write_board
    try:
        saver.save_now()
        assert writing.wait(5)
        assert document.file.changed_on_disk_if_idle() is None  # the watcher looks again later
        threading.Timer(0.2, go_on.set).start()
        assert not document.changed_on_disk()
    finally:
        own_file_module.write_board = real_write_board
    assert saver.flush()


def test_the_copy_records_the_file_as_this_save_left_it(qtbot, tmp_path, autosaver):
    """Editing went on, so the copy is kept: after a crash it must know the file is ours."""
    document, saver = _saving_own_file(tmp_path, autosaver)
    _saved_when(qtbot, saver, lambda: paste_lines(document, "Lift off", (0.0, 300.0), "teal").made)
    assert document.is_dirty
    [entry] = saver._store.entries()
    assert entry.source_state == DiskState.read(document.path)


def test_changes_let_go_are_not_written_by_an_automatic_save_still_queued(
    qtbot, tmp_path, autosaver
):
    document, saver = _saving_own_file(tmp_path, autosaver)
    before = document.path.read_bytes()
    board_bytes, go_on = saver._cache.board_bytes, threading.Event()

    def slow_board_bytes(board):
        go_on.wait(5)
        return board_bytes(board)

    saver._cache.board_bytes = slow_board_bytes
    saver.save_now()
    document.file.let_changes_go()  # "Discard" in the Save changes? question
    go_on.set()
    with qtbot.waitSignal(saver.saved, timeout=5000) as blocker:
        pass
    assert not blocker.args[0].wrote_own_file
    assert document.path.read_bytes() == before


def test_a_hanging_board_file_does_not_hold_back_the_recovery_copy(qtbot, tmp_path, autosaver):
    """The board on a network share that stops answering; the copy is local."""
    _document, saver = _saving_own_file(tmp_path, autosaver)
    hanging, go_on = threading.Event(), threading.Event()
    real_write_board = own_file_module.write_board

    def hang(data, pictures, path):
        hanging.set()
        go_on.wait(5)
        return real_write_board(data, pictures, path)

    own_file_module.write_board = hang
    try:
        saver.save_now()
        assert hanging.wait(5)
        [entry] = saver._store.entries()
        assert "Communication" in _texts(load_board(entry.board_file))
    finally:
        go_on.set()
        own_file_module.write_board = real_write_board
    assert saver.flush()


def _cluster_title(board) -> str:
    [title] = [item.title for item in board.items if item.id == "c1"]
    return title


def test_an_unexpected_failure_is_reported_not_only_logged(qtbot, tmp_path, autosaver):
    document = BoardDocument(themed_board())
    saver = autosaver(document)
    saver._cache.board_bytes = lambda _board: 1 / 0
    paste_lines(document, "Lift off", (0.0, 0.0), "teal")
    with qtbot.waitSignal(saver.saved, timeout=5000) as blocker:
        saver.save_now()
    assert blocker.args[0].error == "an unexpected error (ZeroDivisionError)"
    assert document.is_dirty
