"""The story on the day, at the front of the room: a voting round, presenting, the projector
and the timer (see `story` for the session and its texts)."""

from PySide6.QtWidgets import QLineEdit, QPushButton, QSpinBox

from codesign.model import Participant, VotingRound
from codesign.ui.front_of_room.timer import TimerState
from codesign.ui.front_of_room.timer_widget import TimerControl
from codesign.ui.voting.round_dialog import RoundDialog
from tests.rehearsal import looks
from tests.rehearsal.story import FREE_ROW, PASTED, QUESTION, TYPED_BY_DOUBLE_CLICK, VOTERS, Session

# --- voting -----------------------------------------------------------------------------------


def voting_round(session: Session) -> None:
    """Voting > Start voting round…: question typed, three dots each, then three people vote."""
    person = session.person
    window = session.window
    person.choose("Voting", "Start voting round")
    dialog = person.modal(RoundDialog)
    assert isinstance(dialog, RoundDialog)
    person.click_widget(dialog.title)
    person.press("Ctrl+A")
    person.write(QUESTION)
    budget = dialog.findChild(QSpinBox)
    assert budget is not None and budget.value() == 3
    person.press_button(dialog, "Start voting")
    panel = window.voting.panel
    assert panel is not None
    person.wait_until(panel.isVisible, "the Voting panel")
    name_box = panel.findChild(QLineEdit, "NewParticipant")
    for name in VOTERS:
        person.click_widget(name_box)
        person.write(name)
        person.press("Return")
    people = {p.name: p.id for p in window.document.records_of(Participant)}
    assert set(VOTERS) <= set(people), sorted(people)
    pasted = [line.removeprefix("- ") for line in PASTED]
    choices = {
        "Ruth": (TYPED_BY_DOUBLE_CLICK, pasted[2], pasted[3]),
        "Caireen": (TYPED_BY_DOUBLE_CLICK, pasted[2]),
        "Siân": (TYPED_BY_DOUBLE_CLICK,),
    }
    for name, texts in choices.items():
        button = panel.findChild(QPushButton, f"voter.{people[name]}")
        person.click_widget(button)
        for text in texts:
            person.click(*session.centre(text))
    person.choose("Voting", "Reveal tally")
    looks.assert_no_blank_area(window, "the board mid-vote")
    assert looks.clipped_titles(window.view) == [], "a theme's vote count pushed its title out"
    person.choose("Voting", "Close round")
    (voting,) = window.document.records_of(VotingRound)
    assert (voting.title, voting.status) == (QUESTION, "closed")
    dots = {(d.voter, d.note) for d in voting.dots}
    wanted = {(people[n], session.note_ids[t]) for n, texts in choices.items() for t in texts}
    assert dots == wanted


# --- the front of the room --------------------------------------------------------------------


def present(session: Session) -> None:
    """F5, Right twice, Escape: the banner says where we are, and the view comes back."""
    person = session.person
    presenter = session.window.room.presenter
    assert presenter is not None
    person.click(2300, FREE_ROW + 700)  # back on the board, as before a talk
    person.press("F5")
    person.wait_until(lambda: presenter.active, "presenting")
    count = len(presenter.frames())
    assert presenter.banner.text().startswith(f"1 of {count}: "), presenter.banner.text()
    person.press("Right")
    person.press("Right")
    shown = f"{min(3, count)} of {count}: "
    assert presenter.banner.text().startswith(shown), presenter.banner.text()
    person.press("Escape")
    person.wait_until(lambda: not presenter.active, "the presentation ending")


def projector(session: Session) -> None:
    """Present > Projector window: the board on the wall, drawn; then closed from the menu."""
    person = session.person
    room = session.window.room
    person.choose("Present", "Projector window")
    person.wait_until(lambda: room.projector is not None and room.projector.isVisible(), "wall")
    wall = room.projector
    assert wall is not None
    person.wait(400)  # it eases to the board
    looks.assert_no_blank_area(wall, "the projector")
    person.choose("Present", "Projector window")
    person.wait_until(lambda: not wall.isVisible(), "the projector closing")
    looks.assert_no_blank_area(session.window, "the laptop after the projector")


def timer(session: Session) -> None:
    """Set > 5 minutes, Start: it counts down; Pause stops it; Ctrl+T starts it again."""
    person = session.person
    room = session.window.room
    control = session.window.statusBar().findChild(TimerControl)
    assert control is not None
    with person.picking(control.preset_menu, "5 minutes"):
        person.click_widget(control.preset_button)
    assert control.display.text() == "05:00"
    person.click_widget(control.start_button)
    assert room.timer.state is TimerState.RUNNING
    person.wait_until(lambda: control.display.text() == "04:59", "the timer counting down", 2500)
    person.click_widget(control.start_button)
    assert room.timer.state is TimerState.PAUSED
    person.click(2300, FREE_ROW + 700)
    person.press("Ctrl+T")
    assert room.timer.state is TimerState.RUNNING
    person.press("Ctrl+T")
