"""Theme clusters as geometry: fitting, tidying, membership by containment.

Pure arithmetic on the model, so the canvas, the commands and the PDF agree on where a cluster
is and which notes it holds: a note belongs to the cluster its centre falls in, and a cluster is
always big enough to show its members under its title bar.
"""

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from codesign.model.items import BoxItem, Cluster, Note
from codesign.model.kinds import in_reading_order

CLUSTER_TITLE_HEIGHT = 64.0
"""The band at the top of a cluster that holds its title and count badge."""
CLUSTER_PADDING = 24.0
"""Space between a cluster's edge (or title bar) and the notes inside it."""
TIDY_GAP = 20.0
MIN_CLUSTER_WIDTH = 240.0
MIN_CLUSTER_HEIGHT = 160.0
CLUSTER_COLOURS = ("blue", "green", "pink", "orange", "purple", "teal", "yellow", "grey")


class Rect(NamedTuple):
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom

    def united(self, other: "Rect") -> "Rect":
        left, top = min(self.x, other.x), min(self.y, other.y)
        return Rect(
            left, top, max(self.right, other.right) - left, max(self.bottom, other.bottom) - top
        )


def rect_of(item: BoxItem) -> Rect:
    return Rect(item.x, item.y, item.width, item.height)


def centre_of(item: BoxItem) -> tuple[float, float]:
    return item.x + item.width / 2, item.y + item.height / 2


def bounds(items: Iterable[BoxItem]) -> Rect | None:
    """The smallest rectangle around every item, or None when there are none."""
    result: Rect | None = None
    for item in items:
        result = rect_of(item) if result is None else result.united(rect_of(item))
    return result


def fitted_rect(notes: Iterable[BoxItem]) -> Rect | None:
    """The cluster rectangle that shows `notes` with padding all round and the title bar above."""
    inner = bounds(notes)
    if inner is None:
        return None
    outer = _padded(inner)
    return outer._replace(
        width=max(MIN_CLUSTER_WIDTH, outer.width), height=max(MIN_CLUSTER_HEIGHT, outer.height)
    )


def _padded(inner: Rect) -> Rect:
    top = CLUSTER_PADDING + CLUSTER_TITLE_HEIGHT
    return Rect(
        inner.x - CLUSTER_PADDING,
        inner.y - top,
        inner.width + 2 * CLUSTER_PADDING,
        inner.height + top + CLUSTER_PADDING,
    )


def with_rect(cluster: Cluster, rect: Rect) -> Cluster:
    return cluster.model_copy(update=rect._asdict())


def fit_cluster(cluster: Cluster, notes: Iterable[BoxItem]) -> Cluster:
    """`cluster` resized around its notes; an empty cluster keeps its rectangle."""
    rect = fitted_rect(notes)
    return cluster if rect is None else with_rect(cluster, rect)


def grow_to_contain(cluster: Cluster, note: BoxItem) -> Cluster:
    """`cluster` grown (never shrunk) so a note dropped at its edge sits wholly inside it."""
    grown = rect_of(cluster).united(_padded(rect_of(note)))
    return cluster if grown == rect_of(cluster) else with_rect(cluster, grown)


def cluster_at(x: float, y: float, clusters: Iterable[Cluster]) -> Cluster | None:
    """The cluster whose rectangle holds the point, the topmost (by z, then id) if they overlap."""
    hits = [cluster for cluster in clusters if rect_of(cluster).contains(x, y)]
    return max(hits, key=lambda cluster: (cluster.z, cluster.id), default=None)


def cluster_for_note(note: BoxItem, clusters: Iterable[Cluster]) -> Cluster | None:
    """Where a note belongs by the picture: the cluster its centre falls in."""
    return cluster_at(*centre_of(note), clusters)


def reading_order(notes: Iterable[Note]) -> list[Note]:
    """Notes as a person reads them (see `kinds.reading_order`, the one definition)."""
    return in_reading_order(notes)


def grid_columns(count: int) -> int:
    return max(1, math.ceil(math.sqrt(count)))


def arrange_in_grid(cluster: Cluster, ordered: Sequence[Note]) -> tuple[Cluster, list[Note]]:
    """Lay `ordered` out row-major in a near-square grid under the title bar, then fit.

    Members are stored in the new order, so the side panel and the PDF list them as laid out.
    """
    if not ordered:
        return cluster, []
    columns = grid_columns(len(ordered))
    cell_w = max(note.width for note in ordered) + TIDY_GAP
    cell_h = max(note.height for note in ordered) + TIDY_GAP
    left = cluster.x + CLUSTER_PADDING
    top = cluster.y + CLUSTER_TITLE_HEIGHT + CLUSTER_PADDING
    placed = [
        note.model_copy(
            update={"x": left + (i % columns) * cell_w, "y": top + (i // columns) * cell_h}
        )
        for i, note in enumerate(ordered)
    ]
    fitted = fit_cluster(cluster, placed).model_copy(
        update={"members": tuple(note.id for note in placed)}
    )
    return fitted, placed


def tidy(cluster: Cluster, notes: Mapping[str, Note]) -> tuple[Cluster, list[Note]]:
    """Members in a neat grid, in the order they already read in."""
    return arrange_in_grid(cluster, reading_order(notes[m] for m in cluster.members))


def sort_by_votes(
    cluster: Cluster, notes: Mapping[str, Note], tally: Mapping[str, int]
) -> tuple[Cluster, list[Note]]:
    """Members in a grid, most votes first; equal votes keep their reading order."""
    ordered = reading_order(notes[m] for m in cluster.members)
    ordered.sort(key=lambda note: -tally.get(note.id, 0))
    return arrange_in_grid(cluster, ordered)


def next_cluster_colour(clusters: Iterable[Cluster]) -> str:
    """The least-used cluster colour, so neighbouring themes tend to differ."""
    used = Counter(cluster.colour for cluster in clusters)
    return min(CLUSTER_COLOURS, key=lambda colour: (used[colour], CLUSTER_COLOURS.index(colour)))
