"""Vote counts stay readable zoomed out: below a size the dots become one pill with the count."""

from PySide6.QtCore import QPointF

from codesign.canvas.items.vote_pill import FAR_ZOOM
from codesign.canvas.scene import OVERVIEW_ZOOM
from codesign.document import BoardDocument
from codesign.model import Board, Dot, Note, Participant, VotingRound
from tests.ui.conftest import make_window
from tests.ui.menus import choose


def voted_board() -> Board:
    notes = tuple(
        Note(id=f"n{i}", x=i * 1200, y=0, text=text)
        for i, text in enumerate(("One phone number", "Plain English letters", "Croeso"))
    )
    voting = VotingRound(
        id="r1",
        title="What matters most?",
        allow_stacking=True,
        dots=(Dot(voter="p1", note="n0", count=2), Dot(voter="p2", note="n0")),
    )
    people = (Participant(id="p1", name="Geoff"), Participant(id="p2", name="Rhian"))
    return Board(title="Votes", items=notes, participants=people, rounds=(voting,))


def pill_height_above(window, note_id: str) -> int:
    """Screen rows above the note's top edge, near its right corner, holding the dark pill."""
    note = window.document.get(note_id)
    corner = window.view.mapFromScene(QPointF(note.x + note.width, note.y))
    image = window.view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    rows = set()
    for y in range(max(0, corner.y() - 40), corner.y() - 1):
        for x in range(max(0, corner.x() - 90), corner.x() + 4):
            colour = image.pixelColor(round(x * ratio), round(y * ratio))
            if max(colour.red(), colour.green(), colour.blue()) < 60:
                rows.add(y)
    return len(rows)


def zoom_out_to(window, below: float) -> None:
    for _ in range(20):
        if window.view.zoom() < below:
            return
        choose(window, "zoom_out")
    raise AssertionError(f"zoom stuck at {window.view.zoom()}")


def test_dots_become_a_readable_pill_with_the_count_at_any_zoom(qtbot):
    window = make_window(qtbot, BoardDocument(voted_board()))
    window.view.centerOn(QPointF(700, 80))
    assert pill_height_above(window, "n0") <= 16  # near in: dots, the total pill its own size
    zoom_out_to(window, 0.3)
    assert not window.view.board_scene.overview_mode
    assert pill_height_above(window, "n0") >= 11
    assert window.voting.layer.dots_item("n0").count() == 3
    zoom_out_to(window, 0.12)
    assert window.view.board_scene.overview_mode
    assert pill_height_above(window, "n0") >= 11
    assert pill_height_above(window, "n1") == 0


def test_the_far_pill_takes_over_where_the_overview_does():
    assert FAR_ZOOM == OVERVIEW_ZOOM
