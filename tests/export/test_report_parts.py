"""The report's parts of a big journey map, read back from the PDF: one scale for every part
and an emotion curve that never runs off a page's edge."""

import pytest

from codesign.export.pdf import PdfOptions, pdf_bytes
from codesign.export.pdf.style import EMOTION, colour
from codesign.model import JourneyMap
from codesign.storage.templates import board_from_template
from tests.export.pdf_reading import reader, stroked_paths, text_sizes


@pytest.fixture(scope="module")
def part_pages():
    board = board_from_template("serviceland")
    pdf = reader(pdf_bytes(board, PdfOptions(layout="report")))
    titles = [entry["/Title"] for entry in pdf.outline]
    pages = [pdf.pages[i] for i, title in enumerate(titles) if ", part " in title]
    assert len(pages) >= 4
    return board, pages


def test_every_part_of_a_journey_map_is_printed_at_the_same_scale(part_pages):
    """A stage or lane header repeated on several parts is printed at one size everywhere
    (lane titles may wrap beside the emotion scale, so every stage title is what must be found)."""
    _board, pages = part_pages
    journey = next(iter(_board.of_kind(JourneyMap)))
    headers = {stage.title for stage in journey.stages} | {lane.title for lane in journey.lanes}
    sizes: dict[str, set[float]] = {}
    for page in pages:
        for text, found in text_sizes(page, bold=True).items():
            if text in headers:
                sizes.setdefault(text, set()).update(found)
    repeated = {text: found for text, found in sizes.items() if len(found) > 1}
    assert {stage.title for stage in journey.stages} <= set(sizes) and not repeated


def test_the_emotion_curve_is_never_cut_at_a_part_edge(part_pages):
    board, pages = part_pages
    journey = next(iter(board.of_kind(JourneyMap)))
    ink = colour(EMOTION)
    curves = 0
    for page in pages:
        for points, (x0, y0, x1, y1) in stroked_paths(page, (ink.red, ink.green, ink.blue)):
            curves += 1
            assert all(x0 <= x <= x1 and y0 <= y <= y1 for x, y in points)
    felt = [stage for stage in journey.stages if stage.emotion is not None]
    assert len(felt) > 3 and curves >= 2


def test_parts_are_cut_evenly_so_no_part_holds_a_lonely_stage(part_pages):
    board, pages = part_pages
    journey = next(iter(board.of_kind(JourneyMap)))
    stages = {stage.title for stage in journey.stages}
    for page in pages:
        shown = stages & set(text_sizes(page, bold=True))
        assert len(shown) >= 2
