"""Find's matching rules, without Qt."""

from codesign.model import Note
from codesign.ui.editing.find_bar import find_notes, folded


def test_folding_drops_case_accents_and_extra_spaces():
    assert folded("  Ŵyr  a WYRESAU  ") == "wyr a wyresau"
    assert folded("Café") == "cafe"
    assert folded("Straße") == "strasse"


def test_matches_come_in_reading_order():
    notes = [
        Note(id="low", x=0, y=500, text="Croeso i'r Gymraeg"),
        Note(id="right", x=400, y=0, text="gymraeg first"),
        Note(id="left", x=0, y=0, text="Dim Gymraeg? Ask"),
        Note(id="other", x=0, y=0, text="Plain English"),
    ]
    assert find_notes(notes, "GYMRAEG") == ["left", "right", "low"]
    assert find_notes(notes, "   ") == []
    assert find_notes(notes, "plain  english") == ["other"]
