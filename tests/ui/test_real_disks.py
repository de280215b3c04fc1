"""Issue 8: a real full disk and a real read-only file system, not simulated errors.

Each test mounts a tiny tmpfs in a user namespace of its own (`unshare --user --map-root-user
--mount`), so it needs neither root nor a spare disk and runs the same for a developer and in
CI, where root would otherwise ignore folder permissions. Where the kernel allows no user
namespaces, the tests are skipped with that reason.
"""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
MOUNT_THEN_RUN = 'mount -t tmpfs -o size="$1" tmpfs "$2" && shift 2 && exec "$@"'


def in_a_tiny_file_system(size: str, folder: Path, *command: str) -> subprocess.CompletedProcess:
    unshare = ["unshare", "--user", "--map-root-user", "--mount"]
    return subprocess.run(
        [*unshare, "sh", "-c", MOUNT_THEN_RUN, "sh", size, str(folder), *command],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


@pytest.fixture(scope="module")
def _user_namespaces(tmp_path_factory) -> None:
    if shutil.which("unshare") is None:
        pytest.skip("no unshare command (util-linux)")
    trial = in_a_tiny_file_system("64k", tmp_path_factory.mktemp("trial"), "true")
    if trial.returncode:
        pytest.skip(f"cannot mount a tiny file system here: {trial.stderr.strip()}")


def run_session(scenario: str, folder: Path) -> dict:
    session = [sys.executable, "-m", "tests.ui.real_disk_session", scenario, str(folder)]
    finished = in_a_tiny_file_system("256k", folder, *session)
    assert finished.returncode == 0, finished.stderr
    return json.loads(finished.stdout.splitlines()[-1])


def assert_kept_open_and_unsaved(window: dict, reason: str) -> None:
    assert not window["saved"]
    assert len(window["shown"]) == 1
    assert reason in window["shown"][0] and "\n" not in window["shown"][0]
    assert window["dirty"] and window["open"]
    assert window["file_kept"] and window["backup_kept"]


def test_saving_onto_a_full_disk_says_so_and_loses_nothing(_user_namespaces, tmp_path):
    report = run_session("full", tmp_path)
    assert_kept_open_and_unsaved(report["window"], "the disk is full")
    assert "the disk is full" in report["recovery"]["reason"]
    assert report["recovery"]["copy_kept"]
    assert report["left"] == [  # no temporary file left behind
        "session-1.alive",
        "session-1.codesign.json",
        "session-1.meta.json",
        "visit.codesign.json",
        "visit.codesign.json.bak",
    ]


def test_saving_onto_a_read_only_file_system_says_so_and_loses_nothing(_user_namespaces, tmp_path):
    report = run_session("read-only", tmp_path)
    assert not report["lock"]  # the board still opens, without a lock file
    assert_kept_open_and_unsaved(report["window"], "the place is read-only")
    assert report["left"] == ["visit.codesign.json", "visit.codesign.json.bak"]
