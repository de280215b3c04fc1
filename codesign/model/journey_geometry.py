"""Where a journey map's headers and cells are, computed from its stages and lanes.

Pure arithmetic on the model, so the canvas, the PDF exporter and the templates place things
identically. A map's own width and height are kept equal to `journey_size` by the commands
that change it.
"""

from codesign.model.items import JourneyMap

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
