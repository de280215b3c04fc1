"""A free text label (a heading on the board), wrapped to its width at its own size."""

from codesign.export.pdf.draw.text import write_lines
from codesign.export.pdf.scene import Scene
from codesign.export.pdf.style import colour
from codesign.model import Label
from codesign.text import layout_text


def draw_label(scene: Scene, label: Label) -> None:
    if not label.text:
        return
    size = label.font_size
    layout = layout_text(label.text, label.width, float("inf"), size, size, label.bold)
    write_lines(
        scene,
        layout.lines,
        label.x,
        label.y + size,
        size,
        layout.line_height,
        colour(label.colour),
        bold=label.bold,
    )
