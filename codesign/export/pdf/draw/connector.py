"""A connector: a line between the edges of its two items, arrowheads, and its label on a
white pill at the middle so it reads over whatever it crosses."""

import math

from codesign.export.pdf.draw.text import write_pill
from codesign.export.pdf.geometry import connector_ends, edge_point
from codesign.export.pdf.scene import Scene
from codesign.export.pdf.style import INK, WHITE, colour
from codesign.model import Connector
from codesign.text import text_width

LINE_WIDTH = 2.5
ARROW_LENGTH = 16.0
ARROW_HALF_WIDTH = 7.0
LABEL_SIZE = 14.0

Point = tuple[float, float]


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
        middle = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
        half = (text_width(connector.label, LABEL_SIZE, bold=True) + LABEL_SIZE) / 2
        write_pill(
            scene,
            connector.label,
            middle[0] + half,
            middle[1],
            LABEL_SIZE,
            colour(WHITE),
            colour(INK),
        )


def _centre(box: tuple[float, float, float, float]) -> Point:
    return box[0] + box[2] / 2, box[1] + box[3] / 2


def _arrowhead(scene: Scene, tail: Point, tip: Point) -> None:
    length = math.hypot(tip[0] - tail[0], tip[1] - tail[1])
    if length == 0:
        return
    along = ((tip[0] - tail[0]) / length, (tip[1] - tail[1]) / length)
    base = (tip[0] - along[0] * ARROW_LENGTH, tip[1] - along[1] * ARROW_LENGTH)
    across = (-along[1] * ARROW_HALF_WIDTH, along[0] * ARROW_HALF_WIDTH)
    view = scene.view
    path = scene.canvas.beginPath()
    path.moveTo(view.x(tip[0]), view.y(tip[1]))
    path.lineTo(view.x(base[0] + across[0]), view.y(base[1] + across[1]))
    path.lineTo(view.x(base[0] - across[0]), view.y(base[1] - across[1]))
    path.close()
    scene.canvas.drawPath(path, stroke=0, fill=1)
