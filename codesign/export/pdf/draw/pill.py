"""The rounded count pill shared by theme badges and vote totals, as the canvas draws them."""

from reportlab.lib.colors import Color

from codesign.export.pdf.draw.lines import draw_string
from codesign.export.pdf.scene import Scene
from codesign.text import BOLD_FONT


def draw_pill(
    scene: Scene,
    left: float,
    bottom: float,
    size: tuple[float, float],
    label: tuple[str, float, float, float],
    colours: tuple[Color, Color],
    outlined: bool = False,
) -> None:
    """A pill whose lower edge is at canvas y `bottom`.

    `label` is (text, font size, inset from the left, rise of the baseline above `bottom`);
    `colours` are (fill, text). An outlined pill uses the canvas's current stroke colour.
    """
    canvas, view = scene.canvas, scene.view
    width, height = size
    text, font_size, inset, rise = label
    fill, ink = colours
    canvas.setFillColor(fill)
    canvas.roundRect(
        view.x(left),
        view.y(bottom),
        view.length(width),
        view.length(height),
        view.length(height / 2),
        stroke=1 if outlined else 0,
        fill=1,
    )
    canvas.setFillColor(ink)
    canvas.setFont(BOLD_FONT, view.length(font_size))
    draw_string(canvas, view.x(left + inset), view.y(bottom - rise), text)
