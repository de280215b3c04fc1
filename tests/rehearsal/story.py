"""The user guide's story, step by step, as a facilitator plays it on the day.

Each step acts through `Person` and then checks what the person would see or what the board
now holds. The texts are the kind a ServiceLand workshop collects (see /work/shared/seeds).
The whole session plays every step in order; the segment tests play the few steps one part of
the story needs, so a failure says which part broke.
"""

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from codesign.model import Cluster, JourneyMap, Note
from codesign.ui.files.template_dialog import TemplateDialog
from codesign.ui.shell.main_window import MainWindow
from codesign.ui.themes.suggest_dialog import SuggestDialog
from tests.rehearsal import looks
from tests.rehearsal.person import Person, alive

TYPED_BY_KEY = ("Letters arrive after the appointment", "Nobody rings back after the form")
TYPED_BY_DOUBLE_CLICK = "Tell it once: the form should follow Mam"
PASTED = (
    "- Co-production means sharing power with Mam",
    "- Time banking: Mam teaches Welsh to a neighbour",
    "- Plain English and Cymraeg on every letter",
    "- A named contact who rings back every week",
    "- Letters should say who to ring",
    "- Ring back the same day, every time",
)
THEMES = ("Letters, forms and phone calls", "People-powered support")
VOTERS = ("Ruth", "Caireen", "Siân")
QUESTION = "What should ServiceLand change first?"
AFTER_REOPENING = "Ask Mam what matters to her"
FREE_ROW = 1700.0
"""Scene y of the free space under the ServiceLand journey map, where new notes go."""


@dataclass
class Session:
    """What the story made so far, by the names a person knows things by."""

    person: Person
    folder: Path
    note_ids: dict[str, str] = field(default_factory=dict)
    theme_ids: dict[str, str] = field(default_factory=dict)
    template_note_ids: frozenset[str] = frozenset()
    board_file: Path | None = None

    @property
    def window(self) -> MainWindow:
        return self.person.window

    def note(self, text: str) -> Note:
        record = self.window.document.get(self.note_ids[text])
        assert isinstance(record, Note), f"the note {text!r} is gone"
        return record

    def theme(self, title: str) -> Cluster:
        record = self.window.document.get(self.theme_ids[title])
        assert isinstance(record, Cluster), f"the theme {title!r} is gone"
        return record

    def centre(self, text: str) -> tuple[float, float]:
        note = self.note(text)
        return note.x + note.width / 2, note.y + note.height / 2

    def new_note_texts(self) -> dict[str, str]:
        """Text -> id of every note the session made (the template's own left out)."""
        return {
            n.text: n.id
            for n in self.window.document.records_of(Note)
            if n.id not in self.template_note_ids
        }


def journey_of(window: MainWindow) -> JourneyMap:
    (found,) = window.document.records_of(JourneyMap)
    return found


# --- before the day ---------------------------------------------------------------------------


def start_from_template(session: Session) -> None:
    """File > New from template…, pick ServiceLand's picture, Open."""
    person = session.person
    person.choose("File", "New from template")
    dialog = person.modal(TemplateDialog)
    assert isinstance(dialog, TemplateDialog)
    (item,) = dialog.list.findItems("ServiceLand customer journey", Qt.MatchFlag.MatchExactly)
    person.click_widget(dialog.list.viewport(), dialog.list.visualItemRect(item).center())
    person.press_button(dialog, "Open")
    person.wait_until(lambda: list(session.window.document.records_of(JourneyMap)), "ServiceLand")
    person.wait(100)  # the view fits the board once the layout has settled
    placed = {p.note for p in journey_of(session.window).placements}
    session.template_note_ids = frozenset(n.id for n in session.window.document.records_of(Note))
    assert placed == session.template_note_ids, "ServiceLand's notes are not all on its map"
    looks.assert_no_blank_area(session.window, "the ServiceLand board, fitted")
    person.look_at(1400, FREE_ROW + 150)


# --- sticky notes -----------------------------------------------------------------------------


def add_notes_by_key(session: Session) -> None:
    """Point at an empty spot, press N, type, Escape: twice in a row."""
    person = session.person
    for number, text in enumerate(TYPED_BY_KEY):
        x = 300 + 400 * number
        person.hover(x, FREE_ROW)
        person.press("N")
        person.write(text)
        person.press("Escape")
        found = session.new_note_texts()
        assert text in found, f"N then typing made no note {text!r}: {sorted(found)}"
        session.note_ids[text] = found[text]


def add_note_by_double_click(session: Session) -> None:
    """Double-click empty board, type, click away."""
    person = session.person
    person.double_click(1100, FREE_ROW)
    person.write(TYPED_BY_DOUBLE_CLICK)
    person.click(1100, FREE_ROW + 400)
    found = session.new_note_texts()
    assert TYPED_BY_DOUBLE_CLICK in found, sorted(found)
    session.note_ids[TYPED_BY_DOUBLE_CLICK] = found[TYPED_BY_DOUBLE_CLICK]


def move_by_finger(session: Session) -> None:
    """A participant at the touchscreen slides the double-clicked note along with one finger."""
    before = session.note(TYPED_BY_DOUBLE_CLICK)
    x, y = session.centre(TYPED_BY_DOUBLE_CLICK)
    session.person.finger_drag((x, y), (x + 200, y + 40))
    after = session.note(TYPED_BY_DOUBLE_CLICK)
    moved = (after.x - before.x, after.y - before.y)
    assert abs(moved[0] - 200) < 5 and abs(moved[1] - 40) < 5, f"the finger moved it by {moved}"


def paste_lines(session: Session) -> None:
    """Lines copied from an email, pasted with Edit > Paste at the pointer: a note per line."""
    person = session.person
    QApplication.clipboard().setText("\n".join(PASTED) + "\n")  # copied in another program
    person.hover(2000, FREE_ROW + 100)
    person.choose("Edit", "Paste")
    found = session.new_note_texts()
    for line in PASTED:
        text = line.removeprefix("- ")
        assert text in found, f"no note for the pasted line {text!r}: {sorted(found)}"
        session.note_ids[text] = found[text]


def recolour(session: Session) -> None:
    """Click a note and press 3 (pink); then another with Colour > Blue."""
    person = session.person
    person.click(*session.centre(TYPED_BY_DOUBLE_CLICK))
    person.press("3")
    assert session.note(TYPED_BY_DOUBLE_CLICK).colour == "pink"
    first_pasted = PASTED[0].removeprefix("- ")
    person.click(*session.centre(first_pasted))
    person.choose("Colour", "Blue")
    assert session.note(first_pasted).colour == "blue"


# --- themes -----------------------------------------------------------------------------------


def group_theme(session: Session, title: str, members: tuple[str, ...]) -> None:
    """Click the first note, Shift-click the rest, Ctrl+G, type the title, Enter."""
    person = session.person
    person.click(*session.centre(members[0]))
    for text in members[1:]:
        person.click(*session.centre(text), Qt.KeyboardModifier.ShiftModifier)
    person.press("Ctrl+G")
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), f"Ctrl+G left the focus on {editor!r}, not the title"
    person.write(title)
    person.press("Return")
    made = {c.title: c.id for c in session.window.document.records_of(Cluster)}
    assert title in made, f"no theme {title!r} after typing its title: {sorted(made)}"
    session.theme_ids[title] = made[title]
    theme = session.theme(title)
    assert {session.note_ids[t] for t in members} <= set(theme.members)


def group_two_themes(session: Session) -> None:
    """Two themes in a row, each named as it is made."""
    group_theme(session, THEMES[0], TYPED_BY_KEY)
    group_theme(session, THEMES[1], tuple(line.removeprefix("- ") for line in PASTED[:2]))
    first = session.theme(THEMES[0])
    person = session.person
    person.click(first.x + 40, first.y + 20)  # its title bar
    with person.picking("ThemeColourMenu", "Teal"):
        person.choose("Themes", "Recolour theme")
    assert session.theme(THEMES[0]).colour == "teal"
    assert looks.clipped_titles(session.window.view, THEMES) == []
    looks.assert_no_blank_area(session.window, "two new themes")


def drag_in_and_out(session: Session) -> None:
    """Drag a note into the first theme, and a note out of the second."""
    person = session.person
    first = session.theme(THEMES[0])
    into = (first.x + first.width / 2, first.y + first.height - 30)
    person.drag(session.centre(TYPED_BY_DOUBLE_CLICK), into)
    joined = session.theme(THEMES[0])
    assert session.note_ids[TYPED_BY_DOUBLE_CLICK] in joined.members
    leaving = PASTED[1].removeprefix("- ")
    person.drag(session.centre(leaving), (2300, FREE_ROW + 500))
    left = session.theme(THEMES[1])
    assert session.note_ids[leaving] not in left.members
    assert looks.clipped_titles(session.window.view) == []


def suggest_themes(session: Session) -> None:
    """Themes > Suggest themes…, keep what is ticked: the journey map keeps every note."""
    person = session.person
    window = session.window
    before = journey_of(window)
    placed = {p.note: window.document.get(p.note) for p in before.placements}
    person.choose("Themes", "Suggest themes")
    dialog = person.modal(SuggestDialog)
    suggested = dialog.tree.topLevelItemCount()
    assert suggested, "no themes suggested"
    person.press_button(dialog, dialog.accept_button.text().replace("&", ""))
    person.wait_until(lambda: not alive(dialog), "the suggestions closing")
    after = journey_of(window)
    assert after.placements == before.placements, "Suggest themes took notes off the journey map"
    moved = [k for k, note in placed.items() if window.document.get(k) != note]
    assert not moved, f"Suggest themes moved {len(moved)} notes of the journey map"
    assert len(list(window.document.records_of(Cluster))) > len(session.theme_ids)
    looks.assert_no_blank_area(window, "the board after Suggest themes")
