"""`codesign export` and `codesign import`: files out and in, one-line errors with exit 2, and
a failed export never touching the file already at the output path."""

import re

import pytest

from codesign.cli import main
from codesign.storage import load_board, save_board
from tests.boards import themed_board


@pytest.fixture
def board_file(tmp_path):
    path = tmp_path / "board.codesign.json"
    save_board(themed_board(), path)
    return path


def run(capsys, *args):
    status = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("layout", ["board", "poster", "report"])
def test_pdf_export_then_import_recovers_the_board(capsys, tmp_path, board_file, layout):
    pdf = tmp_path / "record.pdf"
    status, out, err = run(
        capsys, "export", board_file, "-o", pdf, "--layout", layout, "--paper", "A3", "--landscape"
    )
    assert (status, err) == (0, "")
    assert re.search(r", [0-9]+ pages?\n", out)
    back = tmp_path / "back.codesign.json"
    status, out, err = run(capsys, "import", pdf, "-o", back)
    assert (status, err) == (0, "")
    assert load_board(back) == themed_board()


@pytest.mark.parametrize("suffix", [".canvas", ".csv", ".md"])
def test_other_formats_export(capsys, tmp_path, board_file, suffix):
    output = tmp_path / f"out{suffix}"
    status, _out, err = run(capsys, "export", board_file, "-o", output, "--anonymous")
    assert status == 0
    assert output.exists() and "Ruth" not in output.read_text(encoding="utf-8-sig")
    if suffix == ".canvas":
        assert "warning: 3 vote dots in 1 round kept for Codesign only" in err


def test_canvas_and_text_import(capsys, tmp_path, board_file):
    canvas = tmp_path / "board.canvas"
    run(capsys, "export", board_file, "-o", canvas)
    status, out, _err = run(capsys, "import", canvas, "-o", tmp_path / "a.json")
    assert status == 0 and "4 notes, 2 clusters" in out
    text = tmp_path / "list.txt"
    text.write_text("Croeso\n\nPlain English letters\n", encoding="utf-8")
    status, out, _err = run(capsys, "import", text, "-o", tmp_path / "b.json")
    assert status == 0 and "2 notes" in out


def bad_canvas(tmp_path):
    path = tmp_path / "bad.canvas"
    path.write_text(
        '{"nodes": [{"id": "a", "type": "text", "x": 0, "y": 0, "width": 9, "height": 9}],'
        ' "edges": [{"id": "e", "fromNode": "a", "toNode": "gone"}]}'
    )
    return path


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (bad_canvas, "edge 'e' points at missing node 'gone'"),
        (lambda t: write(t, "broken.canvas", b'{"nodes": ['), "not valid JSON"),
        (lambda t: write(t, "ragged.csv", b"text,colour\na,b,c\n"), "line 2 has 3 fields"),
        (lambda t: write(t, "plain.pdf", b"%PDF-1.4 nothing"), "not a readable PDF"),
        (lambda t: write(t, "notes.docx", b"PK"), "cannot import .docx"),
        (lambda t: t / "missing.csv", "no such file"),
    ],
)
def test_bad_imports_fail_in_one_line_and_write_nothing(capsys, tmp_path, make, message):
    output = tmp_path / "out.json"
    status, _out, err = run(capsys, "import", make(tmp_path), "-o", output)
    assert status == 2
    assert message in err and err.count("\n") == 1
    assert not output.exists()


def test_a_pdf_without_a_board_is_explained(capsys, tmp_path, board_file):
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "other.pdf"
    canvas = Canvas(str(path))
    canvas.drawString(72, 72, "Minutes of the meeting")
    canvas.save()
    status, _out, err = run(capsys, "import", path, "-o", tmp_path / "out.json")
    assert status == 2 and "has no Codesign board inside" in err


def test_import_does_not_overwrite_without_force(capsys, tmp_path, board_file):
    text = tmp_path / "list.txt"
    text.write_text("one\n")
    status, _out, err = run(capsys, "import", text, "-o", board_file)
    assert status == 2 and "already exists" in err
    assert load_board(board_file) == themed_board()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--paper", "B5"], "unknown paper size 'B5'"),
        (["--scale", "0"], "scale 0.0 is out of range"),
        (["--only", "nope"], "no item with id 'nope'"),
    ],
)
def test_a_failed_export_leaves_the_existing_file_alone(
    capsys, tmp_path, board_file, options, message
):
    output = tmp_path / "record.pdf"
    output.write_bytes(b"the previous record")
    status, _out, err = run(capsys, "export", board_file, "-o", output, "--force", *options)
    assert status == 2 and message in err and err.count("\n") == 1
    assert output.read_bytes() == b"the previous record"


def test_export_keeps_a_file_already_there_unless_forced(capsys, tmp_path, board_file):
    output = tmp_path / "record.md"
    output.write_bytes(b"last week's record")
    status, _out, err = run(capsys, "export", board_file, "-o", output)
    assert status == 2 and "already exists (use --force to overwrite it)" in err
    assert output.read_bytes() == b"last week's record"
    status, _out, err = run(capsys, "export", board_file, "-o", output, "--force")
    assert status == 0 and output.read_bytes() != b"last week's record"


def test_unknown_formats_are_explained(capsys, tmp_path, board_file):
    status, _out, err = run(capsys, "export", board_file, "-o", tmp_path / "b.docx")
    assert status == 2 and "cannot export to .docx" in err
    assert not (tmp_path / "b.docx").exists()


def test_export_into_a_missing_folder_is_one_line(capsys, tmp_path, board_file):
    status, _out, err = run(capsys, "export", board_file, "-o", tmp_path / "no" / "x.pdf")
    assert status == 2 and "the folder does not exist" in err


def test_html_report_export_holds_the_board_picture(capsys, tmp_path, board_file):
    report = tmp_path / "report.html"
    status, _out, err = run(capsys, "export", board_file, "-o", report)
    assert (status, err) == (0, "")
    html = report.read_text(encoding="utf-8")
    assert '<img src="data:image/png;base64,' in html
    assert "Tell it once: share my story across teams" in html


def test_a_character_no_font_has_is_one_warning_line(capsys, tmp_path):
    from codesign.model import Board, Note

    source = tmp_path / "rare.codesign.json"
    save_board(Board(title="Rare", items=(Note(id="n", text="Sign \U00013000 ok"),)), source)
    status, _out, err = run(capsys, "export", source, "-o", tmp_path / "rare.pdf")
    assert status == 0
    assert err == (
        "codesign: warning: 1 character no bundled font can draw (U+13000) shown as \ufffd\n"
    )


def test_a_report_and_a_poster_can_be_exported_in_welsh(capsys, tmp_path, board_file):
    from pypdf import PdfReader

    pdf = tmp_path / "adroddiad.pdf"
    status, _out, err = run(
        capsys, "export", board_file, "-o", pdf, "--layout", "report", "--language", "cy"
    )
    assert (status, err) == (0, "")
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Atodiad: pob nodyn fesul thema" in text
    poster = tmp_path / "poster.pdf"
    status, _out, err = run(
        capsys, "export", board_file, "-o", poster, "--layout", "poster", "--language", "cy"
    )
    assert (status, err) == (0, "")
    text = " ".join(page.extract_text() for page in PdfReader(poster).pages)
    assert "mynegai’r poster" in text and "rhes A, colofn 1" in text
    status, _out, err = run(capsys, "export", board_file, "-o", pdf, "--language", "fr")
    assert status == 2 and "invalid choice: 'fr'" in err


def test_markdown_can_be_exported_in_welsh(capsys, tmp_path, board_file):
    output = tmp_path / "cofnod.md"
    status, _out, err = run(capsys, "export", board_file, "-o", output, "--language", "cy")
    assert (status, err) == (0, "")
    text = output.read_text(encoding="utf-8")
    assert "pleidlais" in text and "vote" not in text


def test_a_pdf_brings_its_pictures_back(capsys, tmp_path):
    """The PDF carries the board's zip, pictures and all: imported in a Codesign that has
    never seen the photos (the store emptied), the board comes back with them."""
    from codesign.storage.container import is_container
    from codesign.storage.media import media_store
    from tests.storage.test_pictures_container import picture_board

    board = picture_board(3, "Wall")
    photos = {d: media_store().get(d).data for d in (p.media for p in board.items[:3])}
    source = tmp_path / "wall.codesign.json"
    save_board(board, source)
    pdf = tmp_path / "record.pdf"
    assert run(capsys, "export", source, "-o", pdf)[0] == 0
    media_store().keep_only(set())
    back = tmp_path / "back.codesign.json"
    status, _out, err = run(capsys, "import", pdf, "-o", back)
    assert (status, err) == (0, "")
    assert is_container(back.read_bytes())
    media_store().keep_only(set())
    assert load_board(back) == board
    assert {d: media_store().get(d).data for d in photos} == photos
