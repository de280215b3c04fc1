"""A note's language from its script (codesign/text/languages.py), for `lang` in the HTML
report: named only where the script names one language."""

import pytest

from codesign.text.languages import language_of


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("שלום עולם", "he"),
        ("আমাদের বাংলা চিঠি দরকার", "bn"),
        ("ہمیں اردو میں خط چاہیے", "ur"),
        ("نحتاج رسائل بالعربية", "ar"),
        ("привіт, їжаку", "uk"),
        ("こんにちは", "ja"),
        ("中文信件", "zh"),
        ("漢字とかな", "ja"),
    ],
)
def test_a_script_that_names_a_language_gives_its_tag(text, tag):
    assert language_of(text) == tag


@pytest.mark.parametrize(
    "text",
    [
        "Bore da, sut wyt ti? Mae’r ŵyn yn y cae.",  # Welsh is Latin: the page's language speaks
        "Good morning",
        "Привет",  # Cyrillic without Ukrainian letters names no one language
        "12345 !?",
        "",
    ],
)
def test_latin_and_ambiguous_scripts_are_left_to_the_page(text):
    assert language_of(text) is None


def test_mixed_script_text_is_named_only_when_one_script_has_most_letters():
    assert language_of("Bore da שלום") is None
    assert language_of("שלום עולם ומלואו hi") == "he"
