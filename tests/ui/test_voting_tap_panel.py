"""What a voting tap changes in the window, driven by real clicks on the board: the dots left
at once, the ranking after the pause in the voting, the theme's badge, and nothing else (the
list of rounds stays as it was). Paste still follows the clipboard, which the window now asks
only when it changes."""

from PySide6.QtGui import QGuiApplication

from codesign.model import VotingRound
from tests.ui.test_voting_ui import add_person, budget, start_round, tap


def open_round_id(window) -> str:
    return next(r.id for r in window.document.records_of(VotingRound) if r.status == "open")


def rounds_listed(window) -> list[tuple[str, str]]:
    chooser = window.voting.panel.rounds
    return [(chooser.itemText(i), chooser.itemData(i)) for i in range(chooser.count())]


def test_taps_show_the_dots_left_the_ranking_and_the_theme_total(qtbot, shown):
    window = shown
    start_round(qtbot, window, budget=3, hidden=False)
    add_person(window, "Ruth")
    qtbot.waitUntil(lambda: budget(window) == "3")
    results = window.voting.panel.results
    qtbot.waitUntil(lambda: "No dots on any note yet." in results.heading.text())
    listed = rounds_listed(window)
    assert len(listed) == 2 and listed[-1][1] == open_round_id(window)

    tap(window, 260, 80)
    qtbot.waitUntil(lambda: budget(window) == "2")
    qtbot.waitUntil(lambda: results.lines() == ["1  1 vote · Plain English letters"])
    assert "No dots" not in results.heading.text()
    theme = window.view.board_scene.graphics_item("c1")
    assert theme.count_text() == "2 notes · 1 vote"

    tap(window, 80, 80)
    qtbot.waitUntil(lambda: budget(window) == "1")
    qtbot.waitUntil(lambda: len(results.lines()) == 2)
    assert all(line.startswith("=1  1 vote · ") for line in results.lines())
    assert theme.count_text() == "2 notes · 2 votes"
    assert window.view.board_scene.graphics_item("c2").count_text() == "2 notes · 0 votes"
    assert rounds_listed(window) == listed
    assert window.voting.panel.rounds.currentData() == open_round_id(window)

    window.actions["close_round"].trigger()
    qtbot.waitUntil(lambda: results.heading.text().startswith("Results (final)"))
    assert "(closed)" in window.voting.panel.rounds.currentText()


def test_paste_follows_the_clipboard_between_taps(qtbot, shown):
    window = shown
    start_round(qtbot, window, budget=3, hidden=False)
    add_person(window, "Ruth")
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    qtbot.waitUntil(lambda: not window.actions["paste"].isEnabled())
    tap(window, 260, 80)
    qtbot.waitUntil(lambda: budget(window) == "2")
    clipboard.setText("Ring me back")
    qtbot.waitUntil(window.actions["paste"].isEnabled)
    tap(window, 80, 80)
    qtbot.waitUntil(lambda: budget(window) == "1")
    assert window.actions["paste"].isEnabled()
    clipboard.clear()
    qtbot.waitUntil(lambda: not window.actions["paste"].isEnabled())
