"""The story after the day: the PDF record, saving, quitting, and the board opened again
(see `story` for the session and its texts)."""

from pathlib import Path

from PySide6.QtWidgets import QComboBox

from codesign.model import Note
from codesign.ui.files.export_dialog import ExportDialog
from codesign.ui.shell.main_window import MainWindow
from tests.rehearsal import looks
from tests.rehearsal.person import Person
from tests.rehearsal.story import AFTER_REOPENING, FREE_ROW, PASTED, Session

# --- after the day ----------------------------------------------------------------------------


def export_pdf(session: Session) -> Path:
    """File > Export…, PDF, Export, a name typed in the file dialog: a PDF on disk."""
    person = session.person
    target = session.folder / "record of the day.pdf"
    person.choose("File", "Export")
    dialog = person.modal(ExportDialog)
    assert isinstance(dialog, ExportDialog)
    formats = dialog.findChild(QComboBox)
    assert formats is not None and formats.currentText().startswith("PDF"), formats.currentText()
    with person.answering(lambda files: person.fill_file_name(files, str(target))):
        person.click_widget(dialog.export_button)
    person.wait_until(lambda: target.exists() and not dialog.is_running, "the PDF", 20000)
    assert target.read_bytes()[:4] == b"%PDF"
    person.press_button(dialog, "Close")
    return target


def save_as(session: Session, typed: str) -> Path:
    """Ctrl+S on a board never saved: the file dialog asks for a name."""
    person = session.person
    with person.answering(lambda files: person.fill_file_name(files, str(session.folder / typed))):
        person.press("Ctrl+S")
    person.wait_until(lambda: not session.window.document.is_dirty, "the save")
    path = session.window.document.path
    assert path is not None
    session.board_file = path
    return path


def quit_app(session: Session) -> None:
    """One last change (a note turned teal with 6), then File > Quit: the question about the
    unsaved change, answered Save, and the window goes with the change in the file."""
    person = session.person
    window = session.window
    last = PASTED[3].removeprefix("- ")
    person.click(*session.centre(last))
    person.press("6")
    assert window.document.is_dirty
    with person.answering(person.message_box("Save")):
        person.choose("File", "Quit")
    person.wait_until(lambda: not window.isVisible(), "the window closing")
    assert "Save the changes" in person.questions[-1]
    assert session.board_file is not None
    assert looks.notes(looks.saved(session.board_file))[last].colour == "teal"


def reopen(session: Session, new_window: MainWindow) -> None:
    """Codesign started again on the saved board (a double-click on its file): all there, and
    the first N and typing make a note, as they do at any other time."""
    path = session.board_file
    assert path is not None and new_window.document.path == path
    person = Person(new_window, session.person.qtbot)
    session.person = person
    board = looks.saved(path)
    assert {n.text for n in new_window.document.records_of(Note)} == looks.notes(board).keys()
    person.look_at(1400, FREE_ROW + 150)
    person.hover(300, FREE_ROW + 600)
    person.press("N")
    person.write(AFTER_REOPENING)
    person.press("Escape")
    found = session.new_note_texts()
    assert AFTER_REOPENING in found, f"N then typing made no note: {sorted(found)}"
