"""A bilingual note on paper, as on the canvas: the first text, a thin rule, the second smaller
and slanted, laid out by the shared `layout_two_note_texts`. Each text is a marked-content span
with its `/Lang`, so a screen reader reads the Welsh with a Welsh voice and the English with
an English one; both stay real, selectable text."""

from reportlab.lib.colors import Color
from reportlab.pdfgen.textobject import PDFTextObject

from codesign.export.bilingual import LANGUAGE_TAGS
from codesign.export.pdf.draw.text import centred_block
from codesign.export.pdf.scene import Scene
from codesign.export.pdf.style import colour
from codesign.model import Note
from codesign.model.bilingual import ShownText
from codesign.text import NOTE_PADDING, layout_two_note_texts
from codesign.text.two_languages import RULE_GAP

SLANT = 0.2
"""The second text's slant (a synthesised oblique, as on screen: the font has no italic)."""
RULE_SHARE = 0.4
_RULE = "#8A877F"


def draw_two_texts(
    scene: Scene, note: Note, texts: tuple[ShownText, ShownText], ink: Color
) -> None:
    first, second = texts
    layout = layout_two_note_texts(first.text, second.text, note.width, note.height)
    top = note.y + max(NOTE_PADDING, (note.height - layout.height) / 2)
    upper = centred_block(scene, layout.first, note.x, note.width, top, ink)
    _in_language(upper, first.language)
    scene.canvas.drawText(upper)
    rule_y = top + layout.first.height + RULE_GAP / 2
    view, half = scene.view, note.width * RULE_SHARE / 2
    centre = note.x + note.width / 2
    scene.canvas.setStrokeColor(colour(_RULE))
    scene.canvas.setLineWidth(view.length(0.75))
    scene.canvas.line(view.x(centre - half), view.y(rule_y), view.x(centre + half), view.y(rule_y))
    lower = centred_block(
        scene, layout.second, note.x, note.width, rule_y + RULE_GAP / 2, ink, SLANT
    )
    _in_language(lower, second.language)
    scene.canvas.drawText(lower)


def _in_language(text: PDFTextObject, language: str | None) -> None:
    """Wrap the text object's lines in a span that names their language."""
    tag = LANGUAGE_TAGS.get(language or "")
    if tag:
        text._code.insert(0, f"/Span <</Lang ({tag})>> BDC")
        text._code.append("EMC")
