"""A note typed longer than it can show keeps its text inside its edges and leaves the "…+"
badge a band of its own, so the badge never covers a word."""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from codesign.canvas.items.note import BADGE_ROOM
from codesign.model import Note
from codesign.text import NOTE_PADDING
from tests.ui.conftest import hover

STORY = (
    "For us, listening (and really hearing) what people have to say about their lives and the "
    "public services they use is at the very heart of what we do. It is one of the approaches "
    "we believe is right and necessary if we are going to change how organisations and "
    "professionals see the world, and consequently improve it."
)


def test_a_long_note_stays_inside_its_edges_and_clear_of_its_badge(qtbot, shown):
    hover(shown, 700, 100)
    QTest.keyClick(shown.view, Qt.Key.Key_N)
    QTest.keyClicks(QApplication.focusWidget(), STORY)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    (note,) = [n for n in shown.document.records_of(Note) if n.text == STORY]
    item = shown.view.board_scene.graphics_item(note.id)
    assert item.overflows()
    lines = item.shown_lines()
    layout = item.layout()
    assert lines[-1].endswith("…")
    block = layout.line_height * len(lines)
    top = max(NOTE_PADDING, (note.height - BADGE_ROOM - block) / 2)
    text = QRectF(NOTE_PADDING, top, note.width - 2 * NOTE_PADDING, block)
    assert text.bottom() <= note.height
    assert not text.intersects(item.badge_rect())
    words = " ".join(lines).rstrip("…").split()
    assert words[:-1] == STORY.split()[: len(words) - 1]
