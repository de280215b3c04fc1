import json
import os
import subprocess
import sys

from codesign.storage.processes import process_alive, still_running, this_host
from codesign.storage.recovery import RecoveryStore


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_write_list_and_discard(tmp_path):
    store = RecoveryStore(tmp_path / "recovery")
    store.write("s1", b"{}", tmp_path / "visit.codesign.json", "Visit day", 12)
    [entry] = store.entries()
    assert entry.session == "s1"
    assert entry.source == tmp_path / "visit.codesign.json"
    assert (entry.title, entry.notes, entry.pid) == ("Visit day", 12, os.getpid())
    assert entry.board_file.read_bytes() == b"{}"
    assert store.orphaned() == []  # this process is alive: its own copy is not a crash
    store.discard("s1")
    assert store.entries() == []
    store.discard("s1")  # twice is harmless


def test_copies_of_a_dead_process_are_orphaned_and_can_be_adopted(tmp_path):
    store = RecoveryStore(tmp_path)
    store.write("never-saved", b"{}", None, "Untitled board", 0)
    meta = tmp_path / "never-saved.meta.json"
    data = json.loads(meta.read_text())
    data["pid"] = _dead_pid()
    meta.write_text(json.dumps(data))
    [entry] = store.orphaned()
    assert entry.source is None
    store.adopt(entry)
    assert store.orphaned() == []
    assert store.entries()[0].pid == os.getpid()


def test_damaged_descriptions_and_missing_boards_are_skipped(tmp_path):
    store = RecoveryStore(tmp_path)
    store.write("good", b"{}", None, "Good", 1)
    (tmp_path / "junk.meta.json").write_text("{not json")
    (tmp_path / "list.meta.json").write_text("[1, 2]")
    (tmp_path / "types.meta.json").write_text('{"title": 3}')
    store.write("boardless", b"{}", None, "Gone", 1)
    (tmp_path / "boardless.codesign.json").unlink()
    assert [entry.session for entry in store.entries()] == ["good"]


def test_processes():
    assert process_alive(os.getpid())
    assert not process_alive(_dead_pid())
    assert not process_alive(0)
    assert still_running(_dead_pid(), "another-laptop")
    assert not still_running(_dead_pid(), this_host())
