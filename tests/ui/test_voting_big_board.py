"""Voting on a big board: the results list stops at 200 notes and says how many rank below,
and a dot leaves the minimap's picture alone (nothing on it moved)."""

from PySide6.QtCore import QPointF

from codesign.canvas.minimap import Minimap
from codesign.document import BoardDocument
from codesign.model import Board, Note
from codesign.ui.voting.vote_results import MAX_NOTE_ROWS
from tests.ui.conftest import make_window
from tests.ui.test_voting_ui import add_person, budget, start_round, tap

NOTES = MAX_NOTE_ROWS + 50


def big_board() -> BoardDocument:
    notes = tuple(
        Note(id=f"n{i}", x=(i % 25) * 200.0, y=(i // 25) * 200.0, text=f"Idea {i}")
        for i in range(NOTES)
    )
    return BoardDocument(Board(items=notes))


def tap_note(window, index: int) -> None:
    x, y = (index % 25) * 200.0 + 80, (index // 25) * 200.0 + 80
    window.view.centerOn(QPointF(x, y))
    tap(window, x, y)


def test_results_list_the_top_notes_and_count_the_rest(qtbot):
    """Five people put a dot on every note by tapping it (the view brought to each note, as a
    pan would); the list shows 200 and counts the rest, and the last dot leaves the minimap's
    picture alone."""
    window = make_window(qtbot, big_board())
    dots = NOTES // 5
    start_round(qtbot, window, budget=dots, hidden=False)
    minimap = window.findChild(Minimap)
    for voter, name in enumerate(("Ruth", "Caireen", "Megan", "Dafydd", "Amir")):
        add_person(window, name)
        qtbot.waitUntil(lambda: budget(window) == str(dots))
        for i in range(voter * dots, min((voter + 1) * dots, NOTES - 1)):
            tap_note(window, i)
    qtbot.waitUntil(lambda: budget(window) == "1")
    qtbot.waitUntil(lambda: minimap._image is not None)
    qtbot.wait(400)  # longer than the minimap waits before redrawing after an edit
    picture = minimap._image
    last = NOTES - 1
    tap_note(window, last)
    qtbot.waitUntil(lambda: budget(window) == "0")
    results = window.voting.panel.results
    qtbot.waitUntil(lambda: results.lines()[-1:] == ["… and 50 more notes ranked below"])
    lines = results.lines()
    assert len(lines) == MAX_NOTE_ROWS + 1
    assert lines[0].startswith("=1  1 vote")
    qtbot.wait(400)
    assert minimap._image is picture
