"""Poster sheets with nothing on them are left out, and the index labels only the sheets
that are printed, read back from the PDF."""

import re

import pytest

from codesign.export.pdf import PdfOptions, count_pages, pdf_bytes
from codesign.storage.templates import board_from_template
from tests.export.pdf_reading import painted_inside_clip, reader

POSTERS = [
    ("affinity", PdfOptions(layout="poster", scale=2.0, landscape=True)),
    ("serviceland", PdfOptions(layout="poster", scale=1.0, landscape=True)),
    ("serviceland", PdfOptions(layout="poster", scale=2.0, paper="A3")),
]


@pytest.mark.parametrize(("template", "options"), POSTERS)
def test_no_poster_sheet_is_blank_and_the_index_names_exactly_the_sheets(template, options):
    board = board_from_template(template)
    data = pdf_bytes(board, options)
    pdf = reader(data)
    sheets = [entry["/Title"].removeprefix("Sheet ") for entry in pdf.outline[1:]]
    blank = [
        label
        for label, page in zip(sheets, pdf.pages[1:], strict=True)
        if not painted_inside_clip(page)
    ]
    assert sheets and not blank
    index = pdf.pages[0].extract_text()
    assert set(re.findall(r"\b[A-Z]+\d+\b", index)) == set(sheets)
    assert f"{len(sheets)} sheets" in index
    assert len(pdf.pages) == count_pages(board, options)


def test_a_sheet_names_only_printed_neighbours():
    board = board_from_template("affinity")
    pdf = reader(pdf_bytes(board, POSTERS[0][1]))
    sheets = {entry["/Title"].removeprefix("Sheet ") for entry in pdf.outline[1:]}
    for page in pdf.pages[1:]:
        for neighbour in re.findall(r"(?:right|below): ([A-Z]+\d+)", page.extract_text()):
            assert neighbour in sheets
