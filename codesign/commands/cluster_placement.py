"""Where a new theme may go: never over a journey map, whose cells hold notes of their own.

Notes in a map's cells belong to the map, so grouping leaves them there. A theme made round
free notes near a map (its title bar grows up from notes just below one, say) moves, notes and
all, to the free space nearest, in the same "Group into cluster" step.
"""

from collections.abc import Sequence

from codesign.document import BoardDocument
from codesign.model import BoxItem, Cluster, JourneyMap, Note
from codesign.model.clustering import CLUSTER_PADDING, TIDY_GAP, rect_of
from codesign.model.free_space import free_centre, item_rect, overlaps

MAP_RINGS = 60
"""How far (in CLUSTER_PADDING steps) a new theme may move to clear a journey map."""


def notes_on_maps(document: BoardDocument) -> set[str]:
    """Notes in a journey map's cells: they belong to the map, so Group leaves them there."""
    return {p.note for journey in document.records_of(JourneyMap) for p in journey.placements}


def clear_of_maps(
    document: BoardDocument, cluster: Cluster, notes: Sequence[Note]
) -> list[Cluster | Note]:
    """`cluster` as placed, or, when it would lie over a journey map (its title bar grows up
    from notes just below a map, say), moved with its notes to the free space nearest."""
    maps = [item_rect(journey) for journey in document.records_of(JourneyMap)]
    rect = rect_of(cluster)
    if not any(overlaps(rect, journey) for journey in maps):
        return [cluster]
    members = set(cluster.members)
    others = [i for i in document.items() if isinstance(i, BoxItem) and i.id not in members]
    centre = (rect.x + rect.width / 2, rect.y + rect.height / 2)
    size = (rect.width, rect.height)
    x, y = free_centre(size, centre, others, CLUSTER_PADDING, TIDY_GAP, rings=MAP_RINGS)
    dx, dy = x - centre[0], y - centre[1]
    moved = [note.model_copy(update={"x": note.x + dx, "y": note.y + dy}) for note in notes]
    return [cluster.model_copy(update={"x": rect.x + dx, "y": rect.y + dy}), *moved]
