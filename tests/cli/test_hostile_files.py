"""Files built to break the app: numbers too large to draw, ids that pose as internal records,
boards a billion units wide and symbolic-link loops. Each ends in one line and exit 2."""

import json
import os

import pytest

from codesign.cli import main


def note(note_id="n1", **fields):
    return {
        "id": note_id,
        "kind": "note",
        "z": 0,
        "x": 0.0,
        "y": 0.0,
        "width": 160.0,
        "height": 160.0,
        "text": "Letters arrive late",
    } | fields


def write_board(path, items, **board):
    path.write_text(
        json.dumps(
            {
                "format": "codesign-board",
                "version": 1,
                "board": {"title": "t", "items": items, **board},
            }
        ),
        encoding="utf-8",
    )
    return path


def run(capsys, *args):
    status = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return status, out, err


def test_a_stacking_order_too_large_to_draw_is_refused_on_check(capsys, tmp_path):
    board = tmp_path / "z.json"
    board.write_text(
        json.dumps(
            {"format": "codesign-board", "version": 1, "board": {"items": [note(z=0)]}}
        ).replace('"z": 0', '"z": 1' + "0" * 400),
        encoding="utf-8",
    )
    status, _out, err = run(capsys, "check", board)
    assert status == 2
    assert err.count("\n") == 1 and "$.board.items[0].z" in err


@pytest.mark.parametrize("note_id", ["\x00frame-order", "tab\there", "bell\x07", "nel\x85"])
def test_an_id_with_a_control_character_is_refused(capsys, tmp_path, note_id):
    board = write_board(tmp_path / "b.json", [note(note_id), note("n2")])
    status, _out, err = run(capsys, "check", board)
    assert status == 2
    assert "items[0].id: an id must be printable text (no control characters)" in err
    assert err.count("\n") == 1


def test_a_png_of_notes_a_billion_units_apart_is_refused_by_size(capsys, tmp_path):
    board = write_board(
        tmp_path / "far.json",
        [note("a", x=-1e9, y=-1e9), note("b", x=1e9 - 200, y=1e9 - 200)],
    )
    status, _out, err = run(capsys, "export", board, "-o", tmp_path / "far.png")
    assert status == 2
    assert "choose a smaller scale" in err and not (tmp_path / "far.png").exists()


def loop(tmp_path, name):
    suffix = name.rpartition(".")[2]
    os.symlink(tmp_path / f"other.{suffix}", tmp_path / name)
    os.symlink(tmp_path / name, tmp_path / f"other.{suffix}")
    return tmp_path / name


@pytest.mark.parametrize("name", ["out.pdf", "out.csv", "out.md", "out.canvas", "out.png"])
def test_exporting_into_a_link_loop_says_so(capsys, tmp_path, name):
    board = write_board(tmp_path / "b.json", [note()])
    status, _out, err = run(capsys, "export", board, "-o", loop(tmp_path, name))
    assert (status, err.count("\n")) == (2, 1)
    assert "symbolic link that loops back on itself" in err


@pytest.mark.parametrize("name", ["in.csv", "in.txt", "in.canvas", "in.pdf", "in.json"])
def test_reading_from_a_link_loop_says_so(capsys, tmp_path, name):
    source = loop(tmp_path, name)
    command = (
        ["check", source]
        if name.endswith(".json")
        else ["import", source, "-o", tmp_path / "new.json"]
    )
    status, _out, err = run(capsys, *command)
    assert (status, err.count("\n")) == (2, 1)
    assert "symbolic link that loops back on itself" in err


def test_importing_into_a_link_loop_says_so(capsys, tmp_path):
    text = tmp_path / "list.txt"
    text.write_text("Croeso\n", encoding="utf-8")
    status, _out, err = run(capsys, "import", text, "-o", loop(tmp_path, "b.json"))
    assert (status, err.count("\n")) == (2, 1)
    assert "symbolic link that loops back on itself" in err


@pytest.mark.parametrize("version", ["true", '"1"', "1.0"])
def test_a_version_that_is_not_a_whole_number_is_refused(capsys, tmp_path, version):
    board = tmp_path / "v.json"
    board.write_text(f'{{"format": "codesign-board", "version": {version}, "board": {{}}}}')
    status, _out, err = run(capsys, "check", board)
    assert status == 2 and "has no valid format version" in err


@pytest.mark.parametrize("name", ["two\nlines.json", "bell\x07.json", "esc\x1b[31m.json"])
def test_a_file_name_with_control_characters_gives_a_one_line_error(capsys, tmp_path, name):
    status, _out, err = run(capsys, "check", tmp_path / name)
    assert status == 2 and err.count("\n") == 1
    assert err.rstrip("\n").isprintable()
