"""A board PDF that would print note text too small to read says which paper does better,
and that paper really prints it at a readable size."""

import pytest

from codesign.cli import main
from codesign.export.pdf import PdfOptions, pdf_bytes
from codesign.export.pdf.legibility import READABLE_POINTS, small_text
from codesign.model import Note
from codesign.storage import save_board
from codesign.storage.templates import board_from_template
from tests.boards import wall_of_notes
from tests.export.pdf_reading import reader, text_sizes


def note_text_sizes(board, options) -> set[float]:
    """The sizes every note's first line is printed at."""
    firsts = {note.text.split()[0] for note in board.of_kind(Note)}
    sizes = text_sizes(reader(pdf_bytes(board, options)).pages[0])
    return {size for text, found in sizes.items() if text.split()[0] in firsts for size in found}


def test_a_28_note_wall_on_a4_is_said_to_be_too_small_and_a3_reads():
    board = wall_of_notes()
    options = PdfOptions(paper="A4")
    small = small_text(board, options)
    assert small is not None and small.paper == "A3"
    assert min(note_text_sizes(board, options)) == pytest.approx(small.points, abs=0.05)
    assert min(note_text_sizes(board, PdfOptions(paper=small.paper))) >= READABLE_POINTS
    assert small_text(board, PdfOptions(paper=small.paper)) is None


def test_only_the_board_layout_is_checked_and_a_small_board_passes():
    assert small_text(wall_of_notes(), PdfOptions(layout="poster")) is None
    assert small_text(board_from_template("empathy-map"), PdfOptions()) is None


def test_the_cli_says_in_one_line_which_paper_or_layout_prints_it_readably(capsys, tmp_path):
    source = tmp_path / "wall.codesign.json"
    save_board(wall_of_notes(), source)
    assert main(["export", str(source), "-o", str(tmp_path / "wall.pdf"), "--portrait"]) == 0
    _out, err = capsys.readouterr()
    assert err.count("\n") == 1
    assert err.startswith("codesign: warning: note text prints at ")
    assert "use --paper A3 or --layout poster" in err
    assert (
        main(["export", str(source), "-o", str(tmp_path / "a3.pdf"), "--paper", "A3", "--portrait"])
        == 0
    )
    assert capsys.readouterr()[1] == ""
