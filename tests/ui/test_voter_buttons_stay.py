"""The voter buttons stay where they are when the first name is tapped: the big "dots left"
number has its room from the start of the round, so the next person's button never moves
away from under their finger."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.ui.conftest import make_active_window
from tests.ui.test_voting_ui import start_round


def test_tapping_a_voter_moves_no_voter_button(qtbot):
    window = make_active_window(qtbot)
    start_round(qtbot, window)
    buttons = window.voting.panel.voter_buttons
    qtbot.waitUntil(lambda: buttons["p2"].isVisible())
    qtbot.wait(100)  # the panel's layout settles
    before = buttons["p2"].mapToGlobal(QPoint(0, 0))
    QTest.mouseClick(buttons["p1"], Qt.MouseButton.LeftButton)
    qtbot.wait(100)
    assert window.voting.panel.budget.text() == "2"
    assert buttons["p2"].mapToGlobal(QPoint(0, 0)) == before
