"""Where a journey map's headers and cells are, computed from its stages and lanes.

Pure arithmetic on the model, so the canvas, the PDF exporter and the templates place things
identically. A map's own width and height are kept equal to `journey_size` by the commands
that change it.
"""

from collections.abc import Iterable

from codesign.model.items import JourneyMap, Lane

TITLE_HEIGHT = 64.0
STAGE_HEADER_HEIGHT = 56.0
LANE_HEADER_WIDTH = 180.0
CELL_GAP = 16.0

Rect = tuple[float, float, float, float]


def journey_size(journey: JourneyMap) -> tuple[float, float]:
    width = LANE_HEADER_WIDTH + sum(stage.width for stage in journey.stages)
    height = TITLE_HEIGHT + STAGE_HEADER_HEIGHT + sum(lane.height for lane in journey.lanes)
    return width, height


def stage_left(journey: JourneyMap, stage_id: str) -> float:
    left = journey.x + LANE_HEADER_WIDTH
    for stage in journey.stages:
        if stage.id == stage_id:
            return left
        left += stage.width
    raise KeyError(stage_id)


def lane_top(journey: JourneyMap, lane_id: str) -> float:
    top = journey.y + TITLE_HEIGHT + STAGE_HEADER_HEIGHT
    for lane in journey.lanes:
        if lane.id == lane_id:
            return top
        top += lane.height
    raise KeyError(lane_id)


def cell_rect(journey: JourneyMap, stage_id: str, lane_id: str) -> Rect:
    stage = next(s for s in journey.stages if s.id == stage_id)
    lane = next(lane for lane in journey.lanes if lane.id == lane_id)
    return stage_left(journey, stage_id), lane_top(journey, lane_id), stage.width, lane.height


def cell_slots(cell: Rect, count: int, note_size: float) -> list[tuple[float, float]]:
    """Top-left corners for `count` notes laid out row by row inside a cell, gap around each."""
    x, y, width, _height = cell
    per_row = max(1, int((width - CELL_GAP) // (note_size + CELL_GAP)))
    return [
        (
            x + CELL_GAP + (index % per_row) * (note_size + CELL_GAP),
            y + CELL_GAP + (index // per_row) * (note_size + CELL_GAP),
        )
        for index in range(count)
    ]


MIN_STAGE_WIDTH = 120.0
"""Narrow enough to tidy a map, wide enough for a stage title of a word or two."""
MIN_LANE_HEIGHT = 80.0
EMOTION_PADDING = 24.0
"""Keeps the curve's +2 and -2 dots off the emotion lane's own grid lines."""
EMOTION_RANGE = (-2, 2)


def grid_origin(journey: JourneyMap) -> tuple[float, float]:
    """The top-left corner of the first cell, below the title and right of the lane headers."""
    return journey.x + LANE_HEADER_WIDTH, journey.y + TITLE_HEIGHT + STAGE_HEADER_HEIGHT


def stage_at(journey: JourneyMap, x: float) -> str | None:
    """The id of the stage column under canvas x, or None left or right of the stages."""
    return _span_at(grid_origin(journey)[0], ((s.id, s.width) for s in journey.stages), x)


def lane_at(journey: JourneyMap, y: float) -> str | None:
    """The id of the lane row under canvas y, or None above or below the lanes."""
    return _span_at(grid_origin(journey)[1], ((lane.id, lane.height) for lane in journey.lanes), y)


def _span_at(start: float, spans: Iterable[tuple[str, float]], position: float) -> str | None:
    """Which of the spans laid end to end from `start` holds `position`."""
    for span_id, length in spans:
        if start <= position < start + length:
            return span_id
        start += length
    return None


def cell_at(journey: JourneyMap, x: float, y: float) -> tuple[str, str] | None:
    """(stage id, lane id) of the cell under a canvas point; headers and outside give None."""
    stage_id = stage_at(journey, x)
    lane_id = lane_at(journey, y)
    if stage_id is None or lane_id is None:
        return None
    return stage_id, lane_id


def emotion_y(journey: JourneyMap, lane_id: str, score: float) -> float:
    """Canvas y of an emotion score in an emotion lane: +2 near the top, -2 near the bottom."""
    top, span = _emotion_band(journey, lane_id)
    low, high = EMOTION_RANGE
    return top + (high - score) / (high - low) * span


def emotion_from_y(journey: JourneyMap, lane_id: str, y: float) -> int:
    """The whole score nearest a dragged y, clamped to -2..+2 so a wild drag still means
    "very" rather than failing."""
    top, span = _emotion_band(journey, lane_id)
    low, high = EMOTION_RANGE
    score = round(high - (y - top) / span * (high - low))
    return max(low, min(high, score))


def emotion_points(journey: JourneyMap, lane_id: str) -> list[tuple[str, float, float]]:
    """(stage id, x, y) of the curve's dots: one at the centre of each stage that has a score."""
    points = []
    left = grid_origin(journey)[0]
    for stage in journey.stages:
        if stage.emotion is not None:
            points.append(
                (stage.id, left + stage.width / 2, emotion_y(journey, lane_id, stage.emotion))
            )
        left += stage.width
    return points


def _emotion_band(journey: JourneyMap, lane_id: str) -> tuple[float, float]:
    lane = next(lane for lane in journey.lanes if lane.id == lane_id)
    padding = min(EMOTION_PADDING, lane.height / 4)
    return lane_top(journey, lane_id) + padding, lane.height - 2 * padding


FACE_RADIUS = 13.0
FACE_SCORES = (2, 0, -2)
"""The emotion lane's scale, drawn as faces on its header level with the curve's +2, 0 and -2:
happy, flat, sad. The curve's ups and downs then read without a legend, a colour or a word."""
FACE_COLUMN = 2 * FACE_RADIUS + 12
"""Header width kept right of an emotion lane's title for its faces."""
Point = tuple[float, float]


def lane_title_width(lane: Lane) -> float:
    return LANE_HEADER_WIDTH - 24 - (FACE_COLUMN if lane.emotion else 0)


def emotion_faces(journey: JourneyMap, lane_id: str) -> list[tuple[int, float, float, float]]:
    """(score, x, y, radius) of each face of an emotion lane's scale, at the header's right
    edge; smaller in a short lane, so neighbouring faces never touch."""
    _top, span = _emotion_band(journey, lane_id)
    radius = min(FACE_RADIUS, span / (len(FACE_SCORES) - 1) / 2 - 1)
    x = journey.x + LANE_HEADER_WIDTH - 12 - FACE_RADIUS
    return [(score, x, emotion_y(journey, lane_id, score), radius) for score in FACE_SCORES]


def face_mouth(score: int) -> tuple[Point, Point, Point]:
    """Start, control point and end of a face's mouth as a quadratic curve, relative to the
    face's centre in radii (y down): the higher the score, the wider the smile."""
    ends = 0.4 - score * 0.075
    return (-0.45, ends), (0.0, 0.4 + score * 0.125), (0.45, ends)


FACE_EYES: tuple[Point, Point] = ((-0.35, -0.2), (0.35, -0.2))
"""Eye centres relative to a face's centre, in radii; each eye is FACE_EYE radii across."""
FACE_EYE = 0.13
