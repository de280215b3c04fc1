"""Vote dots as on the canvas (same sizes): solid circles in each voter's colour with a white
ring, hanging over the note's top edge leftwards from the right-hand corner, where a dark pill
gives the note's total. The dots are those of the latest round."""

from codesign.export.pdf.draw.pill import draw_pill
from codesign.export.pdf.scene import Scene
from codesign.export.pdf.style import INK, WHITE, colour
from codesign.model import Note
from codesign.text import text_width

DOT_RADIUS = 13.0
RING = 3.0
DOT_STEP = 17.0
"""Dots overlap like real stickers stacked on a corner (the canvas's sizes)."""
MOST_DOTS_SHOWN = 9
"""Past this many, the dots would run off the note; the pill still gives the exact total."""
PILL_SIZE = 15.0


def draw_votes(scene: Scene, note: Note) -> None:
    entries = scene.facts.dots.get(note.id)
    if not entries:
        return
    canvas, view = scene.canvas, scene.view
    voters = [voter for voter, count in entries for _ in range(count)][:MOST_DOTS_SHOWN]
    total = str(sum(count for _voter, count in entries))
    pill_width = text_width(total, PILL_SIZE, bold=True) + 14
    pill_height = PILL_SIZE + 9
    pill_left = note.x + note.width - pill_width / 2
    right = pill_left - DOT_RADIUS + 6
    canvas.setStrokeColor(colour(WHITE))
    canvas.setLineWidth(view.length(RING))
    for index in reversed(range(len(voters))):
        canvas.setFillColor(colour(voters[index]))
        canvas.circle(
            view.x(right - index * DOT_STEP),
            view.y(note.y),
            view.length(DOT_RADIUS),
            stroke=1,
            fill=1,
        )
    draw_pill(
        scene,
        pill_left,
        note.y + pill_height / 2,
        (pill_width, pill_height),
        (total, PILL_SIZE, 7, 6.5),
        (colour(INK), colour(WHITE)),
        outlined=True,
    )
