"""The font chain and the runs the canvas and the PDF share: every script finds a face,
right-to-left lines read right to left, Chinese wraps between characters."""

from codesign.text import PLACEHOLDER, drawable, layout_note_text, missing_characters, visual_runs
from codesign.text.runs import bidi_levels, font_runs, paragraph_is_rtl
from tests.boards import VOICES


def test_every_voice_has_a_face():
    for _lang, text in VOICES:
        assert missing_characters(text) == [], text


def test_symbols_and_emoji_go_to_their_faces():
    faces = {run.text: run.font for run in visual_runs("Beige shed → colourful hub ✓ 🙂")}
    assert faces["→"] == "NotoSansSymbols"
    assert faces["🙂"] == "SymbolaEmoji"


def test_arabic_line_reads_right_to_left_with_its_number_left_to_right():
    runs = visual_runs("كل يوم 7")
    assert [run.text for run in runs if run.text.strip()] == ["7", "يوم", "كل"]
    assert [run.rtl for run in runs if run.text.strip()] == [False, True, True]


def test_english_inside_arabic_keeps_its_order():
    runs = [run.text for run in visual_runs("مرحبا hello world") if run.text.strip()]
    assert runs == ["hello world", "مرحبا"]
    assert bidi_levels("hello سلام") == [0] * 6 + [1] * 4


def test_chinese_wraps_between_characters_without_overflowing():
    layout = layout_note_text("我们需要中文的信件和更好的公交车", 160, 160)
    assert not layout.overflows
    assert len(layout.lines) > 1
    assert "".join(layout.lines) == "我们需要中文的信件和更好的公交车"


def test_a_character_no_face_has_is_named_and_drawn_as_a_placeholder():
    text = "Hieroglyph \U00013000 here"
    assert missing_characters(text) == ["\U00013000"]
    assert drawable(text) == f"Hieroglyph {PLACEHOLDER} here"
    assert [run.font for run in visual_runs(text)][1] is None


def test_brackets_stay_round_what_they_hold():
    """Rule N0: "سفر (2)" in an English heading shows "(2) سفر", never "2) سفر)"."""
    seen = "".join(run.visual() for run in visual_runs("Teithio · سفر (2)"))
    assert seen == "Teithio · (2) رفس"
    assert "".join(run.visual() for run in visual_runs("hello (سلام) ok")) == "hello (مالس) ok"


def test_a_hebrew_paragraph_puts_its_welsh_words_on_the_left_in_their_own_order():
    line = "שלום Bore da ŵyn"
    assert paragraph_is_rtl(line) and not paragraph_is_rtl("Bore da שלום")
    seen = [run.visual() for run in visual_runs(line)]
    assert seen == ["Bore da ŵyn", " ", "םולש"]


def test_a_number_between_hebrew_words_keeps_its_digits_in_order():
    seen = [run.visual() for run in visual_runs("Teithio ŵyn: שלום 123 עולם")]
    assert seen == ["Teithio ŵyn: ", "םלוע", " ", "123", " ", "םולש"]


def test_font_runs_cut_where_the_face_changes_and_keep_every_character():
    text = "Helo سلام 中文 ক্ষ 🙂"
    runs = font_runs(text)
    assert "".join(run.text for run in runs) == text
    assert [run.font for run in runs if run.text.strip()] == [
        "NotoSans",
        "NotoSansArabic",
        "DroidSansFallback",
        "NotoSansBengali",
        "SymbolaEmoji",
    ]
    assert [run.shaped for run in runs if run.text.strip()] == [False, True, False, True, False]


def test_a_very_long_right_to_left_word_is_one_run():
    word = "ש" * 500
    runs = visual_runs(word)
    assert len(runs) == 1 and runs[0].rtl and runs[0].visual() == word
