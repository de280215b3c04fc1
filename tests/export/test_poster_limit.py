"""A poster has a sheet limit, refused at once with the scale that fits; a board a billion
units wide asked for 10^13 sheets and hung."""

import pytest

from codesign.cli import main
from codesign.export.pdf import PdfOptions, count_pages
from codesign.export.pdf.poster_layout import MAX_SHEETS
from codesign.model import Board, Note
from codesign.storage import save_board
from tests.boards import themed_board


def run(capsys, *args):
    status = main([str(arg) for arg in args])
    return status, capsys.readouterr().err


@pytest.mark.timeout(300)  # a hang guard: it used to run for hours
def test_too_many_sheets_is_refused_at_once_naming_a_scale_that_fits(capsys, tmp_path):
    board = tmp_path / "b.json"
    save_board(themed_board(), board)
    out = tmp_path / "poster.pdf"
    status, err = run(capsys, "export", board, "-o", out, "--layout", "poster", "--scale", "100")
    assert status == 2 and not out.exists()
    assert f"(at most {MAX_SHEETS})" in err and err.count("\n") == 1
    fitting = float(err.split("a scale of ")[1].split(" or less")[0])
    assert count_pages(themed_board(), PdfOptions(layout="poster", scale=fitting)) <= MAX_SHEETS + 1
    status, _err = run(capsys, "export", board, "-o", out, "--layout", "poster", "--scale", fitting)
    assert status == 0 and out.exists()


@pytest.mark.parametrize("scale", ["1", "0.01"])
@pytest.mark.timeout(300)
def test_a_board_a_billion_units_wide_prints_only_the_sheets_with_notes(capsys, tmp_path, scale):
    """The grid over it is 10^13 sheets, but blank sheets are left out: two notes, a few
    sheets, at once."""
    far = Board(items=(Note(id="a", x=-1e9, y=-1e9), Note(id="b", x=1e9 - 200, y=1e9 - 200)))
    board = tmp_path / "far.json"
    save_board(far, board)
    out = tmp_path / "poster.pdf"
    status, _err = run(capsys, "export", board, "-o", out, "--layout", "poster", "--scale", scale)
    assert status == 0 and count_pages(far, PdfOptions(layout="poster", scale=float(scale))) <= 5


def test_notes_spread_over_more_sheets_than_allowed_at_any_scale_are_refused(capsys, tmp_path):
    spread = Board(
        items=tuple(Note(id=f"n{i}", x=i * 1_000_000.0, y=0) for i in range(MAX_SHEETS + 100))
    )
    board = tmp_path / "spread.json"
    save_board(spread, board)
    out = tmp_path / "poster.pdf"
    status, err = run(capsys, "export", board, "-o", out, "--layout", "poster", "--scale", "1")
    assert status == 2 and "export the board layout instead" in err and not out.exists()
