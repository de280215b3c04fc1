"""Naming one theme after another in place: each title edit gets its own live editor, typed
words never reach the single-key shortcuts, and nothing is kept past its life."""

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from shiboken6 import Shiboken

from codesign.canvas.items.text_paint import advance
from codesign.document import BoardDocument
from codesign.model import Cluster, Note
from tests.boards import themed_board
from tests.ui.conftest import at, press

ROOT = Path(__file__).resolve().parents[2]


def title_editor(window) -> QLineEdit:
    editor = window.view.viewport().findChild(QLineEdit, "ThemeTitleEditor")
    assert editor is not None and editor.isVisible(), "no title editor is open"
    return editor


def name_it(qtbot, window, text: str) -> None:
    """Type a title into the open editor as from the keyboard, press Enter, and let the
    event loop delete the finished editor, as it does between two gestures of a person."""
    editor = title_editor(window)
    assert QApplication.focusWidget() is editor
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)


def test_a_second_and_third_theme_are_named_in_place(qtbot, shown):
    window = shown
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=at(window, 200, -40))
    name_it(qtbot, window, "Siarad")
    window.view.board_scene.select_ids(["c2"])
    window.actions["rename_theme"].trigger()
    name_it(qtbot, window, "Tystiolaeth")
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=at(window, 200, -40))
    name_it(qtbot, window, "Communication again")
    notes_before = len(list(window.document.records_of(Note)))
    window.view.board_scene.select_ids(["n1", "n2"])
    window.actions["ungroup"].trigger()
    window.view.board_scene.select_ids(["n1", "n2"])
    press(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    name_it(qtbot, window, "new theme")
    titles = sorted(c.title for c in window.document.records_of(Cluster))
    assert titles == ["Tystiolaeth", "new theme"]
    assert len(list(window.document.records_of(Note))) == notes_before


def test_a_title_edit_open_when_another_board_opens_is_let_go(qtbot, shown):
    window = shown
    window.view.board_scene.select_ids(["c1"])
    window.actions["rename_theme"].trigger()
    QTest.keyClicks(title_editor(window), "Half typed")
    window.replace_document(BoardDocument(themed_board()))
    qtbot.wait(20)
    window.view.board_scene.select_ids(["c2"])
    window.actions["rename_theme"].trigger()
    name_it(qtbot, window, "Evidence, named")
    assert window.document.get("c2").title == "Evidence, named"


def dead_qt_objects(holder: object, depth: int = 2) -> list[str]:
    """Attributes (and theirs, `depth` deep) that hold a Qt object Qt has already deleted."""
    found = []
    for name, value in vars(holder).items():
        if isinstance(value, Shiboken.Object):
            if not Shiboken.isValid(value):
                found.append(f"{type(holder).__name__}.{name}")
            elif depth > 1 and type(value).__module__.startswith("codesign"):
                found += dead_qt_objects(value, depth - 1)
    return found


def test_no_helper_keeps_a_closed_editor_or_dialog(qtbot, shown):
    window = shown
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=at(window, 200, -40))
    name_it(qtbot, window, "Siarad")
    for action in ("participant_mode", "start_round"):
        window.actions[action].trigger()
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
        qtbot.wait(20)
    window.replace_document(BoardDocument(themed_board()))
    qtbot.wait(20)
    assert dead_qt_objects(window) == []


def title_rects(item) -> list[QRectF]:
    layout = item.title_layout()
    return [
        QRectF(16, baseline - layout.size, advance(line, layout.size, bold=True), layout.size)
        for line, baseline in zip(layout.lines, layout.baselines(), strict=True)
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Language & communication",
        "Language & communication with families who speak Welsh at home",
        "Tell it once",
    ],
)
def test_a_long_title_on_a_one_note_theme_shows_whole_beside_its_count(qtbot, shown, title):
    window = shown
    window.view.board_scene.select_ids(["c1"])
    window.actions["ungroup"].trigger()
    window.view.board_scene.select_ids(["n1"])
    press(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    name_it(qtbot, window, title)
    (theme,) = [c for c in window.document.records_of(Cluster) if "n1" in c.members]
    item = window.view.board_scene.graphics_item(theme.id)
    layout = item.title_layout()
    assert " ".join(layout.lines) == title
    assert layout.size >= 14
    assert layout.count == "1 note · 2 votes"
    pill = layout.pill.translated(theme.width, 0)
    for line in title_rects(item):
        assert not line.intersects(pill)
        assert line.right() <= theme.width - 12
    n1 = window.document.get("n1")
    assert layout.bottom <= n1.y - theme.y
    assert item.boundingRect().contains(pill)


def test_counts_say_one_note_and_one_vote(qtbot, shown):
    window = shown
    window.actions["themes_panel"].setChecked(True)
    qtbot.wait(10)
    evidence = window.view.board_scene.graphics_item("c2")
    assert evidence.count_text() == "2 notes · 1 vote"
    rows = [window.clusters.panel.tree.topLevelItem(i).text(0) for i in range(2)]
    assert "Evidence — 2 notes · 1 vote" in rows
    window.view.board_scene.select_ids(["n4"])
    press(window, Qt.Key.Key_Delete)
    assert evidence.count_text() == "1 note · 1 vote"


def test_an_unplugged_projector_screen_is_let_go(qtbot, shown):
    """Qt deletes the QScreen of a display that goes away; the window must not keep it."""
    menu = shown.room.screen_menu
    menu.aboutToShow.emit()
    (choice,) = [a for a in menu.actions() if a.isCheckable()][:1]
    choice.trigger()
    chosen = shown.room.screen
    assert chosen is not None
    QGuiApplication.instance().screenRemoved.emit(chosen)
    assert shown.room.screen is None
