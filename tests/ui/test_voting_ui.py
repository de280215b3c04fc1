"""A full dot-voting round driven through the window, with real clicks on the notes."""

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from codesign.document import BoardDocument
from codesign.model import Board, Note, Participant
from tests.ui.conftest import at, make_window
from tests.ui.menus import choose


def tap(window, x, y):
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=at(window, x, y))


def tap_scene(window, point: QPointF):
    tap(window, point.x(), point.y())


def start_round(qtbot, window, budget=2, stacking=False, hidden=True):
    window.actions["start_round"].trigger()
    dialog = window.voting.round_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.title.setText("Beth sy'n bwysig? What matters most?")
    dialog.budget.setValue(budget)
    dialog.stacking.setChecked(stacking)
    dialog.hide_tally.setChecked(hidden)
    QTest.mouseClick(dialog.findChild(QPushButton, "StartVoting"), Qt.MouseButton.LeftButton)


def add_person(window, name):
    field = window.voting.panel.new_name
    field.setFocus()
    QTest.keyClicks(field, name)
    QTest.keyClick(field, Qt.Key.Key_Return)
    return next(p.id for p in window.document.records_of(Participant) if p.name == name)


def budget(window):
    return window.voting.panel.budget.text()


def test_a_round_with_budgets_refusals_take_back_undo_and_results(qtbot, shown):
    window = shown
    start_round(qtbot, window)
    assert window.actions["voting_mode"].isChecked()
    assert window.voting.panel.isVisible()
    ruth = add_person(window, "Ruth")
    qtbot.waitUntil(lambda: budget(window) == "2")
    assert window.voting.panel.voter_buttons[ruth].isChecked()

    tap(window, 260, 80)
    qtbot.waitUntil(lambda: budget(window) == "1")
    assert window.view.board_scene.selected_ids() == []

    tap(window, 260, 80)
    assert "already has a dot on this note" in window.voting.toast_text()
    assert "already has a dot" in window.statusBar().currentMessage()

    tap(window, 260, 480)
    qtbot.waitUntil(lambda: budget(window) == "0")
    tap(window, 80, 80)
    assert window.voting.toast_text() == "Ruth has used all 2 dots."

    window.actions["undo"].trigger()
    qtbot.waitUntil(lambda: budget(window) == "1")

    dots = window.voting.layer.dots_item("n2")
    own = dots.mapToScene(dots.dot_centres()[0])
    tap_scene(window, own)
    qtbot.waitUntil(lambda: budget(window) == "2")
    assert window.voting.layer.dots_item("n2") is None
    tap(window, 260, 80)
    tap(window, 80, 480)

    QTest.mouseClick(window.voting.panel.voter_buttons["p1"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: budget(window) == "2")
    tap(window, 260, 80)
    qtbot.waitUntil(lambda: budget(window) == "1")
    shown_dots = window.voting.layer.dots_item("n2")
    assert shown_dots.total is None
    assert [dot.voter for dot in shown_dots.dots] == ["p1"]
    assert window.voting.panel.results.notes.isHidden()
    tap(window, 260, 480)
    qtbot.waitUntil(lambda: budget(window) == "0")

    window.actions["reveal_tally"].trigger()
    qtbot.waitUntil(lambda: window.voting.layer.dots_item("n2").total == 2)
    window.actions["close_round"].trigger()
    assert not window.actions["voting_mode"].isChecked()
    qtbot.waitUntil(lambda: bool(window.voting.panel.results.lines()))
    lines = window.voting.panel.results.lines()
    assert lines == [
        "1  2 votes · Plain English letters",
        "=2  1 vote · Croeso! Offer every meeting yn Gymraeg",
        "=2  1 vote · Evidence: ask the people who wait",
    ]
    themes = window.voting.panel.results.clusters
    assert [themes.item(i).text() for i in range(themes.count())] == [
        "=1  2 votes · Communication",
        "=1  2 votes · Evidence",
    ]
    assert window.view.board_scene.graphics_item("c1").votes == 2


def test_a_tap_with_no_voter_chosen_says_so(qtbot, shown):
    window = shown
    window.actions["voting_mode"].setChecked(True)
    tap(window, 80, 80)
    assert "Choose who is voting" in window.voting.toast_text()
    assert window.document.undo_stack.count() == 0


def test_anonymous_voters_and_hiding_votes_on_the_board(qtbot, shown):
    window = shown
    window.actions["voting_panel"].setChecked(True)
    anonymous = window.voting.panel.findChild(QPushButton, "AddAnonymous")
    QTest.mouseClick(anonymous, Qt.MouseButton.LeftButton)
    names = [p.name for p in window.document.records_of(Participant)]
    assert names[-1] == "Voter 1"
    assert window.voting.layer.dots_item("n1") is not None
    window.actions["show_votes"].setChecked(False)
    assert window.voting.layer.dots_item("n1") is None
    window.actions["show_votes"].setChecked(True)
    assert window.voting.layer.dots_item("n1").total == 2


def test_past_rounds_stay_in_the_board_and_can_be_shown_again(qtbot, shown):
    window = shown
    window.actions["close_round"].trigger()
    start_round(qtbot, window, hidden=False)
    chooser = window.voting.panel.rounds
    qtbot.waitUntil(lambda: chooser.count() == 2 and chooser.isVisible())
    assert window.voting.layer.dots_item("n1") is None
    chooser.activated.emit(chooser.findData("r1"))
    assert window.voting.layer.shown_round().id == "r1"
    assert window.voting.layer.dots_item("n1").total == 2
    qtbot.waitUntil(
        lambda: (
            window.voting.panel.results.lines()[:1]
            == ["1  2 votes · Tell it once: share my story across teams"]
        )
    )


def test_voting_mode_does_not_stay_on_with_no_round_open(qtbot):
    window = make_window(qtbot, BoardDocument(Board(items=(Note(id="n1", x=0, y=0),))))
    choose(window, "voting_mode")
    assert not window.actions["voting_mode"].isChecked()
    assert "No round is open" in window.statusBar().currentMessage()
