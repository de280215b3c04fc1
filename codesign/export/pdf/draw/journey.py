"""A journey map as the canvas draws it (`codesign/canvas/items/journey.py`): a pale region,
the title, a stronger-tinted stage header row and lane header column, light grid lines, and
the emotion curve in one strong colour with a dot at each stage. Positions come from
`codesign.model.journey_geometry`; the notes placed in it are ordinary notes drawn on top.
Where the canvas cuts a long header to fit, the PDF shrinks or wraps it instead."""

from itertools import pairwise

from reportlab.lib.colors import Color

from codesign.export.bilingual import joined, versions
from codesign.export.pdf.draw.registry import draws
from codesign.export.pdf.draw.text import write_lines
from codesign.export.pdf.scene import Scene
from codesign.export.pdf.style import EMOTION, INK, WHITE, colour, tint
from codesign.model import JourneyMap
from codesign.model.journey_geometry import (
    FACE_EYE,
    FACE_EYES,
    LANE_HEADER_WIDTH,
    STAGE_HEADER_HEIGHT,
    TITLE_HEIGHT,
    emotion_faces,
    face_mouth,
    journey_size,
    lane_title_width,
)
from codesign.text import layout_text

TITLE_SIZE = 38.0
STAGE_SIZE = 30.0
LANE_SIZE = 26.0
SMALLEST = 12.0
REGION_TINT = 1 - 40 / 255
HEADER_TINT = 1 - 150 / 255
"""The canvas paints the region at alpha 40 and the headers at alpha 150 over its background."""
GRID_GREY = 1 - 40 / 255
"""Black at alpha 40 over white, made opaque."""


@draws("journey")
def draw_journey(scene: Scene, journey: JourneyMap) -> None:
    canvas, view = scene.canvas, scene.view
    width, height = journey_size(journey)
    x, y = journey.x, journey.y
    canvas.setFillColor(tint(journey.colour, REGION_TINT))
    canvas.roundRect(
        view.x(x),
        view.y(y + height),
        view.length(width),
        view.length(height),
        view.length(10),
        stroke=0,
        fill=1,
    )
    header_top, grid_top = y + TITLE_HEIGHT, y + TITLE_HEIGHT + STAGE_HEADER_HEIGHT
    canvas.setFillColor(tint(journey.colour, HEADER_TINT))
    _rect(scene, x, header_top, width, STAGE_HEADER_HEIGHT)
    _rect(scene, x, grid_top, LANE_HEADER_WIDTH, y + height - grid_top)
    board = scene.facts.board
    title = joined(board, journey.title, journey.title_alt)
    if title:
        _text(scene, title, x + 16, y + 46, width - 32, TITLE_SIZE)
    canvas.setStrokeColor(Color(GRID_GREY, GRID_GREY, GRID_GREY))
    canvas.setLineWidth(view.length(1))
    left = x + LANE_HEADER_WIDTH
    for stage in journey.stages:
        _line(scene, left, header_top, left, y + height)
        names = versions(board, stage.title, stage.title_alt)
        if len(names) == 2:  # two lines, as the canvas draws a bilingual stage
            _text(scene, names[0].text, left + 12, header_top + 25, stage.width - 24, 22.0)
            _text(scene, names[1].text, left + 12, header_top + 47, stage.width - 24, 19.0, False)
        elif names[0].text:
            size = STAGE_SIZE
            baseline = header_top + (STAGE_HEADER_HEIGHT + size * 0.7) / 2
            _text(scene, names[0].text, left + 12, baseline, stage.width - 24, size)
        left += stage.width
    top = grid_top
    for lane in journey.lanes:
        canvas.setStrokeColor(Color(GRID_GREY, GRID_GREY, GRID_GREY))
        canvas.setLineWidth(view.length(1))
        _line(scene, x, top, x + width, top)
        lane_title = "\n".join(v.text for v in versions(board, lane.title, lane.title_alt))
        if lane_title:
            layout = layout_text(
                lane_title, lane_title_width(lane), lane.height - 24, LANE_SIZE, SMALLEST, True
            )
            write_lines(
                scene,
                layout.lines,
                x + 12,
                top + 12 + layout.font_size,
                layout.font_size,
                layout.line_height,
                colour(INK),
                bold=True,
            )
        if lane.emotion:
            _emotion_faces(scene, journey, lane.id)
            _emotion_curve(scene, journey, top, lane.height)
        top += lane.height


def _text(
    scene: Scene,
    text: str,
    left: float,
    baseline: float,
    room: float,
    size: float,
    bold: bool = True,
) -> None:
    """One line at `size` if it fits, smaller if that fits, wrapped only as a last resort."""
    layout = layout_text(text, max(room, 20.0), size * 1.3, size, SMALLEST, bold)
    write_lines(
        scene,
        layout.lines,
        left,
        baseline - (size - layout.font_size) / 2,
        layout.font_size,
        layout.line_height,
        colour(INK),
        bold=bold,
    )


def _rect(scene: Scene, x: float, y: float, width: float, height: float) -> None:
    view = scene.view
    scene.canvas.rect(
        view.x(x), view.y(y + height), view.length(width), view.length(height), stroke=0, fill=1
    )


def _line(scene: Scene, x1: float, y1: float, x2: float, y2: float) -> None:
    view = scene.view
    scene.canvas.line(view.x(x1), view.y(y1), view.x(x2), view.y(y2))


def _emotion_faces(scene: Scene, journey: JourneyMap, lane_id: str) -> None:
    """The lane's scale as the canvas draws it: happy at +2, flat at 0, sad at -2. A part
    page that shows the faces only in part leaves them out rather than cut them."""
    canvas, view = scene.canvas, scene.view
    canvas.saveState()
    for score, x, y, radius in emotion_faces(journey, lane_id):
        if not (
            _on_page(scene, x - radius, y - radius) and _on_page(scene, x + radius, y + radius)
        ):
            continue
        canvas.setStrokeColor(colour(EMOTION))
        canvas.setFillColor(colour(WHITE))
        canvas.setLineWidth(view.length(max(1.5, radius / 6)))
        canvas.circle(view.x(x), view.y(y), view.length(radius), stroke=1, fill=1)
        (x0, y0), (cx, cy), (x1, y1) = (
            (x + px * radius, y + py * radius) for px, py in face_mouth(score)
        )
        path = canvas.beginPath()
        path.moveTo(view.x(x0), view.y(y0))
        path.curveTo(
            view.x(x0 + (cx - x0) * 2 / 3),
            view.y(y0 + (cy - y0) * 2 / 3),
            view.x(x1 + (cx - x1) * 2 / 3),
            view.y(y1 + (cy - y1) * 2 / 3),
            view.x(x1),
            view.y(y1),
        )
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.setFillColor(colour(EMOTION))
        for px, py in FACE_EYES:
            eye = view.length(FACE_EYE * radius)
            canvas.circle(view.x(x + px * radius), view.y(y + py * radius), eye, stroke=0, fill=1)
    canvas.restoreState()


def _emotion_curve(scene: Scene, journey: JourneyMap, top: float, height: float) -> None:
    """Very positive (+2) near the top of the lane, very negative (-2) near the bottom; a
    smooth curve through the stages' feelings, as on the canvas. On a page showing only part
    of the map (`scene.window`) the curve joins the stages on that page and ends at their
    dots, so no page shows a stroke cut off at its edge."""
    canvas, view = scene.canvas, scene.view
    usable = height - 48
    points = []
    left = journey.x + LANE_HEADER_WIDTH
    for stage in journey.stages:
        if stage.emotion is not None:
            point = (left + stage.width / 2, top + 24 + usable * (2 - stage.emotion) / 4)
            if _on_page(scene, *point):
                points.append(point)
        left += stage.width
    canvas.setStrokeColor(Color(GRID_GREY, GRID_GREY, GRID_GREY))
    _line(scene, journey.x + LANE_HEADER_WIDTH, top + height / 2, left, top + height / 2)
    if not points:
        return
    canvas.setStrokeColor(colour(EMOTION))
    canvas.setLineWidth(view.length(4))
    canvas.setLineCap(1)
    path = canvas.beginPath()
    path.moveTo(view.x(points[0][0]), view.y(points[0][1]))
    for (x0, y0), (x1, y1) in pairwise(points):
        middle = view.x((x0 + x1) / 2)
        path.curveTo(middle, view.y(y0), middle, view.y(y1), view.x(x1), view.y(y1))
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.setLineCap(0)
    canvas.setFillColor(colour(EMOTION))
    canvas.setStrokeColor(colour(WHITE))
    canvas.setLineWidth(view.length(3))
    for x, y in points:
        canvas.circle(view.x(x), view.y(y), view.length(9), stroke=1, fill=1)


def _on_page(scene: Scene, x: float, y: float) -> bool:
    """Whether a stage's dot falls inside the page's window (every dot on a whole page)."""
    window = scene.window
    if window is None:
        return True
    left, top, width, height = window
    return left <= x <= left + width and top <= y <= top + height
