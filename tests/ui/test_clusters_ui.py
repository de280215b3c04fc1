"""Themes through the window: group with Ctrl+G and name in place, draw, tidy, sort, ungroup,
delete, suggest with a preview, and the Themes panel."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QMenu, QPushButton

from codesign.commands import record_change
from codesign.commands.moves import move_items
from codesign.document import BoardDocument
from codesign.model import Cluster, Note
from codesign.storage.templates import board_from_template
from codesign.ui.shell.context_menu import build_context_menu
from tests.ui.conftest import at, drag, make_window, press
from tests.ui.menus import choose


def clusters(window):
    return {c.id: c for c in window.document.records_of(Cluster)}


def type_title(window, text):
    editor = window.view.viewport().findChild(QLineEdit, "ThemeTitleEditor")
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)


def test_ctrl_g_groups_the_selection_with_its_title_ready_to_type(qtbot, shown):
    window = shown
    window.view.board_scene.select_ids(["c1"])
    window.actions["ungroup"].trigger()
    assert "c1" not in clusters(window)
    assert window.document.get("n1").x == 0
    window.view.board_scene.select_ids(["n1", "n2"])
    press(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    (new_id,) = set(clusters(window)) - {"c2"}
    type_title(window, "Cyfathrebu")
    made = window.document.get(new_id)
    assert made.title == "Cyfathrebu"
    assert set(made.members) == {"n1", "n2"}
    assert window.document.undo_stack.count() == 3
    window.document.undo_stack.undo()
    assert window.document.get(new_id).title == ""


def test_escape_leaves_the_title_as_it_was(qtbot, shown):
    window = shown
    window.view.board_scene.select_ids(["c1"])
    window.actions["rename_theme"].trigger()
    editor = window.view.viewport().findChild(QLineEdit, "ThemeTitleEditor")
    QTest.keyClicks(editor, "Nonsense")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert window.document.get("c1").title == "Communication"
    assert window.document.undo_stack.count() == 0


def test_double_clicking_a_title_bar_renames_the_theme(qtbot, shown):
    window = shown
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=at(window, 200, -40))
    type_title(window, "Siarad")
    assert window.document.get("c1").title == "Siarad"


def test_drawing_an_empty_theme_takes_the_free_notes_it_covers(qtbot, shown):
    window = shown
    window.view.board_scene.select_ids(["c2"])
    window.actions["ungroup"].trigger()
    window.actions["draw_theme"].trigger()
    drag(window, at(window, -60, 300), at(window, 420, 640))
    (new_id,) = set(clusters(window)) - {"c1"}
    assert set(window.document.get(new_id).members) == {"n3", "n4"}
    type_title(window, "Evidence")
    assert window.document.get(new_id).title == "Evidence"


def test_tidy_lays_members_in_a_grid_and_fits_the_theme(qtbot, shown):
    window = shown
    move_items(window.document, {"n2": (120.0, 30.0)})
    window.view.board_scene.select_ids(["n2"])
    window.actions["tidy_theme"].trigger()
    n1, n2, c1 = (window.document.get(k) for k in ("n1", "n2", "c1"))
    assert n1.y == n2.y and n2.x > n1.x + n1.width
    assert c1.x < n1.x and c1.x + c1.width > n2.x + n2.width
    assert window.document.undo_stack.undoText() == "Tidy cluster"


def test_sort_by_votes_puts_the_most_voted_note_first(qtbot, shown):
    window = shown
    window.view.board_scene.select_ids(["c2"])
    window.actions["sort_by_votes"].trigger()
    assert window.document.get("c2").members == ("n3", "n4")
    window.view.board_scene.select_ids(["c1"])
    move_items(window.document, {"n1": (180.0, 0.0), "n2": (0.0, 0.0)})
    window.actions["sort_by_votes"].trigger()
    assert window.document.get("c1").members[0] == "n1"
    assert window.document.get("n1").x < window.document.get("n2").x


def test_delete_theme_keeps_or_removes_its_notes(qtbot, shown):
    window = shown
    window.view.board_scene.select_ids(["c1"])
    window.actions["delete_theme"].trigger()
    assert "c1" not in clusters(window) and isinstance(window.document.get("n1"), Note)
    window.view.board_scene.select_ids(["c2"])
    window.actions["delete_theme_notes"].trigger()
    assert window.document.get("c2") is None and window.document.get("n3") is None


def test_suggested_themes_are_a_preview_until_accepted(qtbot, shown):
    window = shown
    window.view.board_scene.select_ids(["c1", "c2"])
    window.actions["ungroup"].trigger()
    window.document.undo_stack.clear()
    for text, x in (("Waiting for letters", 600), ("Letters in Welsh please", 800)):
        record_change(window.document, "Add note", [Note(id=f"s{x}", x=x, y=0, text=text)])
    choose(window, "suggest_themes")
    dialog = window.clusters.suggest_dialog
    row = dialog.tree.topLevelItem(0)
    assert dialog is not None and (row.text(0), row.text(1)) == ("Letters", "3 notes")
    steps = window.document.undo_stack.count()
    QTest.mouseClick(dialog.findChild(QPushButton, "AcceptSuggestions"), Qt.MouseButton.LeftButton)
    (made,) = clusters(window).values()
    assert made.title == "Letters" and set(made.members) == {"n2", "s600", "s800"}
    assert window.document.undo_stack.count() == steps + 1


def test_suggest_themes_leaves_journey_maps_alone_and_says_why_in_one_line(qtbot):
    """Accepting once emptied the ServiceLand journey map into themes such as "Tell" and "Mam"."""
    window = make_window(qtbot, BoardDocument(board_from_template("serviceland")))
    choose(window, "suggest_themes")
    assert window.clusters.suggest_dialog is None
    assert window.statusBar().currentMessage() == (
        "Nothing to suggest: every note is already in a theme or on a journey map."
    )
    loose = ("Tell them once", "Back to the start", "Mam waits")
    record_change(
        window.document,
        "Add notes",
        [Note(id=f"s{i}", x=i * 200, y=-900, text=text) for i, text in enumerate(loose)],
    )
    choose(window, "suggest_themes")
    assert window.clusters.suggest_dialog is None
    assert window.statusBar().currentMessage() == (
        "No themes to suggest: the 3 free notes share no meaningful word."
    )
    assert window.document.undo_stack.count() == 1


def test_the_suggest_dialog_counts_notes_and_makes_only_the_ticked_themes(qtbot, shown):
    window = shown
    texts = ("Phone menus", "Phone at 9 only", "Nobody picks up the phone", "Form SC-24")
    texts += ("Another form", "A 24-page form", "Forms again")
    notes = [Note(id=f"s{i}", x=600 + i * 200, y=0, text=text) for i, text in enumerate(texts)]
    record_change(window.document, "Add notes", notes)
    choose(window, "suggest_themes")
    dialog = window.clusters.suggest_dialog
    rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert [(row.text(0), row.text(1)) for row in rows] == [
        ("Form", "4 notes"),
        ("Phone", "3 notes"),
    ]
    accept = dialog.findChild(QPushButton, "AcceptSuggestions")
    assert accept.text() == "Make 2 themes"
    QTest.keyClick(dialog.tree, Qt.Key.Key_Home)
    QTest.keyClick(dialog.tree, Qt.Key.Key_Space)
    assert rows[0].checkState(0) == Qt.CheckState.Unchecked
    assert accept.text() == "Make 1 theme"
    QTest.mouseClick(accept, Qt.MouseButton.LeftButton)
    made = [c for c in clusters(window).values() if c.id not in {"c1", "c2"}]
    assert [(c.title, set(c.members)) for c in made] == [("Phone", {"s0", "s1", "s2"})]


def test_the_themes_panel_lists_themes_and_centres_on_a_click(qtbot, shown):
    window = shown
    window.actions["themes_panel"].setChecked(True)
    tree = window.clusters.panel.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 2)
    top = tree.topLevelItem(0)
    assert top.text(0) == "Communication — 2 notes · 2 votes"
    assert top.child(1).text(0) == "Plain English letters"
    rect = tree.visualItemRect(top.child(1))
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.view.board_scene.selected_ids() == ["n2"]
    window.view.board_scene.select_ids(["c1"])
    window.actions["ungroup"].trigger()
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1)


def test_the_item_context_menu_offers_the_theme_actions(qtbot, shown):
    window = shown
    menu = build_context_menu(
        window.view, window.actions, at(window, 80, 80), window.edit, window.clip
    )
    (themes,) = [a.menu() for a in menu.actions() if a.menu() and a.text() == "&Themes"]
    assert window.actions["group"] in themes.actions()
    assert window.actions["tidy_theme"] in themes.actions()


def test_recolour_offers_the_theme_colours_by_name(qtbot, shown):
    window = shown
    window.view.board_scene.select_ids(["n1"])
    window.actions["recolour_theme"].trigger()
    menu = window.view.findChild(QMenu, "ThemeColourMenu")
    qtbot.waitUntil(menu.isVisible)
    (teal,) = [action for action in menu.actions() if action.text() == "Teal"]
    teal.trigger()
    menu.close()
    assert window.document.get("c1").colour == "teal"
    assert window.document.get("n1").colour != "teal"


def test_choosing_draw_again_disarms_it(qtbot, shown):
    window = shown
    window.actions["draw_theme"].trigger()
    window.actions["draw_theme"].trigger()
    drag(window, at(window, 600, 300), at(window, 900, 600))
    assert set(clusters(window)) == {"c1", "c2"}
