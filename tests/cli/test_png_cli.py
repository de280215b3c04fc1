"""`codesign export BOARD -o OUT.png`: a headless render; orientation flags for PDF."""

import os
import subprocess
import sys

from PySide6.QtGui import QImage

from codesign.cli import main
from codesign.storage import save_board
from codesign.storage.templates import board_from_template
from tests.boards import themed_board


def run(capsys, *args):
    status = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return status, out, err


def test_png_of_serviceland(capsys, tmp_path):
    board = tmp_path / "serviceland.codesign.json"
    save_board(board_from_template("serviceland"), board)
    png = tmp_path / "serviceland.png"
    status, out, err = run(capsys, "export", board, "-o", png, "--scale", "0.5")
    assert (status, err) == (0, "")
    image = QImage(str(png))
    assert not image.isNull()
    assert f"{image.width()} × {image.height()} pixels" in out


def test_png_without_a_display_in_a_fresh_process(tmp_path):
    """The real command line: no display, no QT_QPA_PLATFORM, nothing but the board."""
    board = tmp_path / "board.codesign.json"
    save_board(themed_board(), board)
    png = tmp_path / "board.png"
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [sys.executable, "-m", "codesign", "export", str(board), "-o", str(png)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert png.read_bytes().startswith(b"\x89PNG")


def test_png_of_an_unknown_item_is_one_line(capsys, tmp_path):
    board = tmp_path / "board.codesign.json"
    save_board(themed_board(), board)
    png = tmp_path / "board.png"
    status, _out, err = run(capsys, "export", board, "-o", png, "--only", "nope")
    assert status == 2
    assert err.count("\n") == 1 and "nope" in err
    assert not png.exists()


def test_pdf_orientation_is_automatic_unless_asked(capsys, tmp_path):
    board = tmp_path / "serviceland.codesign.json"
    save_board(board_from_template("serviceland"), board)  # a wide journey map
    sizes = {}
    for flag in ("", "--portrait", "--landscape"):
        pdf = tmp_path / f"out{flag}.pdf"
        status, _out, err = run(capsys, "export", board, "-o", pdf, *([flag] if flag else []))
        assert status == 0 and all("note text prints at" in line for line in err.splitlines())
        sizes[flag] = _first_page_size(pdf.read_bytes())
    width, height = sizes[""]
    assert width > height
    assert sizes["--landscape"] == sizes[""]
    assert sizes["--portrait"] == (height, width)


def _first_page_size(data: bytes) -> tuple[float, float]:
    marker = data.index(b"/MediaBox [")
    numbers = data[marker + 11 : data.index(b"]", marker)].split()
    return float(numbers[2]), float(numbers[3])
