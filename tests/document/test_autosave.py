"""Autosave writes the recovery copy a few seconds after an edit, never over the user's file
unless asked, and forgets the copy once the board is saved."""

import pytest

from codesign.commands.clipboard import paste_lines
from codesign.document import BoardDocument
from codesign.document.autosave import Autosaver
from codesign.model import Note
from codesign.storage import load_board
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
