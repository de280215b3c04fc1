import os
import time

import pytest

from codesign.model import Board
from codesign.storage import SaveFailed, backup_path, load_board, save_board
from codesign.storage.atomic import STALE_SECONDS
from tests.boards import themed_board


def test_saving_again_keeps_the_previous_file_as_backup(tmp_path):
    path = tmp_path / "board.json"
    save_board(Board(title="First"), path)
    save_board(Board(title="Second"), path)
    assert load_board(path).title == "Second"
    assert load_board(backup_path(path)).title == "First"


def test_a_failure_between_write_and_replace_leaves_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "board.json"
    save_board(themed_board(), path)
    before = path.read_bytes()

    def power_cut(*_args):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(SaveFailed, match="could not save"):
        save_board(Board(title="Half-written"), path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_full_disk_is_reported_in_words(tmp_path, monkeypatch):
    path = tmp_path / "board.json"
    save_board(themed_board(), path)
    before = path.read_bytes()

    def disk_full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(SaveFailed, match="the disk is full"):
        save_board(Board(), path)
    monkeypatch.undo()
    assert path.read_bytes() == before


def test_a_read_only_place_is_reported(tmp_path, monkeypatch):
    def read_only(*_args, **_kwargs):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr("tempfile.mkstemp", read_only)
    with pytest.raises(SaveFailed, match="read-only"):
        save_board(Board(), tmp_path / "board.json")
    assert not (tmp_path / "board.json").exists()


def test_a_folder_in_the_way_is_reported(tmp_path):
    (tmp_path / "board.json").mkdir()
    with pytest.raises(SaveFailed, match="folder"):
        save_board(Board(), tmp_path / "board.json")


def test_saving_through_a_link_writes_the_file_it_points_to(tmp_path):
    """A board kept in a synced folder and linked from the desktop stays linked."""
    synced = tmp_path / "OneDrive"
    synced.mkdir()
    real = synced / "board.json"
    save_board(Board(title="First"), real)
    link = tmp_path / "board.json"
    link.symlink_to(real)
    save_board(Board(title="Second"), link)
    assert link.is_symlink()
    assert load_board(real).title == "Second"
    assert load_board(backup_path(real)).title == "First"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["OneDrive", "board.json"]


def test_a_save_clears_what_killed_saves_left_beside_the_board(tmp_path):
    board = tmp_path / "day.codesign.json"
    save_board(themed_board(), board)
    old = time.time() - STALE_SECONDS - 60
    leftovers = [tmp_path / f".day.codesign.json.{n:08d}.tmp" for n in range(40)]
    leftovers.append(tmp_path / ".day.codesign.json.bak.abcd1234")
    for leftover in leftovers:
        leftover.write_bytes(b"x" * 1000)
        os.utime(leftover, (old, old))
    in_progress = tmp_path / ".day.codesign.json.inflight.tmp"
    in_progress.write_bytes(b"being written now")
    others = [tmp_path / ".other.json.12345678.tmp", tmp_path / ".day.codesign.json.notes"]
    for other in others:
        other.write_bytes(b"not ours")
        os.utime(other, (old, old))
    save_board(themed_board(), board)
    assert not [leftover for leftover in leftovers if leftover.exists()]
    assert in_progress.exists() and all(other.exists() for other in others)
