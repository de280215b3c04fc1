"""Bilingual edits: each is one undo step, the first fixes the board's pair of languages in
that same step, and a journey map's stage or lane gets its own second text."""

import pytest

from codesign.commands.journeys import create_journey
from codesign.commands.second_texts import second_languages, set_texts, show_language
from codesign.commands.text_edits import finish_text_edit
from codesign.document import BoardDocument
from codesign.model import Board, Cluster, Label, Note
from tests.undo import one_step


@pytest.fixture
def document():
    return BoardDocument(
        Board(
            items=(
                Note(id="n", text="Mae'r llythyrau'n cyrraedd yn hwyr"),
                Cluster(id="c", x=-50, y=-50, width=400, height=400, title="Cyfathrebu"),
                Label(id="l", x=600, text="Tystiolaeth"),
            )
        )
    )


def test_the_first_english_text_makes_a_welsh_board_bilingual_in_one_step(document):
    assert second_languages(document) == ("cy", "en")
    texts = ("Mae'r llythyrau'n cyrraedd yn hwyr", "Letters arrive late")
    one_step(document, lambda: set_texts(document, "n", texts, "en"))
    assert document.get("n").text_alt == "Letters arrive late"
    languages = document.languages()
    assert (languages.primary, languages.secondary, languages.shown) == ("cy", "en", "both")
    assert second_languages(document) == ("en",)
    with pytest.raises(ValueError, match="not this board's second language"):
        set_texts(document, "l", ("Tystiolaeth", "Evidence"), "cy")
    document.undo_stack.undo()
    assert document.languages() is None


def test_themes_labels_stages_and_lanes_take_a_second_text(document):
    one_step(document, lambda: set_texts(document, "c", ("Cyfathrebu", "Communication"), "en"))
    one_step(document, lambda: set_texts(document, "l", ("Tystiolaeth", "Evidence"), "en"))
    journey = document.get(create_journey(document, 0, 900, "Taith").made_id)
    stage, lane = journey.stages[0], journey.lanes[0]
    one_step(
        document, lambda: set_texts(document, journey.id, ("Cyrraedd", "Arrive"), "en", stage.id)
    )
    one_step(document, lambda: set_texts(document, journey.id, ("Gwneud", "Doing"), "en", lane.id))
    one_step(document, lambda: set_texts(document, journey.id, ("Taith", "Journey"), "en"))
    saved = document.get(journey.id)
    assert (saved.stages[0].title, saved.stages[0].title_alt) == ("Cyrraedd", "Arrive")
    assert (saved.lanes[0].title, saved.lanes[0].title_alt) == ("Gwneud", "Doing")
    assert saved.title_alt == "Journey" and saved.stages[1].title_alt == ""
    assert document.get("c").title_alt == "Communication"
    assert document.get("l").text_alt == "Evidence"
    assert not set_texts(document, "c", ("Cyfathrebu", "Communication"), "en").pushed


def test_what_the_board_and_the_projector_show_is_one_step_each(document):
    one_step(document, lambda: show_language(document, "cy"))
    one_step(document, lambda: show_language(document, "en", on_projector=True))
    assert document.languages().shown == "cy" and document.languages().on_projector == "en"
    one_step(document, lambda: show_language(document, "board", on_projector=True))
    assert document.languages().on_projector == "cy"
    assert not show_language(document, "cy").pushed


def test_typing_on_a_note_changes_the_language_shown_and_the_large_editor_both(document):
    set_texts(document, "n", ("Mae'r llythyrau'n cyrraedd yn hwyr", "Letters arrive"), "en")
    show_language(document, "en")
    one_step(
        document, lambda: finish_text_edit(document, "n", "Letters arrive late", False, "text_alt")
    )
    assert document.get("n").text == "Mae'r llythyrau'n cyrraedd yn hwyr"
    assert document.get("n").text_alt == "Letters arrive late"
    one_step(
        document, lambda: finish_text_edit(document, "n", "Llythyrau", False, second="Letters")
    )
    assert (document.get("n").text, document.get("n").text_alt) == ("Llythyrau", "Letters")
