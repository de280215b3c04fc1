"""Where imported notes go when the source has no positions: a tidy grid, theme by theme."""

import math

from codesign.model import NOTE_SIZE

GAP = 24.0
CLUSTER_PADDING = 20.0
CLUSTER_TITLE = 60.0
"""Room for the cluster's title bar above its first row of notes."""


def grid_positions(count: int, left: float, top: float) -> list[tuple[float, float]]:
    """Top-left corners for `count` notes in a near-square grid (a wall, not a long strip)."""
    columns = max(1, math.ceil(math.sqrt(count)))
    step = NOTE_SIZE + GAP
    return [(left + (i % columns) * step, top + (i // columns) * step) for i in range(count)]


def grid_size(count: int) -> tuple[float, float]:
    columns = max(1, math.ceil(math.sqrt(count)))
    rows = max(1, math.ceil(count / columns))
    step = NOTE_SIZE + GAP
    return columns * step - GAP, rows * step - GAP
