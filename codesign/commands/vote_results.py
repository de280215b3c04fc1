"""A round's results put on the wall: the top notes and their votes, as a frame to present.

The Voting panel is on the facilitator's laptop; the room needs the results on the projector.
So the results become ordinary board items, one undo step: a heading, the winners in bold,
the rest of the top notes, and a saved view (a presentation frame) around them, placed to the
right of everything else. Being plain labels, they show on the projector, in presentation, in
every export, and stay as they were when made: a snapshot of that moment of the day.
"""

from PySide6.QtCore import QCoreApplication

from codesign.commands.change_records import record_change
from codesign.commands.outcome import Outcome
from codesign.commands.presentation import document_frames
from codesign.commands.votes import round_results
from codesign.document import BoardDocument
from codesign.model import BoxItem, Label, Note, VotingRound
from codesign.model.bookmarks import Bookmark, FrameOrder
from codesign.model.clustering import bounds
from codesign.model.ids import new_id
from codesign.model.voting import Ranked, place_label
from codesign.text import layout_text

TOP_NOTES = 10
"""As many as a projected frame can show at a size the back of the room can read."""
WIDTH = 1400.0
GAP = 240.0
"""Between the board and the results, and the frame's margin round them."""
MARGIN = 80.0
NOTE_CHARS = 90
HEADING_SIZE = 48.0
LINE_SIZE = 30.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("commands", text)


def results_on_board(document: BoardDocument, round_id: str) -> Outcome:
    """Add the round's results and their frame (what it makes); refused when no note has a dot."""
    voting = document.get(round_id)
    if not isinstance(voting, VotingRound):
        raise KeyError(f"no voting round {round_id!r}")
    ranked = round_results(document, round_id).notes[:TOP_NOTES]
    if not ranked:
        return Outcome(refused=_tr("No dots on any note yet: there are no results to show."))
    everything = bounds(item for item in document.items() if isinstance(item, BoxItem))
    x = everything.right + GAP if everything else 0.0
    y = everything.y if everything else 0.0
    heading = _tr("Results: {title}").format(title=voting.title or _tr("Voting round"))
    winners = [_line(document, r) for r in ranked if r.rank == 1]
    others = [_line(document, r) for r in ranked if r.rank != 1]
    labels: list[Label] = []
    for text, size, bold in (
        (heading, HEADING_SIZE, True),
        ("\n".join(winners), LINE_SIZE, True),
        ("\n".join(others), LINE_SIZE, False),
    ):
        if text:
            label = _label(text, x, y, size, bold)
            labels.append(label)
            y = label.y + label.height + LINE_SIZE
    area = bounds(labels)
    assert area is not None
    frame = Bookmark(
        id=new_id("view"),
        title=heading,
        x=area.x - MARGIN,
        y=area.y - MARGIN,
        width=area.width + 2 * MARGIN,
        height=area.height + 2 * MARGIN,
    )
    order = FrameOrder(frames=(*(f.id for f in document_frames(document)), frame.id))
    text = _tr("Show results on the board")
    return record_change(document, text, [*labels, frame, order], made=[frame.id])


def _line(document: BoardDocument, ranked: Ranked) -> str:
    """ "1  Plain English letters — 5 votes (winner)": place, words, votes, as read out."""
    note = document.get(ranked.id)
    text = " ".join(note.text.split()) if isinstance(note, Note) else ""
    if len(text) > NOTE_CHARS:
        text = text[: NOTE_CHARS - 1] + "…"
    votes = QCoreApplication.translate("commands", "%n vote(s)", "", ranked.votes)
    line = f"{place_label(ranked)}   {text} — {votes}"
    if ranked.rank == 1:
        line += " " + (_tr("(joint winner)") if ranked.tied else _tr("(winner)"))
    return line


def _label(text: str, x: float, y: float, size: float, bold: bool) -> Label:
    """A label as tall as its wrapped lines at `size`, so nothing shrinks on the wall."""
    layout = layout_text(text, WIDTH, 1e6, size, size, bold)
    return Label(
        id=new_id("label"),
        x=x,
        y=y,
        width=WIDTH,
        height=layout.height + size * 0.5,
        text=text,
        font_size=size,
        bold=bold,
    )
