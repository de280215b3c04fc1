"""Voting > Show results on the board: the top notes and their votes as a frame to present."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolButton

from codesign.commands.presentation import document_frames
from codesign.model import BoxItem, Label
from codesign.model.bookmarks import Bookmark
from tests.ui.conftest import make_window
from tests.ui.menus import choose


def labels(window) -> list[Label]:
    return [item for item in window.document.items() if isinstance(item, Label)]


def test_results_go_on_the_board_as_a_frame_the_presentation_shows(qtbot):
    window = make_window(qtbot)
    before = {label.id for label in labels(window)}
    steps = window.document.undo_stack.count()
    choose(window, "close_round")
    choose(window, "results_on_board")
    assert window.document.undo_stack.count() == steps + 2
    made = [label for label in labels(window) if label.id not in before]
    assert [label.text for label in made] == [
        "Results: What matters most?",
        "1   Tell it once: share my story across teams — 2 votes (winner)",
        "2   Croeso! Offer every meeting yn Gymraeg — 1 vote",
    ]
    assert [label.bold for label in made] == [True, True, False]
    frame = document_frames(window.document)[-1]
    view = window.document.get(frame.id)
    assert isinstance(view, Bookmark) and view.title == "Results: What matters most?"
    others = [i for i in window.document.items() if isinstance(i, BoxItem) and i not in made]
    board_right = max(item.x + item.width for item in others)
    assert all(label.x > board_right for label in made)
    shown = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert all(shown.contains(label.x + 10, label.y + 10) for label in made)

    choose(window, "present")
    presenter = window.room.presenter
    assert presenter.active
    QTest.keyClick(window.view, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: presenter.current == frame.id)
    QTest.keyClick(window.view, Qt.Key.Key_Escape)

    window.actions["undo"].trigger()
    assert {label.id for label in labels(window)} == before
    assert all(f.id != frame.id for f in document_frames(window.document))


def test_nothing_to_show_is_said_in_one_line(qtbot):
    window = make_window(qtbot)
    choose(window, "start_round")
    dialog = window.voting.round_dialog
    dialog.title.setText("Second round")
    dialog.hide_tally.setChecked(True)
    dialog.accept()
    choose(window, "results_on_board")
    assert window.statusBar().currentMessage() == (
        "The tally is hidden: reveal it before showing results."
    )
    choose(window, "reveal_tally")
    choose(window, "results_on_board")
    assert window.statusBar().currentMessage() == (
        "No dots on any note yet: there are no results to show."
    )
    assert list(window.document.records_of(Bookmark)) == []


def test_the_voting_panel_has_the_button_too(qtbot):
    window = make_window(qtbot)
    assert window.voting.panel.isVisible()  # open for the board's open round
    button = next(
        b
        for b in window.voting.panel.findChildren(QToolButton)
        if b.defaultAction() is window.actions["results_on_board"]
    )
    assert button.isVisible()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert any(isinstance(v, Bookmark) for v in window.document.records_of(Bookmark))
