"""Translation without Qt (codesign/text/catalogue.py): the Welsh catalogue read from the same
.ts file the app uses, plural forms as Qt picks them, and the language set per export."""

import threading

import pytest

from codesign.text.catalogue import (
    catalogue_pairs,
    english_plural,
    language,
    marked,
    speaking,
    translate,
    welsh_form,
)


@pytest.mark.parametrize(
    ("n", "form"), [(0, 0), (1, 1), (2, 2), (3, 2), (5, 2), (6, 3), (7, 4), (11, 4), (100, 4)]
)
def test_welsh_plural_forms_follow_qts_five(n, form):
    assert welsh_form(n) == form


def test_english_plurals_resolve_s_and_es():
    assert english_plural("%n note(s)", 1) == "%n note"
    assert english_plural("%n note(s)", 2) == "%n notes"
    assert english_plural("%n box(es)", 0) == "%n boxes"


def test_english_reads_its_sources_and_fills_counts():
    assert language() == "en"
    assert translate("report", "Voting results") == "Voting results"
    assert translate("report", "%n vote(s)", n=1) == "1 vote"


def test_speaking_welsh_translates_inside_the_block_only():
    with speaking("cy"):
        assert language() == "cy"
        assert translate("report", "Voting results") == "Canlyniadau’r pleidleisio"
    assert translate("report", "Voting results") == "Voting results"


def test_an_unknown_language_falls_back_to_english():
    with speaking("fr"):
        assert language() == "en"


def test_the_language_belongs_to_the_thread_that_set_it():
    """A PDF written on a worker thread in Welsh leaves the window's English alone."""
    seen: list[str] = []

    def worker() -> None:
        with speaking("cy"):
            seen.append(translate("report", "Voting results"))

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert seen == ["Canlyniadau’r pleidleisio"]
    assert translate("report", "Voting results") == "Voting results"


def test_the_welsh_catalogue_has_finished_entries_and_english_has_none():
    pairs = catalogue_pairs("cy")
    assert pairs and all(translation for _context, _source, translation in pairs)
    assert catalogue_pairs("en") == []


def test_marked_texts_are_translated_where_they_are_shown():
    assert marked("report", "Voting results") == "Voting results"
