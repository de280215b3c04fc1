"""Tapping your name in the Voting panel hands you the board for voting: your next tap on a note
places a dot, even when voting mode was off (a board reopened mid-round, or mode switched off)."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from codesign.model import VotingRound
from tests.ui.conftest import at, make_active_window, press
from tests.ui.test_voting_ui import start_round


def test_a_voter_tapping_their_name_then_a_note_places_a_dot(qtbot):
    window = make_active_window(qtbot)
    start_round(qtbot, window)
    window.view.setFocus()
    press(
        window,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not window.actions["voting_mode"].isChecked()
    QTest.mouseClick(window.voting.panel.voter_buttons["p1"], Qt.MouseButton.LeftButton)
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=at(window, 260, 80))
    (voting,) = [r for r in window.document.records_of(VotingRound) if r.status == "open"]
    assert [(dot.voter, dot.note) for dot in voting.dots] == [("p1", "n2")]
