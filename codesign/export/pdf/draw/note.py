"""A sticky note: a rounded tint with a soft drawn shadow, its text wrapped by the shared
`layout_note_text` (same words on the same lines as the canvas), the author and its dots."""

from codesign.export.pdf.draw.text import write_lines
from codesign.export.pdf.draw.votes import draw_votes
from codesign.export.pdf.scene import Scene
from codesign.export.pdf.style import INK, MUTED, colour, shade
from codesign.model import Note
from codesign.text import NOTE_PADDING, REGULAR_FONT, layout_note_text

CORNER = 6.0
SHADOW_OFFSET = 3.0
AUTHOR_SIZE = 10.0
_SHADOW = "#D6D6D6"
"""Opaque rather than translucent: no graphics-state switch per note, same look on white."""


def draw_note(scene: Scene, note: Note) -> None:
    canvas, view = scene.canvas, scene.view
    left, top = view.x(note.x), view.y(note.y)
    width, height = view.length(note.width), view.length(note.height)
    corner, offset = view.length(CORNER), view.length(SHADOW_OFFSET)
    canvas.setFillColor(colour(_SHADOW))
    canvas.roundRect(left + offset, top - height - offset, width, height, corner, stroke=0, fill=1)
    canvas.setFillColor(colour(note.colour))
    canvas.setStrokeColor(shade(note.colour, 0.18))
    canvas.setLineWidth(view.length(1))
    canvas.roundRect(left, top - height, width, height, corner, stroke=1, fill=1)
    layout = layout_note_text(note.text, note.width, note.height)
    if layout.lines and note.text:
        write_lines(
            scene,
            layout.lines,
            note.x + NOTE_PADDING,
            note.y + NOTE_PADDING + layout.font_size,
            layout.font_size,
            layout.line_height,
            colour(INK),
        )
    if note.author:
        canvas.setFillColor(colour(MUTED))
        canvas.setFont(REGULAR_FONT, view.length(AUTHOR_SIZE))
        canvas.drawRightString(
            view.x(note.x + note.width - NOTE_PADDING / 2),
            view.y(note.y + note.height - 4),
            note.author,
        )
    draw_votes(scene, note)
