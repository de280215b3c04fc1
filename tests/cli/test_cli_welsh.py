"""Cymraeg without Qt: the CLI, the file messages and the exports speak the reader's language.

The CLI follows the locale (LANG=cy_GB.UTF-8) or `--language cy`, and every message on the
way (a broken file, a wrong argument, a warning) and every heading an export writes comes
from the one catalogue, resources/translations/codesign_cy.ts, with Welsh plurals and dates.
"""

import datetime
import json

import pytest

from codesign.export import PdfOptions, export_file, import_file
from codesign.storage import save_board
from codesign.storage.fileformat import CURRENT_VERSION
from codesign.text.catalogue import speaking, system_language
from tests.boards import themed_board
from tests.cli.test_cli import codesign, wrapped

WELSH = "cy_GB.UTF-8"


@pytest.fixture
def board_file(tmp_path):
    path = tmp_path / "bwrdd.codesign.json"
    save_board(themed_board(), path)
    return path


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "cy_GB.UTF-8"}, "cy"),
        ({"LANG": "en_GB.UTF-8", "LC_ALL": "cy_GB.utf8"}, "cy"),
        ({"LANG": "cy_GB.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}, "en"),
        ({"LANG": "cy_GB.UTF-8", "LANGUAGE": "en_GB:en"}, "en"),
        ({"LANGUAGE": "cy:en", "LANG": "C.UTF-8"}, "cy"),
        ({"LANG": "C"}, "en"),
        ({}, "en"),
    ],
)
def test_the_system_language_is_read_as_gettext_reads_it(environ, expected):
    assert system_language(environ) == expected


def test_check_under_a_welsh_locale_summarises_in_welsh(board_file):
    result = codesign("check", board_file, locale=WELSH)
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith(
        ": dilys, 'All in this Together 2', 8 eitem: 4 nodyn, 2 thema, 1 label, "
        "1 cysylltydd; 2 cyfranogwr, 1 rownd bleidleisio\n"
    )


def test_language_option_beats_the_locale_either_way(board_file):
    english = codesign("--language", "en", "check", board_file, locale=WELSH)
    assert ": valid, " in english.stdout
    welsh = codesign("--language=cy", "check", board_file)
    assert ": dilys, " in welsh.stdout


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "does dim ffeil o’r fath"),
        ('{"hello": "world"}', "nid yw’n fwrdd Codesign"),
        ('{"format": "codesign-board", ', "nid yw’n JSON dilys (llinell 1"),
        (
            json.dumps({"format": "codesign-board", "version": 99, "board": {}}),
            f"fersiwn fformat ffeil 99; mae’r fersiwn hon yn darllen hyd at {CURRENT_VERSION}",
        ),
        (
            wrapped({"items": [{"id": "c", "kind": "cluster", "members": ["ghost"]}]}),
            "mae’r thema 'c' yn rhestru 'ghost', nad yw’n nodyn",
        ),
        (
            wrapped({"items": [{"id": "a", "kind": "note", "width": -3}]}),
            "bwrdd annilys yn $.board.items[0].width: dylai fod yn fwy na 0",
        ),
    ],
)
def test_a_broken_file_is_explained_in_welsh_on_one_line(tmp_path, content, expected):
    path = tmp_path / "drwg.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = codesign("check", path, locale=WELSH)
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"codesign: {path}: ") and expected in line, line


def test_help_and_argparse_complaints_are_welsh(board_file, tmp_path):
    shown = codesign("export", "--help", locale=WELSH).stdout
    assert shown.startswith("defnydd: codesign export [-h]")
    assert "dewisiadau:" in shown and "dangos y neges gymorth hon a gadael" in shown
    assert "show this help" not in shown and "options:" not in shown
    missing = codesign("export", board_file, locale=WELSH).stderr
    assert missing == ("codesign export: mae angen y dadleuon hyn: -o/--output (gweler --help)\n")
    wrong = codesign("export", board_file, "-o", tmp_path / "x.pdf", "--layout", "x", locale=WELSH)
    assert "dadl --layout: dewis annilys: 'x' (dewiswch o 'board'" in wrong.stderr


def test_welsh_pdf_export_counts_its_pages_in_welsh(board_file, tmp_path):
    result = codesign("export", board_file, "-o", tmp_path / "a.pdf", locale=WELSH)
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith(": wedi allforio 'All in this Together 2', 1 dudalen\n")


def test_canvas_warnings_are_welsh(board_file, tmp_path):
    result = codesign("export", board_file, "-o", tmp_path / "a.canvas", locale=WELSH)
    assert "codesign: rhybudd: 3 dot pleidleisio mewn 1 rownd wedi’u cadw" in result.stderr


def test_the_template_list_is_the_welsh_one(tmp_path):
    listed = codesign("templates", locale=WELSH).stdout.splitlines()
    assert [line.split()[0] for line in listed] == [
        "affinity-cy",
        "blank-cy",
        "empathy-map-cy",
        "how-might-we-cy",
        "serviceland-cy",
    ]
    assert "Bwrdd gwag" in listed[1]


def test_a_welsh_csv_has_welsh_headers_and_colours_and_reads_back(tmp_path):
    path = tmp_path / "nodiadau.csv"
    export_file(themed_board(), path, PdfOptions(language="cy"))
    header, first, *_rows = path.read_text(encoding="utf-8-sig").splitlines()
    assert header == "id,testun,lliw,thema,awdur,pleidleisiau"
    assert ",melyn,Communication,Ruth," in first
    back = import_file(path)
    notes = {item.id: item for item in back.items if item.kind == "note"}
    assert notes["n2"].colour == "pink" and notes["n1"].author == "Ruth"


def test_a_welsh_html_report_says_everything_in_welsh(tmp_path):
    board = themed_board().model_copy(update={"date": datetime.date(2026, 12, 6)})
    path = tmp_path / "adroddiad.html"
    export_file(board, path, PdfOptions(language="cy"))
    page = path.read_text(encoding="utf-8")
    assert '<html lang="cy">' in page
    assert "6 Rhagfyr 2026 · Hwylusydd: Becky · 4 nodyn" in page
    for heading in ("<h2>Themâu</h2>", "<h2>Canlyniadau’r pleidleisio</h2>"):
        assert heading in page
    assert ">Safle</th>" in page and "pleidlais)" in page
    for english in ("Themes", "Voting results", "Rank", "Facilitated", " notes", " votes"):
        assert english not in page, english


def test_welsh_counts_take_their_plural_forms_and_mutations():
    from codesign.text.catalogue import translate

    with speaking("cy"):
        pages = [translate("cli", "%n page(s)", "", n) for n in (0, 1, 2, 6, 9)]
        votes = [translate("report", "%n vote(s)", "", n) for n in (1, 3)]
    assert pages == ["0 tudalen", "1 dudalen", "2 tudalen", "6 tudalen", "9 tudalen"]
    assert votes == ["1 bleidlais", "3 pleidlais"]
