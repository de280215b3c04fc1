"""A connector: a line between the edges of its two items, arrowheads, and its label on a
white pill at the middle so it reads over whatever it crosses."""

import math

from codesign.export.pdf.draw.lines import draw_string
from codesign.export.pdf.draw.registry import draws
from codesign.export.pdf.geometry import connector_ends, edge_point
from codesign.export.pdf.scene import Scene
from codesign.export.pdf.style import HAIRLINE, INK, WHITE, colour
from codesign.model import Connector
from codesign.text import REGULAR_FONT, text_width

LINE_WIDTH = 2.0
ARROW = 14.0
ARROW_SPREAD = 0.45
"""The canvas's arrowhead: 14 units along each side, 0.45 rad either side of the line."""
LABEL_SIZE = 14.0

Point = tuple[float, float]


@draws("connector")
def draw_connector(scene: Scene, connector: Connector) -> None:
    ends = connector_ends(connector, scene.facts.boxes)
    if ends is None:
        return
    source_box, target_box = ends
    start = edge_point(source_box, _centre(target_box))
    end = edge_point(target_box, _centre(source_box))
    canvas, view = scene.canvas, scene.view
    ink = colour(connector.colour)
    canvas.setStrokeColor(ink)
    canvas.setFillColor(ink)
    canvas.setLineWidth(view.length(LINE_WIDTH))
    canvas.line(view.x(start[0]), view.y(start[1]), view.x(end[0]), view.y(end[1]))
    if connector.arrow_end:
        _arrowhead(scene, start, end)
    if connector.arrow_start:
        _arrowhead(scene, end, start)
    if connector.label:
        _label(scene, connector.label, (start[0] + end[0]) / 2, (start[1] + end[1]) / 2)


def _label(scene: Scene, label: str, middle_x: float, middle_y: float) -> None:
    """A white pill with a hairline edge, as on the canvas, so the label reads over anything."""
    canvas, view = scene.canvas, scene.view
    width = text_width(label, LABEL_SIZE) + 16
    left = middle_x - width / 2
    canvas.setFillColor(colour(WHITE))
    canvas.setStrokeColor(colour(HAIRLINE))
    canvas.setLineWidth(view.length(1))
    canvas.roundRect(
        view.x(left),
        view.y(middle_y + 13),
        view.length(width),
        view.length(26),
        view.length(13),
        stroke=1,
        fill=1,
    )
    canvas.setFillColor(colour(INK))
    canvas.setFont(REGULAR_FONT, view.length(LABEL_SIZE))
    draw_string(canvas, view.x(left + 8), view.y(middle_y + 13 - 8), label)


def _centre(box: tuple[float, float, float, float]) -> Point:
    return box[0] + box[2] / 2, box[1] + box[3] / 2


def _arrowhead(scene: Scene, tail: Point, tip: Point) -> None:
    if tail == tip:
        return
    angle = math.atan2(tip[1] - tail[1], tip[0] - tail[0])
    view = scene.view
    path = scene.canvas.beginPath()
    path.moveTo(view.x(tip[0]), view.y(tip[1]))
    for side in (-ARROW_SPREAD, ARROW_SPREAD):
        path.lineTo(
            view.x(tip[0] - ARROW * math.cos(angle + side)),
            view.y(tip[1] - ARROW * math.sin(angle + side)),
        )
    path.close()
    scene.canvas.drawPath(path, stroke=0, fill=1)
