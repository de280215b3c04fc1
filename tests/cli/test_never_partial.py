"""`codesign import` and `codesign check` on broken input: exit 2 with one line on stderr, and
never a partial file. A failed import leaves no output and no temporary file behind, and a file
already at the output path keeps every byte."""

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codesign.cli import main
from codesign.export.canvas_export import board_to_canvas
from codesign.export.csv_notes import notes_to_csv
from codesign.storage import board_to_bytes, load_board
from tests.boards import themed_board
from tests.fuzzing import damaged_bytes

BROKEN_INPUTS = {
    "bad.canvas": b'{"nodes": [{"id": "a", "type": "text"}]}',
    "surrogate.canvas": b'{"nodes": [{"id": "a", "type": "text", "x": 0, "y": 0, "width": 9,'
    b' "height": 9, "text": "\\ud800"}]}',
    "huge.canvas": b'{"nodes": [{"id": "a", "type": "text", "x": 1' + b"0" * 500 + b"}]}",
    "ragged.csv": b"text,colour\na,b,c\n",
    "binary.txt": b"\x00\x01\x02",
    "plain.pdf": b"%PDF-1.4 nothing",
    "notes.docx": b"PK\x03\x04",
}


def run(capsys, *args: object) -> tuple[int, str]:
    status = main([str(arg) for arg in args])
    _out, err = capsys.readouterr()
    return status, err


def assert_clean_failure(status: int, err: str) -> None:
    assert status == 2
    assert err.startswith("codesign: ") and err.count("\n") == 1, err


@pytest.mark.parametrize("name", sorted(BROKEN_INPUTS))
def test_a_failed_import_writes_nothing(capsys, tmp_path, name):
    source = tmp_path / name
    source.write_bytes(BROKEN_INPUTS[name])
    status, err = run(capsys, "import", source, "-o", tmp_path / "out.codesign.json")
    assert_clean_failure(status, err)
    assert os.listdir(tmp_path) == [name]


@pytest.mark.parametrize("force", [True, False])
@pytest.mark.parametrize("name", ["bad.canvas", "surrogate.canvas", "ragged.csv"])
def test_a_failed_import_leaves_the_old_output_alone(capsys, tmp_path, name, force):
    source = tmp_path / name
    source.write_bytes(BROKEN_INPUTS[name])
    output = tmp_path / "board.codesign.json"
    output.write_bytes(board_to_bytes(themed_board()))
    before = output.stat()
    status, err = run(capsys, "import", source, "-o", output, *(["--force"] if force else []))
    assert_clean_failure(status, err)
    assert output.read_bytes() == board_to_bytes(themed_board())
    assert output.stat().st_mtime_ns == before.st_mtime_ns
    assert sorted(os.listdir(tmp_path)) == sorted([name, output.name])


def test_an_import_into_a_missing_folder_fails_cleanly(capsys, tmp_path):
    source = tmp_path / "list.txt"
    source.write_text("Croeso\n", encoding="utf-8")
    status, err = run(capsys, "import", source, "-o", tmp_path / "nowhere" / "b.codesign.json")
    assert_clean_failure(status, err)
    assert os.listdir(tmp_path) == ["list.txt"]


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\xff\xfe\x00",
        b'{"format": "codesign-board", "version": 1, "board": {"title": "\\ud800"}}',
        b'{"format": "codesign-board", "version": 1, "board": {"items": [{"kind": []}]}}',
        b'{"format": "codesign-board", "version": 1, "board": ' + b"[" * 50_000,
    ],
)
def test_check_explains_a_broken_board_and_changes_nothing(capsys, tmp_path, data):
    board = tmp_path / "broken.codesign.json"
    board.write_bytes(data)
    status, err = run(capsys, "check", board)
    assert_clean_failure(status, err)
    assert str(board) in err
    assert board.read_bytes() == data
    assert os.listdir(tmp_path) == [board.name]


SEEDS = {
    ".canvas": board_to_canvas(themed_board())[0],
    ".csv": notes_to_csv(themed_board()),
    ".txt": b"Croeso\nPlain English letters\n",
}


@settings(
    max_examples=max(10, settings().max_examples // 4),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(suffix=st.sampled_from(sorted(SEEDS)), data=st.data())
def test_damaged_imports_end_in_a_board_or_nothing(suffix, data):
    """Whatever arrives, the output folder ends up with a loadable board or with nothing new."""
    damaged = data.draw(damaged_bytes(SEEDS[suffix]), label="input")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"in{suffix}"
        source.write_bytes(damaged)
        output = Path(folder) / "out.codesign.json"
        status = main(["import", str(source), "-o", str(output)])
        if status == 0:
            load_board(output)
            assert sorted(os.listdir(folder)) == sorted([source.name, output.name])
        else:
            assert status == 2
            assert os.listdir(folder) == [source.name]


@pytest.mark.timeout(20)
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
@pytest.mark.parametrize("command", ["check", "import"])
def test_a_pipe_or_a_device_is_refused_not_waited_on(capsys, tmp_path, command):
    pipe = tmp_path / "pipe.canvas"
    os.mkfifo(pipe)
    for special in (pipe, Path(os.devnull)):
        args = ["-o", tmp_path / "out.codesign.json"] if command == "import" else []
        status, err = run(capsys, command, special, *args)
        assert_clean_failure(status, err)
        assert "not a regular file" in err or "cannot import" in err


@pytest.mark.parametrize("extra", [(), ("--force",)])
def test_an_import_may_not_write_over_the_file_it_reads(capsys, tmp_path, extra):
    source = tmp_path / "notes.csv"
    source.write_bytes(notes_to_csv(themed_board()))
    status, err = run(capsys, "import", source, "-o", source, *extra)
    assert_clean_failure(status, err)
    assert "is the file being read" in err
    assert source.read_bytes() == notes_to_csv(themed_board())
