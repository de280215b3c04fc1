"""Widths from the bundled faces' metrics (codesign/text/fonts.py), without Qt: the numbers
the canvas and the PDF both wrap by."""

import pytest

from codesign.text.fonts import run_width, text_width
from codesign.text.runs import font_runs


def test_widths_scale_with_size_and_add_up_along_a_line():
    assert text_width("", 12) == 0
    assert text_width("Bore da", 20) == pytest.approx(2 * text_width("Bore da", 10))
    assert text_width("Bore da", 10) == pytest.approx(
        text_width("Bore", 10) + text_width(" ", 10) + text_width("da", 10)
    )


def test_welsh_accented_letters_are_as_wide_as_the_face_draws_them():
    """ŵ and ŷ are in the primary face's table, not measured as a missing glyph."""
    assert text_width("ŵ", 10) == pytest.approx(text_width("w", 10))
    assert text_width("ŷ", 10) == pytest.approx(text_width("y", 10))
    assert text_width("Ŵ", 10) > text_width("ŵ", 10)


def test_bold_is_wider_than_regular():
    assert text_width("Gwasanaethau", 10, bold=True) > text_width("Gwasanaethau", 10)


@pytest.mark.parametrize("text", ["سلام عليكم", "שלום", "আমাদের", "中文信件", "→ ✓ 🙂"])
def test_other_scripts_are_measured_by_their_own_faces(text):
    width = text_width(text, 10)
    assert width > 0
    assert width == pytest.approx(sum(run_width(run, 10) for run in font_runs(text)))


def test_a_very_long_word_costs_no_more_than_its_letters():
    word = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch" * 20
    assert text_width(word, 10) == pytest.approx(20 * text_width(word[: len(word) // 20], 10))
