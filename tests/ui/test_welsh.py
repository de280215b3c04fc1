"""Cymraeg: every text translated and finished, and the window switching language live.

The catalogue test is precise on purpose: a text added to the code without running
`python -m tools.translations update` fails here by name, and so does an entry left
"unfinished" or a translation that lost a placeholder, a %n or its mnemonic.
"""

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from codesign.ui.common.settings import load_settings
from codesign.ui.dialogs.settings_dialog import SettingsDialog
from tests.ui.conftest import press
from tools.translations import CATALOGUES, COMPILED, NUMERUS_FORMS, collect, read_catalogue

PLACEHOLDERS = re.compile(r"\{[^{}]*\}|%n|%\d")


def entries(name: str) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, unfinished) of a catalogue."""
    found = []
    for context in ET.parse(CATALOGUES / name).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
            unfinished = translation.get("type") == "unfinished"
            found.append((context.findtext("name"), message.findtext("source"), texts, unfinished))
    return found


@pytest.mark.parametrize("name", ["codesign_cy.ts", "qt_cy.ts"])
def test_every_welsh_entry_is_finished_and_keeps_its_placeholders(name):
    problems = []
    for context, source, texts, unfinished in entries(name):
        where = f"{context}: {source!r}"
        if unfinished or not all(t.strip() for t in texts):
            problems.append(f"unfinished {where}")
        for text in texts:
            if sorted(PLACEHOLDERS.findall(text)) != sorted(PLACEHOLDERS.findall(source)):
                problems.append(f"placeholders differ in {where}: {text!r}")
            if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                problems.append(f"mnemonic lost or added in {where}: {text!r}")
    assert problems == []


def test_the_welsh_catalogue_holds_every_text_of_the_code():
    """Run `python -m tools.translations update` and translate what it adds if this fails."""
    in_code = {(m.context, m.source, m.comment) for m in collect()[0]}
    in_catalogue = set(read_catalogue(CATALOGUES / "codesign_cy.ts"))
    assert sorted(in_code - in_catalogue) == []
    assert sorted(in_catalogue - in_code) == []
    plural = [e for e in entries("codesign_cy.ts") if "%n" in e[1]]
    assert {len(texts) for _c, _s, texts, _u in plural} == {NUMERUS_FORMS["cy"]}


@pytest.mark.parametrize("name", ["codesign_cy", "qt_cy"])
def test_the_compiled_catalogues_say_what_the_ts_files_say(name):
    """Run `python -m tools.translations release` after editing a .ts file if this fails."""
    compiled = QTranslator()
    assert compiled.load(str(COMPILED / f"{name}.qm"))
    for context, source, texts, _unfinished in entries(f"{name}.ts"):
        if len(texts) == 1:
            assert compiled.translate(context, source) == texts[0], (context, source)
        else:
            for n, form in ((0, 0), (1, 1), (3, 2), (6, 3), (9, 4)):
                assert compiled.translate(context, source, "", n) == texts[form], (source, n)


def choose_language(window, qtbot, code: str) -> None:
    """Edit > Settings, the language chosen by arrow keys, OK clicked: as a person does it."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    [dialog] = [d for d in window.findChildren(SettingsDialog) if d.isVisible()]
    dialog.language.setFocus()
    while dialog.language.currentData() != code:
        QTest.keyClick(dialog.language, Qt.Key.Key_Down)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_choosing_cymraeg_in_settings_turns_the_menus_welsh_at_once(shown, qtbot):
    choose_language(shown, qtbot, "cy")
    assert load_settings().language == "cy"
    qtbot.waitUntil(lambda: "(Ctrl+S)" in shown.actions["save"].toolTip())
    qtbot.waitUntil(lambda: shown.actions["save"].toolTip().startswith("Cadw"))  # posted event
    assert menu_titles(shown)[:3] == ["&Ffeil", "&Golygu", "&Mewnosod"]
    assert shown.actions["save"].text() == "&Cadw"
    assert shown.actions["undo"].text() == "&Dadwneud"
    assert shown.actions["export"].toolTip().startswith("Cadw’r bwrdd fel PDF")
    assert QLocale().toString(QDate(2026, 3, 1), "d MMMM yyyy") == "1 Mawrth 2026"

    shown.actions["settings"].trigger()
    dialog = shown.findChildren(SettingsDialog)[-1]
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Iawn"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Canslo"
    QTest.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )

    choose_language(shown, qtbot, "en")
    qtbot.waitUntil(lambda: shown.actions["save"].toolTip().startswith("Save"))
    assert menu_titles(shown)[:3] == ["&File", "&Edit", "&Insert"]
    assert shown.actions["save"].text() == "&Save"


def test_welsh_counts_take_each_plural_form(shown, qtbot):
    choose_language(shown, qtbot, "cy")
    notes = [QCoreApplication.translate("canvas", "%n note(s)", "", n) for n in (0, 1, 3, 6, 12)]
    assert notes == ["0 nodyn", "1 nodyn", "3 nodyn", "6 nodyn", "12 nodyn"]


def test_a_report_exported_in_welsh_has_welsh_headings_counts_and_dates(tmp_path):
    import datetime

    from pypdf import PdfReader

    from codesign.export import PdfOptions, export_pdf
    from tests.boards import themed_board

    board = themed_board().model_copy(update={"date": datetime.date(2026, 3, 1)})
    path = tmp_path / "adroddiad.pdf"
    export_pdf(board, path, PdfOptions(layout="report", language="cy"))
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert "1 Mawrth 2026" in text
    assert "Atodiad: pob nodyn fesul thema" in text
    assert "nodyn" in text and "Appendix" not in text


def test_widgets_built_before_the_change_speak_the_new_language_too(shown, qtbot):
    """The find bar, the timer and the Voting panel were built in English."""
    from PySide6.QtWidgets import QDockWidget, QPushButton, QToolButton

    from codesign.ui.front_of_room.timer_widget import TimerControl

    def texts() -> set[str]:
        timer = shown.findChild(TimerControl)
        buttons = timer.findChildren(QPushButton) + timer.findChildren(QToolButton)
        docks = [d.windowTitle() for d in shown.findChildren(QDockWidget)]
        return {shown.find_bar.field.placeholderText(), *(b.text() for b in buttons), *docks}

    before = texts()
    assert {"Find notes", "Start", "Voting"} <= before
    choose_language(shown, qtbot, "cy")
    assert {"Canfod nodiadau", "Dechrau", "Pleidleisio"} <= texts()
    choose_language(shown, qtbot, "en")
    assert texts() == before


def test_qts_own_file_dialog_speaks_welsh(qtbot):
    """Qt ships no Welsh: its file dialog's labels and buttons come from qt_cy.ts."""
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

    from codesign.ui.common.language import install_language

    install_language("cy")
    dialog = QFileDialog()
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    buttons = [b.toolTip() or b.text() for b in dialog.findChildren(QAbstractButton)]
    assert labels == ["&Edrych yn:", "&Enw’r ffeil:", "Ffeiliau o’r &math:"]
    assert {"Yn ôl", "Ymlaen", "&Agor", "Canslo"} <= set(buttons)


def test_no_welsh_menu_gives_two_items_the_same_access_key(shown, qtbot):
    """Alt+letter must reach one item: the Welsh words put the & on letters of their own."""
    choose_language(shown, qtbot, "cy")
    qtbot.waitUntil(lambda: shown.actions["save"].toolTip().startswith("Cadw"))
    menus = [shown.menuBar(), *(action.menu() for action in shown.menuBar().actions())]
    clashes = []
    for menu in menus:
        keys: dict[str, list[str]] = {}
        for action in menu.actions():
            found = re.search(r"&(\w)", action.text().replace("&&", ""))
            if found and action.isVisible():
                keys.setdefault(found.group(1).lower(), []).append(action.text())
        clashes += [texts for texts in keys.values() if len(texts) > 1]
    assert clashes == [], clashes


def test_in_welsh_the_window_and_its_dialogs_clip_no_text(shown, qtbot):
    """Real Welsh, switched live as a person does it: the texts grow after the panels were
    built, and the Voting panel, the Export and Settings dialogs still show them whole."""
    from codesign.ui.files.export_dialog import ExportDialog
    from tests.ui.test_pseudo_translation import clipped, visible

    choose_language(shown, qtbot, "cy")
    if not shown.actions["voting_panel"].isChecked():
        shown.actions["voting_panel"].trigger()
    # the panel measures its new widths once every text has changed, and the window follows
    qtbot.waitUntil(lambda: clipped(shown) == [], timeout=2000)
    shown.actions["export"].trigger()
    export = visible(shown, ExportDialog)
    assert clipped(export) == []
    export.reject()
    shown.actions["settings"].trigger()
    assert clipped(visible(shown, SettingsDialog)) == []


def test_in_welsh_the_touch_toolbar_shows_its_labels_whole(shown, qtbot):
    """ "Nodyn newydd" is wider than "New note": the toolbar widens its one column of buttons."""
    from codesign.ui.editing.touch_toolbar import TouchToolbar
    from tests.ui.test_pseudo_translation import clipped

    choose_language(shown, qtbot, "cy")
    if not shown.actions["touch_toolbar"].isChecked():  # a touchscreen test may leave it on
        shown.actions["touch_toolbar"].trigger()
    [toolbar] = shown.findChildren(TouchToolbar)
    qtbot.waitUntil(toolbar.isVisible)
    assert toolbar.buttons["new_note"].text() == "Nodyn newydd"
    qtbot.waitUntil(lambda: clipped(toolbar) == [], timeout=2000)  # placed again once changed
