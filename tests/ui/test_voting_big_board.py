"""Voting on a big board: the results list stops at 200 notes and says how many rank below,
and a dot leaves the minimap's picture alone (nothing on it moved)."""

from codesign.canvas.minimap import Minimap
from codesign.document import BoardDocument
from codesign.model import Board, Note
from codesign.ui.vote_results import MAX_NOTE_ROWS
from tests.ui.conftest import make_window
from tests.ui.test_voting_ui import add_person, budget, start_round, tap

NOTES = MAX_NOTE_ROWS + 50


def big_board() -> BoardDocument:
    notes = tuple(
        Note(id=f"n{i}", x=(i % 25) * 200.0, y=(i // 25) * 200.0, text=f"Idea {i}")
        for i in range(NOTES)
    )
    return BoardDocument(Board(items=notes))


def test_results_list_the_top_notes_and_count_the_rest(qtbot):
    window = make_window(qtbot, big_board())
    start_round(qtbot, window, budget=3, hidden=False)
    add_person(window, "Ruth")
    qtbot.waitUntil(lambda: budget(window) == "3")
    minimap = window.findChild(Minimap)
    qtbot.waitUntil(lambda: minimap._image is not None)
    picture = minimap._image
    tap(window, 80, 80)
    qtbot.waitUntil(lambda: budget(window) == "2")
    results = window.voting.panel.results
    qtbot.waitUntil(lambda: bool(results.lines()) and results.lines()[0].startswith("1.  1 vote"))
    lines = results.lines()
    assert len(lines) == MAX_NOTE_ROWS + 1
    assert lines[-1] == "… and 50 more notes ranked below"
    qtbot.wait(400)  # longer than the minimap waits before redrawing after an edit
    assert minimap._image is picture
