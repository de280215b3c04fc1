"""The CLI in a real subprocess: exit codes, one-line errors, never a traceback."""

import json
import os
import subprocess
import sys

import pytest

from codesign.storage import save_board
from tests.boards import themed_board


def codesign(*args, cwd=None, locale="C.UTF-8"):
    """The command in a subprocess, under `locale` whatever the machine's own is."""
    keep = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    return subprocess.run(
        [sys.executable, "-m", "codesign", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        env={**keep, "LANG": locale},
    )


def wrapped(board):
    return json.dumps({"format": "codesign-board", "version": 1, "board": board})


BAD_INPUTS = {
    "missing": (None, "no such file"),
    "folder": (None, "is a folder"),
    "invalid JSON": ('{"format": "codesign-board", ', "not valid JSON (line 1"),
    "binary junk": (b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "not a text file"),
    "deeply nested": ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    "newer version": (
        json.dumps({"format": "codesign-board", "version": 99, "board": {}}),
        "file format version 99; this version reads up to 2",
    ),
    "not a board": ('{"hello": "world"}', "not a Codesign board"),
    "wrong shape": (
        wrapped({"items": [{"id": "a", "kind": "note", "width": -3}]}),
        "$.board.items[0].width",
    ),
    "dangling member": (
        wrapped({"items": [{"id": "c", "kind": "cluster", "members": ["ghost"]}]}),
        "'ghost', not a note",
    ),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_exits_2_with_one_line_naming_the_file(tmp_path, case):
    content, expected = BAD_INPUTS[case]
    path = tmp_path / "board.json"
    if case == "folder":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    result = codesign("check", path)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(path) in lines[0]
    assert expected in lines[0]
    assert "Traceback" not in result.stderr


def test_check_summarises_a_good_board(tmp_path):
    path = tmp_path / "aitt.codesign.json"
    save_board(themed_board(), path)
    result = codesign("check", path)
    assert result.returncode == 0
    assert "4 notes, 2 clusters, 1 label, 1 connector" in result.stdout
    assert "2 participants, 1 voting round\n" in result.stdout


def test_new_from_a_template_then_check(tmp_path):
    out = tmp_path / "serviceland.codesign.json"
    assert codesign("new", "--template", "serviceland", "-o", out).returncode == 0
    result = codesign("check", out)
    assert result.returncode == 0 and "journey map" in result.stdout
    again = codesign("new", "-o", out)
    assert again.returncode == 2 and "already exists" in again.stderr


def test_templates_lists_blank_and_serviceland():
    names = [line.split()[0] for line in codesign("templates").stdout.splitlines()]
    assert {"blank", "serviceland"} <= set(names)


def test_unknown_template_is_one_line():
    result = codesign("new", "--template", "nope", "-o", "x.json")
    assert result.returncode == 2
    assert result.stderr.strip().startswith("codesign: no template called 'nope' (known: ")


def test_wrong_arguments_are_one_line():
    result = codesign("check")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1


def test_schema_is_json_schema_of_the_wrapper():
    schema = json.loads(codesign("schema").stdout)
    assert schema["properties"]["format"]["const"] == "codesign-board"
    assert "Note" in schema["$defs"]


def test_version():
    result = codesign("--version")
    assert result.returncode == 0 and result.stdout.startswith("codesign ")
