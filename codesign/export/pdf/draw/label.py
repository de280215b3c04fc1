"""A free text label (a heading on the board), laid out and placed as the canvas does it:
its own size, shrunk (down to 10) to fit its box, first baseline 0.8 of a line down."""

from codesign.export.bilingual import versions
from codesign.export.pdf.draw.registry import draws
from codesign.export.pdf.draw.text import write_lines
from codesign.export.pdf.geometry import Rect
from codesign.export.pdf.scene import Scene
from codesign.export.pdf.style import colour
from codesign.model import Label
from codesign.text import TextLayout, layout_label_text, text_width


@draws("label")
def draw_label(scene: Scene, label: Label) -> None:
    if not label.text:
        return
    shown = versions(scene.facts.board, label.text, label.text_alt)
    layout = _layout(label, "\n".join(version.text for version in shown))
    write_lines(
        scene,
        layout.lines,
        label.x,
        label.y + layout.line_height * 0.8,
        layout.font_size,
        layout.line_height,
        colour(label.colour),
        bold=label.bold,
    )


def label_ink(label: Label) -> Rect | None:
    """Where the label's text prints (a wide box often holds a short heading), or None."""
    if not label.text:
        return None
    layout = _layout(label)
    widths = [text_width(line, layout.font_size, label.bold) for line in layout.lines]
    width = max(widths, default=0.0)
    return label.x, label.y, width, layout.line_height * len(layout.lines)


def _layout(label: Label, text: str | None = None) -> TextLayout:
    """`text` defaults to both languages of a bilingual label, one under the other."""
    if text is None:
        text = "\n".join(filter(None, (label.text, label.text_alt)))
    return layout_label_text(text, label.width, label.height, label.font_size, label.bold)
