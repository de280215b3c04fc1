import dataclasses
import datetime
import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from codesign.storage import lock as lock_module
from codesign.storage.lock import LockHeld, LockOwner, acquire, lock_path
from codesign.storage.processes import booted_at, started_at
from tests.storage.lock_holder import kill, owner_of, start_holder


@pytest.fixture
def board(tmp_path) -> Path:
    path = tmp_path / "visit.codesign.json"
    path.write_text("{}")
    return path


def test_the_lock_file_names_this_process_and_goes_on_release(board):
    lock = acquire(board)
    assert lock is not None
    assert lock_path(board).name == ".~lock.visit.codesign.json#"
    owner = LockOwner.from_bytes(lock_path(board).read_bytes())
    assert owner.pid == os.getpid()
    assert owner.since.tzinfo is not None
    assert owner_of(board) == owner
    lock.release()
    assert not lock_path(board).exists()
    assert owner_of(board) is None


def test_a_board_open_in_another_process_is_held_and_names_it(board):
    holder = start_holder(board)
    try:
        with pytest.raises(LockHeld) as held:
            acquire(board)
        assert held.value.owner.pid == holder.pid
        assert owner_of(board) == held.value.owner
    finally:
        kill(holder)


def test_the_lock_of_a_killed_process_is_stale_and_taken_over(board):
    holder = start_holder(board)
    kill(holder)
    assert owner_of(board) is None
    lock = acquire(board)
    assert lock is not None
    assert owner_of(board) == lock.owner


def test_open_anyway_takes_over_and_the_first_owner_leaves_it_alone(board):
    first = acquire(board)
    assert first is not None
    with pytest.raises(LockHeld):
        acquire(board)
    second = acquire(board, take_over=True)
    assert second is not None
    first.release()
    assert owner_of(board) == second.owner
    second.release()
    assert not lock_path(board).exists()


@pytest.mark.parametrize("junk", [b"", b"\x00\xff", b"{}", b'{"pid": "4121"}', b"[1, 2]"])
def test_a_damaged_lock_file_is_stale(board, junk):
    lock_path(board).write_bytes(junk)
    assert owner_of(board) is None
    assert acquire(board) is not None


def test_another_hosts_lock_counts_as_held_whatever_its_pid(board):
    faraway = dataclasses.replace(LockOwner.this_process(), host="laptop-3", pid=999_999_999)
    lock_path(board).write_bytes(faraway.to_bytes())
    with pytest.raises(LockHeld) as held:
        acquire(board)
    assert held.value.owner.host == "laptop-3"
    assert held.value.owner.since == faraway.since


def test_a_read_only_folder_opens_without_a_lock(board, monkeypatch):
    def read_only(*_args, **_kwargs):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(os, "open", read_only)
    assert acquire(board) is None


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_a_folder_without_write_permission_opens_without_a_lock(board):
    board.parent.chmod(0o555)
    try:
        assert acquire(board) is None
    finally:
        board.parent.chmod(0o755)


def test_release_twice_is_harmless(board):
    lock = acquire(board)
    assert lock is not None
    lock.release()
    lock.release()
    assert lock.released


def race_for_a_stale_lock(board, monkeypatch):
    """B finds the stale lock; before B removes it, A takes it over completely."""
    crashed = dataclasses.replace(LockOwner.this_process(), pid=999_999_999)
    lock_path(board).write_bytes(crashed.to_bytes())
    remove_stale = lock_module._remove_if_unchanged
    taken_by_a = []

    def a_gets_there_first(path, found):
        monkeypatch.setattr(lock_module, "_remove_if_unchanged", remove_stale)
        taken_by_a.append(acquire(board))
        remove_stale(path, found)

    monkeypatch.setattr(lock_module, "_remove_if_unchanged", a_gets_there_first)
    with pytest.raises(LockHeld):
        acquire(board)
    [a_lock] = taken_by_a
    assert owner_of(board) == a_lock.owner
    assert sorted(path.name for path in board.parent.iterdir()) == [
        ".~lock.visit.codesign.json#",
        "visit.codesign.json",
    ]


def test_two_codesigns_taking_over_one_stale_lock_never_both_hold_it(board, monkeypatch):
    race_for_a_stale_lock(board, monkeypatch)


def test_a_lock_naming_an_impossible_process_counts_as_stale(board):
    damaged = dataclasses.replace(LockOwner.this_process(), pid=2**40)
    lock_path(board).write_bytes(damaged.to_bytes())
    assert owner_of(board) is None
    assert acquire(board) is not None


def test_without_hard_links_a_fresh_lock_moved_aside_is_still_put_back(board, monkeypatch):
    """FAT and exFAT USB sticks have no hard links: the fresh lock must not be lost."""

    def no_links(*_args):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    race_for_a_stale_lock(board, monkeypatch)


def test_a_lock_from_before_the_last_boot_is_stale_whoever_has_its_pid_now(board, monkeypatch):
    """A power cut, a reboot, and the crashed Codesign's id now belongs to another program."""
    boot = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=1)
    monkeypatch.setattr(lock_module, "booted_at", lambda: boot)
    before_boot = dataclasses.replace(
        LockOwner.this_process(), since=boot - datetime.timedelta(hours=20)
    )
    lock_path(board).write_bytes(before_boot.to_bytes())
    assert owner_of(board) is None
    after_boot = LockOwner.this_process()
    lock_path(board).write_bytes(after_boot.to_bytes())
    assert owner_of(board) == after_boot


@pytest.mark.skipif(started_at(os.getpid()) is None, reason="no process start times here")
def test_a_lock_older_than_the_process_with_its_id_now_is_stale(board):
    """The Codesign that took the lock crashed and its id went to a program started since."""
    taken = LockOwner.this_process()
    later = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        reused = dataclasses.replace(
            taken, pid=later.pid, since=taken.since - datetime.timedelta(seconds=5)
        )
        lock_path(board).write_bytes(reused.to_bytes())
        assert owner_of(board) is None
        lock = acquire(board)
        assert lock is not None and owner_of(board) == lock.owner
    finally:
        later.kill()
        later.wait()


def test_the_boot_time_is_read_where_the_system_tells_it(tmp_path):
    stat = tmp_path / "stat"
    stat.write_text("cpu  1 2 3\nbtime 1796161259\nprocesses 42\n")
    assert booted_at(stat) == datetime.datetime(2026, 12, 1, 21, 40, 59, tzinfo=datetime.UTC)
    stat.write_text("cpu  1 2 3\n")
    assert booted_at(stat) is None
    assert booted_at(tmp_path / "missing") is None
