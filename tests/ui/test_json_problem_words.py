"""A board file that is not JSON is refused with one plain line saying what is wrong and
where (line, column), in the catalogue's words, never Python's cut-off "Invalid control
character at"."""

import pytest
from PySide6.QtWidgets import QMessageBox

from codesign.storage.strict_json import JsonProblem, load_json
from codesign.text.catalogue import speaking
from tests.ui.conftest import make_window
from tests.ui.file_dialogs import answer_file_dialogs
from tests.ui.menus import choose


def test_opening_a_file_with_a_line_break_inside_text_says_so(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    broken = tmp_path / "broken.codesign.json"
    broken.write_text('{"format": "codesign-board",\n "title": "two\nlines"}', encoding="utf-8")
    window = make_window(qtbot)
    seen = answer_file_dialogs(monkeypatch, qtbot, [broken.name])
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    choose(window, "open")
    qtbot.waitUntil(lambda: bool(shown))
    assert len(seen.suggested) == 1
    assert shown == [
        f"{broken}: not valid JSON (line 2, column 15: a line break, tab or other control "
        "character inside text)"
    ]


@pytest.mark.parametrize(
    ("text", "english", "welsh"),
    [
        ("[1,]", "line 1, column 4: a value was expected here", "roedd angen gwerth yma"),
        ('{"a" 1}', "a colon (:) was expected here", "roedd angen colon (:) yma"),
        ("1 2", "more text after the end of the JSON", "rhagor o destun ar ôl diwedd y JSON"),
        ('"abc', "never closed with a double quote", "byth yn cau â dyfynnod dwbl"),
    ],
)
def test_each_problem_in_plain_words_in_both_languages(text, english, welsh):
    with pytest.raises(JsonProblem, match=english.replace("(", r"\(").replace(")", r"\)")):
        load_json(text)
    with speaking("cy"), pytest.raises(JsonProblem) as caught:
        load_json(text)
    assert welsh in str(caught.value)
