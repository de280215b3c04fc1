"""A bilingual board through the window: both texts typed into the bilingual editor with keys
(one undo step), View > Board language switches what the note shows, the projector keeps its
own choice, and Find matches either language."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from codesign.canvas.items.languages_shown import texts_shown
from codesign.commands import record_change
from codesign.commands.second_texts import set_texts, show_language
from codesign.document import BoardDocument
from codesign.model import Board, Cluster, Note
from codesign.model.bilingual import BoardLanguages
from codesign.room import Room, RoomSettings
from codesign.ui.editing.bilingual_dialog import BilingualDialog
from codesign.ui.shell.context_menu import build_context_menu
from tests.ui.conftest import at, make_active_window, make_window
from tests.ui.menus import _wait_for
from tests.ui.test_join_room import join_through_the_dialog
from tests.ui.test_voting_ui import add_person, start_round

WELSH = "Mae'r llythyrau'n cyrraedd yn hwyr"
ENGLISH = "Letters arrive late"


def window_with_a_note(qtbot):
    document = BoardDocument()
    record_change(document, "note", [Note(id="late", x=100, y=100, text="Letters")])
    document.undo_stack.clear()
    return make_window(qtbot, document)


def type_both_into_the_editor(qtbot) -> None:
    """In the bilingual editor just opened: the Welsh (which has the cursor), Shift+Tab to
    the English to finish its text, then Ctrl+Enter, all as key presses."""
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, BilingualDialog))
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.second.hasFocus)
    QTest.keyClicks(dialog.second, WELSH)
    QTest.keyClick(dialog.second, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.first.hasFocus()
    dialog.first.moveCursor(dialog.first.textCursor().MoveOperation.End)
    QTest.keyClicks(dialog.first, " arrive late")
    QTest.keyClick(dialog.first, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def shown(window) -> list[str]:
    item = window.view.board_scene.graphics_item("late")
    note = window.document.get("late")
    return [t.text for t in texts_shown(item, window.view.viewport(), note.text, note.text_alt)]


def choose_in_submenu(window, top_title: str, submenu: QMenu, item: str) -> None:
    """Open the menu bar's `top_title`, go into `submenu` with the Right key, press Enter on
    `item`: the way a person does it from the keyboard."""
    bar = window.menuBar()
    top = next(a for a in bar.actions() if a.text().replace("&", "") == top_title)
    bar.setActiveAction(top)
    _wait_for(top.menu().isVisible)
    top.menu().setActiveAction(submenu.menuAction())
    QTest.keyClick(top.menu(), Qt.Key.Key_Right)
    _wait_for(submenu.isVisible)
    action = next(a for a in submenu.actions() if a.text().replace("&", "") == item)
    submenu.setActiveAction(action)
    QTest.keyClick(submenu, Qt.Key.Key_Return)
    _wait_for(lambda: not submenu.isVisible())


def test_type_both_languages_switch_the_board_and_find_either(qtbot):
    window = window_with_a_note(qtbot)
    menu = build_context_menu(
        window.view, window.actions, at(window, 150, 150), window.edit, window.clip,
        window.journeys, window.bilingual,
    )  # fmt: skip
    entries = {a.text(): a for a in menu.actions()}
    assert "Add Welsh text…" in entries and "Add English text…" in entries
    entries["Add Welsh text…"].trigger()
    menu.close()
    type_both_into_the_editor(qtbot)
    note = window.document.get("late")
    assert (note.text, note.text_alt) == (ENGLISH, WELSH)
    languages = window.document.languages()
    assert (languages.primary, languages.secondary, languages.shown) == ("en", "cy", "both")
    assert window.document.undo_stack.count() == 1
    assert shown(window) == [ENGLISH, WELSH]

    choose_in_submenu(window, "View", window.bilingual.board_menu, "Cymraeg")
    assert window.document.languages().shown == "cy"
    assert shown(window) == [WELSH]
    assert window.bilingual.board_choices["cy"].isChecked()
    choose_in_submenu(window, "View", window.bilingual.board_menu, "English")
    assert shown(window) == [ENGLISH]
    choose_in_submenu(window, "Present", window.bilingual.projector_menu, "Both")
    assert window.document.languages().on_projector == "both"
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert window.document.languages().shown == "cy" and shown(window) == [WELSH]

    for query in ("llythyrau", "arrive late"):
        window.find_bar.open_bar()
        window.find_bar.field.clear()
        QTest.keyClicks(window.find_bar.field, query)
        assert window.find_bar.matches == ["late"]
    window.find_bar.close_bar()


def test_once_a_board_has_welsh_texts_only_welsh_is_offered(qtbot):
    window = window_with_a_note(qtbot)
    window.view.board_scene.select_ids(["late"])
    window.actions["second_text"].trigger()
    type_both_into_the_editor(qtbot)
    menu = build_context_menu(
        window.view, window.actions, at(window, 150, 150), window.edit, window.clip,
        window.journeys, window.bilingual,
    )  # fmt: skip
    texts = [a.text() for a in menu.actions()]
    menu.close()
    assert "Edit Welsh text…" in texts and "Add English text…" not in texts


def bilingual_window(qtbot, shown="cy"):
    """A board in English with a Welsh second text, showing `shown`."""
    document = BoardDocument()
    record_change(document, "note", [Note(id="late", x=100, y=100, text="Letters")])
    set_texts(document, "late", (ENGLISH, WELSH), "cy")
    show_language(document, shown)
    document.undo_stack.clear()
    return make_window(qtbot, document)


def test_typing_on_a_note_shown_in_welsh_changes_the_welsh(qtbot):
    window = bilingual_window(qtbot, "cy")
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=at(window, 150, 150))
    editor = window.view.board_scene.editor
    assert editor.widget is not None and editor.widget.toPlainText() == WELSH
    QTest.keyClicks(editor.widget, " iawn")
    QTest.keyClick(editor.widget, Qt.Key.Key_Escape)
    note = window.document.get("late")
    assert (note.text, note.text_alt) == (ENGLISH, WELSH + " iawn")
    assert window.document.undo_stack.count() == 1


def test_the_large_editor_shows_both_languages_and_keeps_both(qtbot):
    window = bilingual_window(qtbot, "both")
    editor = window.touch.editor
    editor.open("late")
    assert editor.second.isVisible() and editor.second.toPlainText() == WELSH
    assert editor.caption.text().endswith("English") and editor.second_caption.text() == "Cymraeg"
    QTest.keyClicks(editor.text, " again")
    QTest.keyClicks(editor.second, " eto")
    QTest.mouseClick(editor.done_button, Qt.MouseButton.LeftButton)
    note = window.document.get("late")
    assert (note.text, note.text_alt) == (ENGLISH + " again", WELSH + " eto")
    assert window.document.undo_stack.count() == 1


def test_a_dot_placed_in_welsh_counts_for_the_note_shown_in_english(qtbot):
    window = bilingual_window(qtbot, "cy")
    start_round(qtbot, window, budget=2)
    add_person(window, "Rhian")
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=at(window, 150, 150))
    qtbot.waitUntil(lambda: window.document.board().rounds[0].tally() == {"late": 1})
    choose_in_submenu(window, "View", window.bilingual.board_menu, "English")
    assert shown(window) == [ENGLISH]
    assert window.document.board().rounds[0].tally() == {"late": 1}


def test_the_themes_panel_reads_in_the_language_the_board_shows(qtbot):
    document = BoardDocument()
    note = Note(id="late", x=20, y=60, text=ENGLISH, text_alt=WELSH)
    theme = Cluster(
        id="comms", x=0, y=0, width=400, height=300, title="Communication",
        title_alt="Cyfathrebu", members=("late",),
    )  # fmt: skip
    record_change(document, "board", [theme, note])
    show_language(document, "cy")
    window = make_window(qtbot, document)
    window.actions["themes_panel"].setChecked(True)
    tree = window.clusters.panel.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1)
    top = tree.topLevelItem(0)
    assert top.text(0).startswith("Cyfathrebu —") and top.child(0).text(0) == WELSH
    choose_in_submenu(window, "View", window.bilingual.board_menu, "Both")
    qtbot.waitUntil(lambda: tree.topLevelItem(0).text(0).startswith("Communication / Cyfathrebu"))


def test_a_codesign_joining_a_room_gets_both_texts_and_the_boards_languages(qtbot):
    host = BoardDocument(
        Board(
            items=(Note(id="late", text=WELSH, text_alt=ENGLISH),),
            languages=BoardLanguages(primary="cy", secondary="en", shown="cy"),
        )
    )
    room = Room(host, RoomSettings(interface="127.0.0.1", port=0, pin="4821"))
    room.start()
    try:
        window = make_active_window(qtbot, BoardDocument())
        join_through_the_dialog(qtbot, window, f"127.0.0.1:{room.port}", "4821", "Bwrdd 2")
        qtbot.waitUntil(lambda: window.document.get("late") is not None, timeout=5000)
        assert window.document.get("late").text_alt == ENGLISH
        languages = window.document.languages()
        assert (languages.primary, languages.secondary, languages.shown) == ("cy", "en", "cy")
        window.join_room.leave()
    finally:
        room.stop()
