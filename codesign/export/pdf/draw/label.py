"""A free text label (a heading on the board), laid out and placed as the canvas does it:
its own size, shrunk (down to 10) to fit its box, first baseline 0.8 of a line down."""

from codesign.export.pdf.draw.text import write_lines
from codesign.export.pdf.scene import Scene
from codesign.export.pdf.style import colour
from codesign.model import Label
from codesign.text import layout_text


def draw_label(scene: Scene, label: Label) -> None:
    if not label.text:
        return
    layout = layout_text(
        label.text,
        label.width,
        label.height,
        label.font_size,
        min(label.font_size, 10.0),
        label.bold,
    )
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
