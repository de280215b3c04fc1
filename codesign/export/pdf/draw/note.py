"""A sticky note: a rounded tint with a soft drawn shadow, its text wrapped by the shared
`layout_note_text` (same words on the same lines as the canvas) and placed as the canvas places
it (lines centred, the block centred vertically), the author at the bottom left, its dots."""

from codesign.export.bilingual import versions
from codesign.export.pdf.draw.lines import out_line
from codesign.export.pdf.draw.registry import draws
from codesign.export.pdf.draw.text import centred_block
from codesign.export.pdf.draw.two_texts import draw_two_texts
from codesign.export.pdf.draw.votes import draw_votes
from codesign.export.pdf.scene import Scene
from codesign.export.pdf.style import INK, MUTED, colour, shade
from codesign.model import Note
from codesign.text import NOTE_PADDING, REGULAR_FONT, TextLayout, layout_note_text

CORNER = 6.0
SHADOW_OFFSET = 3.0
AUTHOR_SIZE = 9.0
DETAIL_FROM = 24.0
"""Below this printed width (points, about 8 mm) the shadow, the edge and the author's name
are specks nobody can see; leaving them out, like the canvas's level of detail, keeps a
10,000-note page quick to make and to open. The note's own text is always written."""
_SHADOW = "#D6D6D6"
_EMPTY = TextLayout(12.0, 15.0, (), False)
"""Opaque rather than translucent: no graphics-state switch per note, same look on white."""


@draws("note")
def draw_note(scene: Scene, note: Note) -> None:
    canvas, view = scene.canvas, scene.view
    left, top = view.x(note.x), view.y(note.y)
    width, height = view.length(note.width), view.length(note.height)
    corner = view.length(CORNER)
    detailed = width >= DETAIL_FROM
    if detailed:
        offset = view.length(SHADOW_OFFSET)
        canvas.setFillColor(colour(_SHADOW))
        canvas.roundRect(
            left + offset, top - height - offset, width, height, corner, stroke=0, fill=1
        )
        canvas.setStrokeColor(shade(note.colour, 0.18))
        canvas.setLineWidth(view.length(1))
    canvas.setFillColor(colour(note.colour))
    canvas.roundRect(left, top - height, width, height, corner, stroke=int(detailed), fill=1)
    texts = versions(scene.facts.board, note.text, note.text_alt)
    if len(texts) == 2:
        draw_two_texts(scene, note, (texts[0], texts[1]), colour(INK))
        texts = ()
    layout = layout_note_text(note.text, note.width, note.height) if texts else _EMPTY
    top = note.y + max(NOTE_PADDING, (note.height - layout.height) / 2)
    text = centred_block(
        scene, layout if note.text else _EMPTY, note.x, note.width, top, colour(INK)
    )
    if note.author and detailed:
        text.setTextOrigin(view.x(note.x + NOTE_PADDING), view.y(note.y + note.height - 3))
        text.setFont(REGULAR_FONT, view.length(AUTHOR_SIZE))
        text.setFillColor(colour(MUTED))
        out_line(text, note.author)
    canvas.drawText(text)
    draw_votes(scene, note)
