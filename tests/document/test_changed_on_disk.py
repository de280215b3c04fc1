import os

from codesign.document import BoardDocument
from codesign.model import Board
from codesign.storage import save_board
from tests.boards import themed_board


def _saved(tmp_path):
    path = tmp_path / "board.codesign.json"
    save_board(themed_board(), path)
    return path


def test_an_opened_board_is_unchanged_until_someone_writes_the_file(tmp_path):
    path = _saved(tmp_path)
    document = BoardDocument.open(path)
    assert not document.changed_on_disk()
    save_board(Board(title="Someone else's"), path)
    assert document.changed_on_disk()


def test_touching_the_file_without_changing_its_bytes_is_no_change(tmp_path):
    path = _saved(tmp_path)
    document = BoardDocument.open(path)
    os.utime(path, ns=(1, 1))
    assert not document.changed_on_disk()


def test_a_save_by_the_document_itself_is_its_own_state(tmp_path):
    path = _saved(tmp_path)
    document = BoardDocument.open(path)
    save_board(Board(title="Someone else's"), path)
    document.save()
    assert not document.changed_on_disk()


def test_a_missing_file_or_a_board_without_one_is_not_changed(tmp_path):
    path = _saved(tmp_path)
    document = BoardDocument.open(path)
    path.unlink()
    assert not document.changed_on_disk()
    assert not BoardDocument().changed_on_disk()


def test_a_same_size_change_within_the_clock_of_a_usb_stick_is_still_a_change(tmp_path):
    """FAT and exFAT keep times to two seconds: the time and size alone would miss this."""
    path = _saved(tmp_path)
    before = path.stat()
    document = BoardDocument.open(path)
    path.write_bytes(path.read_bytes().replace(b"Plain English", b"Plain Cymraeg"))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    assert document.changed_on_disk()
