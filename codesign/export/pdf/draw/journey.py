"""A journey map: title, stage and lane headers in a stronger tint, a light grid, and the
emotion curve in one strong colour with a dot at each stage. Cell positions come from
`codesign.model.journey_geometry`, the same arithmetic the canvas uses; the notes placed in it
are ordinary notes drawn on top."""

from codesign.export.pdf.draw.text import centred_baseline, write_lines
from codesign.export.pdf.scene import Scene
from codesign.export.pdf.style import EMOTION, INK, WHITE, colour, tint
from codesign.model import JourneyMap
from codesign.model.journey_geometry import (
    LANE_HEADER_WIDTH,
    STAGE_HEADER_HEIGHT,
    TITLE_HEIGHT,
    journey_size,
    lane_top,
    stage_left,
)
from codesign.text import layout_text

TITLE_SIZE = 30.0
HEADER_SIZE = 18.0
HEADER_PADDING = 12.0
CURVE_WIDTH = 4.0
CURVE_DOT = 8.0


def draw_journey(scene: Scene, journey: JourneyMap) -> None:
    canvas, view = scene.canvas, scene.view
    width, height = journey_size(journey)
    canvas.setFillColor(tint(journey.colour, 0.85))
    canvas.setStrokeColor(tint(journey.colour, 0.2))
    canvas.setLineWidth(view.length(1.5))
    canvas.roundRect(
        view.x(journey.x),
        view.y(journey.y + height),
        view.length(width),
        view.length(height),
        view.length(10),
        stroke=1,
        fill=1,
    )
    if journey.title:
        _header_text(scene, journey.title, journey.x, journey.y, width, TITLE_HEIGHT, TITLE_SIZE)
    header = tint(journey.colour, 0.45)
    top = journey.y + TITLE_HEIGHT
    for stage in journey.stages:
        left = stage_left(journey, stage.id)
        _cell(scene, left, top, stage.width, STAGE_HEADER_HEIGHT, header)
        _header_text(scene, stage.title, left, top, stage.width, STAGE_HEADER_HEIGHT, HEADER_SIZE)
    for lane in journey.lanes:
        lane_y = lane_top(journey, lane.id)
        _cell(scene, journey.x, lane_y, LANE_HEADER_WIDTH, lane.height, header)
        _header_text(scene, lane.title, journey.x, lane_y, LANE_HEADER_WIDTH, lane.height, 18.0)
        for stage in journey.stages:
            _cell(scene, stage_left(journey, stage.id), lane_y, stage.width, lane.height, None)
        if lane.emotion:
            _emotion_curve(scene, journey, lane_y, lane.height)


def _cell(scene: Scene, x: float, y: float, width: float, height: float, fill: object) -> None:
    canvas, view = scene.canvas, scene.view
    canvas.setStrokeColor(colour(WHITE))
    canvas.setLineWidth(view.length(2))
    if fill is not None:
        canvas.setFillColor(fill)
    canvas.rect(
        view.x(x),
        view.y(y + height),
        view.length(width),
        view.length(height),
        stroke=1,
        fill=fill is not None,
    )


def _header_text(
    scene: Scene, text: str, x: float, y: float, width: float, height: float, size: float
) -> None:
    if not text:
        return
    room = width - 2 * HEADER_PADDING
    layout = layout_text(text, room, height - HEADER_PADDING, size, 10.0, True)
    write_lines(
        scene,
        layout.lines,
        x + HEADER_PADDING,
        centred_baseline(layout, y + height / 2),
        layout.font_size,
        layout.line_height,
        colour(INK),
        bold=True,
    )


def _emotion_curve(scene: Scene, journey: JourneyMap, lane_y: float, lane_height: float) -> None:
    """Very positive (+2) near the top of the lane, very negative (-2) near the bottom."""
    canvas, view = scene.canvas, scene.view
    reach = lane_height / 2 - CURVE_DOT * 2
    points = [
        (
            stage_left(journey, stage.id) + stage.width / 2,
            lane_y + lane_height / 2 - stage.emotion / 2 * reach,
        )
        for stage in journey.stages
        if stage.emotion is not None
    ]
    if not points:
        return
    ink = colour(EMOTION)
    canvas.setStrokeColor(tint(EMOTION, 0.7))
    canvas.setLineWidth(view.length(1))
    canvas.line(
        view.x(journey.x + LANE_HEADER_WIDTH),
        view.y(lane_y + lane_height / 2),
        view.x(journey.x + journey_size(journey)[0]),
        view.y(lane_y + lane_height / 2),
    )
    canvas.setStrokeColor(ink)
    canvas.setLineWidth(view.length(CURVE_WIDTH))
    path = canvas.beginPath()
    path.moveTo(view.x(points[0][0]), view.y(points[0][1]))
    for x, y in points[1:]:
        path.lineTo(view.x(x), view.y(y))
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.setFillColor(ink)
    canvas.setStrokeColor(colour(WHITE))
    canvas.setLineWidth(view.length(2))
    for x, y in points:
        canvas.circle(view.x(x), view.y(y), view.length(CURVE_DOT), stroke=1, fill=1)
