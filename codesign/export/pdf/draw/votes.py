"""Vote dots as on the canvas: solid circles in each voter's colour with a white ring, stacked
along the top edge at the note's right-hand corner, half outside it so they never cover the
first line of text, and the note's total in a dark pill beside them."""

from codesign.export.pdf.draw.text import write_pill
from codesign.export.pdf.scene import Scene
from codesign.export.pdf.style import INK, WHITE, colour
from codesign.model import Note

DOT_RADIUS = 9.0
DOT_STEP = 14.0
MOST_DOTS_SHOWN = 8
"""Past this many, the dots would run off the note; the pill still gives the exact total."""


def draw_votes(scene: Scene, note: Note) -> None:
    entries = scene.facts.dots.get(note.id)
    if not entries:
        return
    canvas, view = scene.canvas, scene.view
    voters = [voter for voter, count in entries for _ in range(count)][:MOST_DOTS_SHOWN]
    right = note.x + note.width - DOT_RADIUS - 4
    middle = note.y
    leftmost = right - (len(voters) - 1) * DOT_STEP
    canvas.setStrokeColor(colour(WHITE))
    canvas.setLineWidth(view.length(2.5))
    for index, voter in enumerate(voters):
        canvas.setFillColor(colour(voter))
        canvas.circle(
            view.x(leftmost + index * DOT_STEP),
            view.y(middle),
            view.length(DOT_RADIUS),
            stroke=1,
            fill=1,
        )
    total = sum(count for _voter, count in entries)
    write_pill(
        scene, str(total), leftmost - DOT_RADIUS - 3, middle, 12.0, colour(INK), colour(WHITE)
    )
