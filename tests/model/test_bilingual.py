"""Bilingual boards in the model: which text shows for each choice, with fallbacks."""

import pytest
from pydantic import ValidationError

from codesign.model import Note
from codesign.model.bilingual import BoardLanguages, pair_for_second, shown_texts
from codesign.model.items import MAX_NOTE_TEXT

PAIR = BoardLanguages(primary="cy", secondary="en", shown="both")


def texts(text, alt, languages=PAIR, shown=None):
    return [(t.text, t.language, t.second) for t in shown_texts(text, alt, languages, shown)]


def test_both_shows_the_first_then_the_second_marked_as_second():
    assert texts("Cyfathrebu", "Communication") == [
        ("Cyfathrebu", "cy", False),
        ("Communication", "en", True),
    ]


def test_one_language_shows_that_one_and_falls_back_when_a_text_is_missing():
    assert texts("Cyfathrebu", "Communication", shown="en") == [("Communication", "en", False)]
    assert texts("Cyfathrebu", "Communication", shown="cy") == [("Cyfathrebu", "cy", False)]
    assert texts("Cyfathrebu", "", shown="en") == [("Cyfathrebu", "cy", False)]
    assert texts("", "Communication", shown="cy") == [("Communication", "en", False)]
    assert texts("Cyfathrebu", "Communication", languages=None) == [("Cyfathrebu", None, False)]


def test_the_projector_has_its_own_choice_and_exports_speak_the_board():
    languages = PAIR.model_copy(update={"projector": "en"})
    assert languages.on_projector == "en" and PAIR.on_projector == "both"
    assert PAIR.export_language() == "cy"
    assert PAIR.model_copy(update={"shown": "en"}).export_language() == "en"
    assert pair_for_second("cy") == BoardLanguages(primary="en", secondary="cy")


def test_two_languages_must_differ_and_second_texts_are_bounded():
    with pytest.raises(ValidationError, match="both 'cy'"):
        BoardLanguages(primary="cy", secondary="cy")
    with pytest.raises(ValidationError):
        Note(id="n", text_alt="x" * (MAX_NOTE_TEXT + 1))
