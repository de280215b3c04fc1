"""What every drawer needs: the canvas, where the board sits on the page, and facts about it.

The facts (boxes by id, the dots on each note) are worked out once per export, not once per
item, so drawing a 10,000-note board stays a single pass.
"""

from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas

from codesign.export.pdf.geometry import Rect, View, box_of
from codesign.export.votes_shown import shown_round
from codesign.model import Board, Cluster
from codesign.text import register_fonts


@dataclass(frozen=True)
class BoardFacts:
    board: Board
    boxes: dict[str, Rect]
    dots: dict[str, tuple[tuple[str, int], ...]]
    """Note id -> (voter colour, dots) in the latest voting round, unless its tally is still
    hidden (see `codesign.export.votes_shown`)."""
    cluster_votes: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, board: Board) -> "BoardFacts":
        boxes = {item.id: box for item in board.items if (box := box_of(item)) is not None}
        dots: dict[str, list[tuple[str, int]]] = {}
        shown = shown_round(board)
        if shown:
            colours = {person.id: person.colour for person in board.participants}
            for dot in shown.dots:
                dots.setdefault(dot.note, []).append((colours[dot.voter], dot.count))
        totals = {note: sum(count for _colour, count in entries) for note, entries in dots.items()}
        cluster_votes = {
            cluster.id: sum(totals.get(member, 0) for member in cluster.members)
            for cluster in board.of_kind(Cluster)
        }
        return cls(board, boxes, {k: tuple(v) for k, v in dots.items()}, cluster_votes)


@dataclass(frozen=True)
class Scene:
    canvas: Canvas
    view: View
    facts: BoardFacts
    window: Rect | None = None
    """The part of the board a page shows, when it is one of several: what would run over
    its edges (the emotion curve) is drawn only as far as it stays whole inside it."""

    def __post_init__(self) -> None:
        register_fonts()  # text is measured without reportlab; drawing it needs the fonts known
