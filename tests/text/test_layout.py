"""The one layout rule for notes and labels (codesign/text/layout.py): as large as fits, words
kept whole where they can be, and an overflow said rather than hidden."""

import pytest

from codesign.text import (
    LINE_SPACING,
    NOTE_MAX_FONT_SIZE,
    NOTE_MIN_FONT_SIZE,
    NOTE_PADDING,
    layout_label_text,
    layout_note_text,
    layout_text,
    text_width,
    visible_lines,
)

NOTE = 160.0
INSIDE = NOTE - 2 * NOTE_PADDING


def fits(layout, width: float = INSIDE, bold: bool = False) -> bool:
    return all(text_width(line, layout.font_size, bold) <= width + 1e-6 for line in layout.lines)


def test_a_short_note_takes_the_largest_size():
    layout = layout_note_text("Bore da", NOTE, NOTE)
    assert layout.font_size == NOTE_MAX_FONT_SIZE
    assert layout.lines == ("Bore da",)
    assert layout.line_height == NOTE_MAX_FONT_SIZE * LINE_SPACING
    assert not layout.overflows


def test_welsh_wraps_between_words_and_keeps_every_word_whole():
    text = "Mae angen gwasanaethau Cymraeg ym mhob meddygfa, â’r ŵyn a’r ŷd"
    layout = layout_note_text(text, NOTE, NOTE)
    assert " ".join(layout.lines) == text
    assert all(word in text.split() for line in layout.lines for word in line.split())
    assert fits(layout) and layout.height <= INSIDE and not layout.overflows


def test_more_text_gets_a_smaller_size_in_half_steps():
    sizes = [layout_note_text("gair " * n, NOTE, NOTE).font_size for n in (1, 10, 25)]
    assert sizes == sorted(sizes, reverse=True) and sizes[0] > sizes[-1]
    assert all((size * 2).is_integer() for size in sizes)


def test_a_very_long_word_is_split_between_letters_and_loses_nothing():
    word = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"
    layout = layout_note_text(word, NOTE, NOTE)
    assert len(layout.lines) > 1
    assert "".join(layout.lines) == word
    assert fits(layout)


def test_above_the_smallest_size_a_split_word_counts_as_not_fitting():
    """A split word is a last resort: a size where words stay whole wins if there is one."""
    word = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"
    layout = layout_text(word, INSIDE, 1000.0, NOTE_MAX_FONT_SIZE, NOTE_MIN_FONT_SIZE)
    assert layout.font_size == NOTE_MIN_FONT_SIZE


def test_text_that_cannot_fit_says_so_at_the_smallest_size():
    layout = layout_note_text("gair " * 400, NOTE, NOTE)
    assert layout.font_size == NOTE_MIN_FONT_SIZE
    assert layout.overflows
    assert layout.height > INSIDE


def test_a_projector_minimum_size_may_overflow_rather_than_shrink():
    layout = layout_note_text("gair " * 60, NOTE, NOTE, min_size=18.0)
    assert layout.font_size >= 18.0 and layout.overflows


def test_line_breaks_and_empty_lines_are_kept():
    assert layout_note_text("un\n\ndau", NOTE, NOTE).lines == ("un", "", "dau")
    assert layout_note_text("", NOTE, NOTE).lines == ("",)


def test_mixed_scripts_in_one_note_each_keep_their_letters():
    text = "Cymraeg English عربي עברית বাংলা 中文 🙂"
    layout = layout_note_text(text, NOTE, NOTE)
    assert " ".join(layout.lines).replace(" ", "") == text.replace(" ", "")
    assert fits(layout)


def test_a_label_keeps_its_own_size_when_it_fits_and_shrinks_when_it_does_not():
    roomy = layout_label_text("Canlyniadau", 400, 60, 28, bold=True)
    assert roomy.font_size == 28 and roomy.lines == ("Canlyniadau",)
    tight = layout_label_text("Canlyniadau pleidleisio’r prynhawn", 120, 40, 28, bold=True)
    assert 10 <= tight.font_size < 28
    assert fits(tight, 120, bold=True)


@pytest.mark.parametrize("lines", [1, 3])
def test_visible_lines_end_a_cut_with_an_ellipsis(lines):
    layout = layout_note_text("gair " * 400, NOTE, NOTE)
    height = 2 * NOTE_PADDING + lines * layout.line_height
    shown = visible_lines(layout, height)
    assert len(shown) == lines and shown[-1].endswith("…")
    short = layout_note_text("Bore da", NOTE, NOTE)
    assert visible_lines(short, NOTE) == short.lines
