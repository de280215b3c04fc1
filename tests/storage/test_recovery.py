import errno
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from codesign.storage import SaveFailed
from codesign.storage.disk_state import DiskState
from codesign.storage.processes import process_alive, still_running, this_host
from codesign.storage.recovery import RecoveryDetails, RecoveryStore

ROOT = Path(__file__).parents[2]
STATE = DiskState(size=1234, digest="ab" * 20)


def _details(source=None, title="Untitled board", notes=0, state=None) -> RecoveryDetails:
    return RecoveryDetails(source=source, source_state=state, title=title, notes=notes)


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _left_by_a_crash(folder: Path, session: str) -> None:
    """A copy written by another Codesign that then ended without cleaning up."""
    script = (
        "import sys; from pathlib import Path;"
        "from codesign.storage.recovery import RecoveryDetails, RecoveryStore;"
        "RecoveryStore(Path(sys.argv[1])).write(sys.argv[2], b'{}',"
        " RecoveryDetails(None, None, 'Deliberation day', 23))"
    )
    subprocess.run([sys.executable, "-c", script, folder, session], check=True, cwd=ROOT)


def _set_meta(folder: Path, session: str, **fields) -> None:
    meta = folder / f"{session}.meta.json"
    meta.write_text(json.dumps(json.loads(meta.read_text()) | fields))


def test_write_list_and_discard(tmp_path):
    store = RecoveryStore(tmp_path / "recovery")
    store.write("s1", b"{}", _details(tmp_path / "visit.codesign.json", "Visit day", 12, STATE))
    [entry] = store.entries()
    assert entry.session == "s1"
    assert entry.source == tmp_path / "visit.codesign.json"
    assert entry.source_state == STATE
    assert (entry.title, entry.notes, entry.pid) == ("Visit day", 12, os.getpid())
    assert entry.board_file.read_bytes() == b"{}"
    assert store.orphaned() == []  # this process is alive: its own copy is not a crash
    store.discard("s1")
    assert store.entries() == []
    assert list((tmp_path / "recovery").iterdir()) == []
    store.discard("s1")  # twice is harmless


def test_a_copy_left_by_an_ended_process_is_orphaned_and_can_be_adopted(tmp_path):
    _left_by_a_crash(tmp_path, "crashed")
    store = RecoveryStore(tmp_path)
    [entry] = store.orphaned()
    assert (entry.title, entry.source, entry.source_state) == ("Deliberation day", None, None)
    assert store.adopt(entry)
    assert store.orphaned() == []
    assert store.entries()[0].pid == os.getpid()


def test_a_reused_process_id_or_a_renamed_laptop_does_not_hide_a_crash(tmp_path):
    """After a reboot the crashed Codesign's pid may belong to a running program; on macOS the
    host name changes with the network. Only the claim the kernel dropped tells."""
    _left_by_a_crash(tmp_path, "after-reboot")
    _set_meta(tmp_path, "after-reboot", pid=os.getpid())
    _left_by_a_crash(tmp_path, "renamed")
    _set_meta(tmp_path, "renamed", host="Beckys-MacBook-2.local")
    orphaned = {entry.session for entry in RecoveryStore(tmp_path).orphaned()}
    assert orphaned == {"after-reboot", "renamed"}


def test_only_one_codesign_can_adopt_a_crash(tmp_path):
    _left_by_a_crash(tmp_path, "crashed")
    first, second = RecoveryStore(tmp_path), RecoveryStore(tmp_path)
    [entry] = second.orphaned()
    assert first.adopt(entry)
    assert second.orphaned() == []
    assert not second.adopt(entry)
    with pytest.raises(SaveFailed, match="another Codesign is keeping this copy"):
        second.write("crashed", b"{}", _details())
    first.let_go("crashed")  # the first changed its mind: the copy is offered again
    assert [entry.session for entry in second.orphaned()] == ["crashed"]


def test_copies_from_before_live_claims_go_by_process_id(tmp_path):
    _left_by_a_crash(tmp_path, "old")
    (tmp_path / "old.alive").unlink()
    _set_meta(tmp_path, "old", pid=os.getpid())
    store = RecoveryStore(tmp_path)
    assert store.orphaned() == []
    _set_meta(tmp_path, "old", pid=_dead_pid())
    assert [entry.session for entry in store.orphaned()] == ["old"]


def test_damaged_descriptions_and_missing_boards_are_skipped(tmp_path):
    store = RecoveryStore(tmp_path)
    store.write("good", b"{}", _details(title="Good", notes=1))
    (tmp_path / "junk.meta.json").write_text("{not json")
    (tmp_path / "list.meta.json").write_text("[1, 2]")
    (tmp_path / "types.meta.json").write_text('{"title": 3}')
    store.write("boardless", b"{}", _details(title="Gone", notes=1))
    (tmp_path / "boardless.codesign.json").unlink()
    store.write("bad-state", b"{}", _details(title="Odd state", notes=1))
    _set_meta(tmp_path, "bad-state", source_state={"size": "big"})
    entries = {entry.session: entry for entry in store.entries()}
    assert set(entries) == {"good", "bad-state"}
    assert entries["bad-state"].source_state is None


def test_a_damaged_process_id_names_no_running_process(tmp_path):
    _left_by_a_crash(tmp_path, "huge-pid")
    (tmp_path / "huge-pid.alive").unlink()
    _set_meta(tmp_path, "huge-pid", pid=2**40)
    assert [entry.session for entry in RecoveryStore(tmp_path).orphaned()] == ["huge-pid"]


def test_processes():
    assert process_alive(os.getpid())
    assert not process_alive(_dead_pid())
    assert not process_alive(0)
    assert not process_alive(2**40)
    assert not process_alive(2**80)
    assert still_running(_dead_pid(), "another-laptop")
    assert not still_running(_dead_pid(), this_host())


class FakeKernel32:
    """Windows' process calls, as `process_alive` makes them: pid 4242 runs, 7 is not ours."""

    def __init__(self):
        self.opened = []
        self.closed = []

    def OpenProcess(self, _access, _inherit, pid):
        self.opened.append(pid)
        return {4242: 99}.get(pid, 0)

    def GetExitCodeProcess(self, handle, code):
        code._obj.value = 259  # STILL_ACTIVE
        return 1

    def CloseHandle(self, handle):
        self.closed.append(handle)


def test_on_windows_a_process_is_asked_after_and_never_signalled(monkeypatch):
    """os.kill(pid, 0) on Windows terminates the process: the check must not use it."""
    from codesign.storage import processes

    kernel32 = FakeKernel32()
    monkeypatch.setattr(processes.os, "name", "nt")
    monkeypatch.setattr(processes.os, "kill", lambda *_args: pytest.fail("os.kill on Windows"))
    monkeypatch.setattr(processes, "_kernel32", lambda: kernel32)
    monkeypatch.setattr(processes, "_last_error", lambda: 5)  # access denied: another user's
    assert processes.process_alive(4242)
    assert kernel32.closed == [99]
    assert processes.process_alive(7)
    monkeypatch.setattr(processes, "_last_error", lambda: 87)  # invalid parameter: no such pid
    assert not processes.process_alive(1234)
    assert not processes.process_alive(2**32 + 4242)  # never cut down to pid 4242
    assert kernel32.opened == [4242, 7, 1234]


def test_a_folder_that_cannot_lock_falls_back_to_process_ids(tmp_path, monkeypatch):
    """Some network and USB file systems refuse every lock: that is not 'someone holds it'."""
    from codesign.storage import live_claim

    _left_by_a_crash(tmp_path, "crashed")
    _set_meta(tmp_path, "crashed", pid=_dead_pid())

    def no_locks_here(_descriptor):
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(live_claim, "_lock", no_locks_here)
    store = RecoveryStore(tmp_path)
    store.write("mine", b"{}", _details(title="Still open"))
    assert [entry.session for entry in store.orphaned()] == ["crashed"]
    [entry] = store.orphaned()
    assert store.adopt(entry)


def test_a_failed_adoption_leaves_the_copy_to_recover(tmp_path, monkeypatch):
    _left_by_a_crash(tmp_path, "crashed")
    store = RecoveryStore(tmp_path)
    [entry] = store.orphaned()

    def read_only(*_args, **_kwargs):
        raise SaveFailed(entry.board_file, "could not save: the place is read-only")

    monkeypatch.setattr("codesign.storage.recovery.atomic_write", read_only)
    with pytest.raises(SaveFailed):
        store.adopt(entry)
    assert [entry.session for entry in RecoveryStore(tmp_path).orphaned()] == ["crashed"]


def test_this_process_never_probes_its_own_claims(tmp_path, monkeypatch):
    """Where locks belong to the process (NFS), probing our own claim would drop it."""
    store = RecoveryStore(tmp_path)
    store.write("mine", b"{}", _details(title="Open here"))
    monkeypatch.setattr(
        "codesign.storage.recovery.held_by_a_running_process",
        lambda path: pytest.fail(f"probed {path.name}"),
    )
    assert store.orphaned() == []


def test_a_claim_being_checked_at_that_moment_is_still_taken(tmp_path):
    """Another Codesign's `orphaned()` holds the lock for an instant while it looks."""
    from codesign.storage import live_claim

    path = tmp_path / "crashed.alive"
    checker = live_claim.LiveClaim.take(path)
    assert checker is not None
    threading.Timer(live_claim.PAUSE_S / 2, checker.release).start()
    claim = live_claim.LiveClaim.take(path)
    assert claim is not None
    claim.release()


def test_a_description_one_autosave_behind_its_copy_is_read_from_the_copy(tmp_path):
    """A kill between writing the copy and writing its description left the dialog naming
    the copy before: its title and note count come from the copy itself then."""
    from codesign.model import Board, Note
    from codesign.storage import atomic_write, board_to_bytes

    store = RecoveryStore(tmp_path / "recovery")
    first = Board(title="Morning", items=(Note(id="n1"),))
    store.write("s1", board_to_bytes(first), _details(None, "Morning", 1))
    later = Board(title="Afternoon", items=(Note(id="n1"), Note(id="n2", x=200)))
    [entry] = store.entries()
    atomic_write(entry.board_file, board_to_bytes(later), keep_backup=False)  # then killed
    [entry] = store.entries()
    assert (entry.title, entry.notes) == ("Afternoon", 2)
