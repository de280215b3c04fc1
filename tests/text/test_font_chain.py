"""Which bundled face draws each character (codesign/text/font_chain.py): the primary face for
Welsh and most Latin text, a fallback face for every other script, a placeholder for none."""

import pytest

from codesign.resources import fonts_folder
from codesign.text.font_chain import (
    BOLD_FONT,
    FALLBACKS,
    PLACEHOLDER,
    PRIMARY,
    REGULAR_FONT,
    SCREEN_ONLY,
    covered,
    drawable,
    face_files,
    face_for,
    is_invisible,
    missing_characters,
)

WELSH = "Ŵ ŵ Ŷ ŷ â ê î ô û ŵ ŷ ï ë Ll Dd Ff Ng Rh Ch Th"


def test_the_primary_face_draws_every_welsh_letter_alone():
    assert covered(WELSH) and covered(WELSH, bold=True)
    assert {face_for(char) for char in WELSH if char != " "} == {REGULAR_FONT}
    assert face_for("ŵ", bold=True) == BOLD_FONT


@pytest.mark.parametrize(
    ("char", "face"),
    [
        ("س", "NotoSansArabic"),
        ("ש", "NotoSansHebrew"),
        ("ক", "NotoSansBengali"),
        ("→", "NotoSansSymbols"),
        ("🙂", "SymbolaEmoji"),
    ],
)
def test_other_scripts_find_their_fallback_face(char, face):
    assert not covered(char)
    assert face_for(char) == face


def test_every_face_file_in_the_chain_is_bundled():
    files = face_files()
    assert files[: len(PRIMARY)] == tuple(face.file for face in PRIMARY)
    assert set(SCREEN_ONLY) <= set(files)
    assert len(files) == len(PRIMARY) + len(FALLBACKS) + len(SCREEN_ONLY)
    for file in files:
        assert (fonts_folder() / file).is_file(), file


def test_joiners_and_direction_marks_are_invisible_not_missing():
    marks = "\u200d\u200f\u200e\ufe0f"
    assert all(is_invisible(char) for char in marks)
    assert not is_invisible("a")
    assert missing_characters(f"a{marks}b") == []


def test_missing_characters_are_named_once_in_order_and_drawn_as_a_placeholder():
    text = "\U00013000 Bore da \U00013001 \U00013000"
    assert missing_characters(text) == ["\U00013000", "\U00013001"]
    assert drawable(text) == f"{PLACEHOLDER} Bore da {PLACEHOLDER} {PLACEHOLDER}"
    assert drawable(WELSH) == WELSH
