"""A bilingual board's exports carry both texts, each marked with its language, and the PDF
speaks the board's language whatever the export asked for."""

import json

from pypdf import PdfReader

from codesign.export import PdfOptions, export_file
from codesign.export.canvas_export import board_to_canvas
from codesign.export.canvas_import import board_from_canvas
from codesign.export.csv_notes import board_from_csv
from codesign.model import Board, Cluster, Note
from codesign.model.bilingual import BoardLanguages

WELSH = "Mae'r llythyrau'n cyrraedd yn hwyr"
ENGLISH = "Letters arrive late"


def bilingual_board(shown="both") -> Board:
    note = Note(id="late", x=20, y=60, text=WELSH, text_alt=ENGLISH)
    theme = Cluster(
        id="comms", x=0, y=0, width=400, height=300, title="Cyfathrebu",
        title_alt="Communication", members=("late",),
    )  # fmt: skip
    return Board(
        title="Gweithdy",
        items=(theme, note),
        languages=BoardLanguages(primary="cy", secondary="en", shown=shown),
    )


def test_markdown_csv_and_html_carry_both_marked(tmp_path):
    board = bilingual_board()
    for suffix in (".md", ".csv", ".html"):
        export_file(board, tmp_path / f"out{suffix}")
    markdown = (tmp_path / "out.md").read_text(encoding="utf-8")
    assert "## (cy) Cyfathrebu / (en) Communication" in markdown
    assert "- (cy) Mae'r llythyrau'n cyrraedd yn hwyr\n  (en) *Letters arrive late*" in markdown
    rows = (tmp_path / "out.csv").read_text(encoding="utf-8-sig").splitlines()
    assert rows[0].endswith(
        "pleidleisiau,text_cy,text_en"
    )  # headings in the board's first language
    assert rows[1].endswith(f"{WELSH},{ENGLISH}")
    html = (tmp_path / "out.html").read_text(encoding="utf-8")
    assert f'<bdi lang="cy">{WELSH}</bdi>' in html
    assert f'<i><bdi lang="en">{ENGLISH}</bdi></i>' in html
    assert '<span lang="en">Communication</span>' in html


def test_json_canvas_shows_both_marked_and_reads_them_back_exactly():
    data, _warnings = board_to_canvas(bilingual_board())
    node = next(n for n in json.loads(data)["nodes"] if n["id"] == "late")
    assert node["text"] == f"[cy] {WELSH}\n\n[en] {ENGLISH}"
    back, _ = board_from_canvas(data, "board.canvas", "Gweithdy")
    assert back.by_id["late"].text_alt == ENGLISH and back.by_id["comms"].title_alt == (
        "Communication"
    )


def test_the_pdf_has_both_texts_and_the_boards_language(tmp_path):
    path = tmp_path / "out.pdf"
    export_file(bilingual_board("cy"), path, PdfOptions(layout="board", language="en"))
    reader = PdfReader(path)
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Mae'r llythyrau'n" in text and "Letters arrive" in text
    assert reader.trailer["/Root"]["/Lang"] == "cy-GB"
    content = reader.pages[0].get_contents().get_data()
    assert b"/Lang (en-GB)" in content and b"/Lang (cy-GB)" in content


def test_a_bilingual_csv_comes_back_as_a_bilingual_board(tmp_path):
    path = tmp_path / "notes.csv"
    export_file(bilingual_board(), path)
    back, warnings = board_from_csv(path.read_bytes(), "notes.csv", "Gweithdy")
    note = next(back.of_kind(Note))
    assert (note.text, note.text_alt) == (WELSH, ENGLISH) and warnings == []
    assert (back.languages.primary, back.languages.secondary) == ("cy", "en")
    english_only = b"text_en,colour\r\nLetters arrive late,blue\r\n"
    board, _ = board_from_csv(english_only, "en.csv", "Workshop")
    assert next(board.of_kind(Note)).text == ENGLISH and board.languages.primary == "en"
