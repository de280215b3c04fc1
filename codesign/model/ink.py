"""Freehand ink without Qt: the pen's colours and widths, a stroke from sampled points, and
the smoothed outline both the canvas and the PDF draw, so a stroke looks the same in each.

Smoothing is quadratic curves through the midpoints of the samples (the samples become control
points): cheap, no overshoot, and a stroke of n samples is n curve segments.
"""

import math
from collections.abc import Iterable, Sequence
from itertools import pairwise

from codesign.model.items import MAX_STROKE_POINTS, Stroke

INK_COLOURS: dict[str, str] = {
    "black": "#1F1F1F",
    "blue": "#1F5FAD",
    "red": "#C8302B",
    "green": "#2E7D32",
    "orange": "#E07000",
    "purple": "#6A3FA0",
}
"""Felt-tip colours a graphic recorder reaches for: dark enough to read on white and on every
sticky tint."""

PEN_WIDTHS: tuple[float, ...] = (2.0, 4.0, 8.0)
"""Fine, medium and marker, in canvas units at 100 %."""
DEFAULT_PRESSURE = 0.5
"""What a mouse or a finger presses with: the middle of the stylus's range."""
MIN_SPACING = 1.5
"""Samples closer than this to the last kept one add nothing a person can see."""

Point = tuple[float, float, float]
Segment = tuple[tuple[float, float], tuple[float, float], tuple[float, float]]


def thinned(points: Iterable[Point]) -> list[Point]:
    """Samples at least `MIN_SPACING` apart (the last one always kept), at most the cap."""
    kept: list[Point] = []
    for point in points:
        if kept and math.dist(kept[-1][:2], point[:2]) < MIN_SPACING:
            continue
        kept.append(point)
    if len(kept) > MAX_STROKE_POINTS:
        step = len(kept) / MAX_STROKE_POINTS
        kept = [kept[int(i * step)] for i in range(MAX_STROKE_POINTS - 1)] + [kept[-1]]
    return kept


def make_stroke(
    stroke_id: str, points: Sequence[Point], colour: str, thickness: float, z: int = 0
) -> Stroke | None:
    """A stroke record from absolute board points; None for a stroke with no points."""
    kept = thinned(points)
    if not kept:
        return None
    pad = width_at(thickness, 1.0) / 2  # room for the boldest press
    left = min(p[0] for p in kept) - pad
    top = min(p[1] for p in kept) - pad
    right = max(p[0] for p in kept) + pad
    bottom = max(p[1] for p in kept) + pad
    flat: list[float] = []
    for x, y, pressure in kept:
        flat += (round(x - left, 2), round(y - top, 2), round(min(1.0, max(0.0, pressure)), 3))
    return Stroke(
        id=stroke_id,
        x=left,
        y=top,
        width=max(right - left, 1.0),
        height=max(bottom - top, 1.0),
        z=z,
        points=tuple(flat),
        colour=colour,
        thickness=thickness,
    )


def stroke_points(stroke: Stroke) -> list[Point]:
    """The stroke's samples relative to its box, as (x, y, pressure)."""
    flat = stroke.points
    return [(flat[i], flat[i + 1], flat[i + 2]) for i in range(0, len(flat) - 2, 3)]


def smooth_segments(points: Sequence[Point]) -> list[Segment]:
    """Quadratic segments (start, control, end) through the midpoints of the samples."""
    if len(points) < 3:
        if len(points) == 2:
            a, b = points[0][:2], points[1][:2]
            return [(a, a, b)]
        return []
    segments: list[Segment] = []
    start = points[0][:2]
    for index in range(1, len(points) - 1):
        control = points[index][:2]
        after = points[index + 1][:2]
        end = ((control[0] + after[0]) / 2, (control[1] + after[1]) / 2)
        if index == len(points) - 2:
            end = after
        segments.append((start, control, end))
        start = end
    return segments


PRESSURE_RUN = 6
"""Curve segments drawn at one width: short enough that a stylus's swell shows, long enough
that a stroke of 200 samples is some thirty path draws, not two hundred."""
EVEN_PRESSURE = 0.05
"""A stroke whose pressure varies less than this (any mouse or finger) is one width throughout."""


def width_at(thickness: float, pressure: float) -> float:
    """A middling press (0.5) draws the pen's own width; a light one half, a hard one 1.5 times."""
    return thickness * (0.5 + pressure)


def pressure_runs(stroke: Stroke) -> list[tuple[list[Segment], float]]:
    """The smoothed segments in runs, each with the width its samples' pressure gives."""
    points = stroke_points(stroke)
    segments = smooth_segments(points)
    pressures = [p[2] for p in points] or [DEFAULT_PRESSURE]
    if max(pressures) - min(pressures) < EVEN_PRESSURE or len(segments) <= PRESSURE_RUN:
        return [(segments, pen_width(stroke))] if segments else []
    runs = []
    for start in range(0, len(segments), PRESSURE_RUN):
        chunk = segments[start : start + PRESSURE_RUN]
        control = pressures[start + 1 : start + 1 + len(chunk)] or pressures[-1:]
        runs.append((chunk, width_at(stroke.thickness, sum(control) / len(control))))
    return runs


def pen_width(stroke: Stroke) -> float:
    """The stroke's drawn width: its thickness scaled by the mean pressure (0.5 -> as set)."""
    pressures = stroke.points[2::3]
    mean = sum(pressures) / len(pressures) if pressures else DEFAULT_PRESSURE
    return width_at(stroke.thickness, mean)


def near_stroke(stroke: Stroke, x: float, y: float, reach: float) -> bool:
    """Whether the board point (x, y) is within `reach` of the stroke's line (the eraser)."""
    left, top = stroke.x, stroke.y
    if not (
        left - reach <= x <= left + stroke.width + reach
        and top - reach <= y <= top + stroke.height + reach
    ):
        return False
    local = (x - left, y - top)
    limit = reach + width_at(stroke.thickness, 1.0) / 2
    points = stroke_points(stroke)
    if len(points) == 1:
        return math.dist(points[0][:2], local) <= limit
    return any(_distance_to_segment(local, a[:2], b[:2]) <= limit for a, b in pairwise(points))


def _distance_to_segment(
    p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]
) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = dx * dx + dy * dy
    if length == 0:
        return math.dist(p, a)
    t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length))
    return math.dist(p, (a[0] + t * dx, a[1] + t * dy))
