"""The order in which presentation mode steps through frames, and moving within it.

Frames are clusters, journey maps and bookmarks. The facilitator's explicit order comes first;
a frame added since (a new theme drawn out mid-session) is never lost from the show: it follows,
in reading order, so the room sees the board as it is laid out on the wall.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from codesign.model import kinds
from codesign.model.board import Board
from codesign.model.bookmarks import Bookmark
from codesign.model.items import Cluster, JourneyMap
from codesign.model.journey_geometry import Rect, journey_size

FrameSource = Cluster | JourneyMap | Bookmark
_FRAME_TYPES = kinds.FRAME_MODELS | {Bookmark}
"""Exact types, tested with `type(...) in`: pydantic's isinstance costs a microsecond a record,
a third of a frame on a 10,000-note board."""


@dataclass(frozen=True)
class Frame:
    id: str
    kind: str
    title: str
    rect: Rect


def frame_of(record: FrameSource) -> Frame:
    """A journey map's rect comes from its stages and lanes, whatever its stored size says."""
    if isinstance(record, JourneyMap):
        width, height = journey_size(record)
        return Frame(record.id, "journey", record.title, (record.x, record.y, width, height))
    kind = "bookmark" if isinstance(record, Bookmark) else "cluster"
    return Frame(record.id, kind, record.title, (record.x, record.y, record.width, record.height))


def ordered_frames(records: Iterable[object], order: Sequence[str] = ()) -> list[Frame]:
    """Every frame among `records`: those named in `order` first, then the rest by reading order.

    Ids in `order` that are not frames (deleted since) are skipped, so a stale order never hides
    or duplicates a frame.
    """
    frames = {record.id: frame_of(record) for record in records if type(record) in _FRAME_TYPES}
    explicit: list[Frame] = []
    for frame_id in order:
        frame = frames.pop(frame_id, None)
        if frame is not None:
            explicit.append(frame)
    return explicit + reading_order(list(frames.values()))


def board_frames(board: Board) -> list[Frame]:
    return ordered_frames((*board.items, *board.bookmarks), board.frame_order)


def reading_order(frames: list[Frame]) -> list[Frame]:
    """Frames as the room reads the wall (see `kinds.reading_order`, the one definition)."""
    return kinds.reading_order(frames, lambda frame: frame.rect, lambda frame: frame.id)


def step(
    frames: Sequence[Frame], current: str | None, delta: int, wrap: bool = False
) -> str | None:
    """The frame `delta` places from `current`; it stops at the ends unless `wrap` is set.

    With no current frame (or one deleted since), moving forward starts at the first frame and
    moving back at the last, which is what a presenter clicker's first press should do.
    """
    if not frames:
        return None
    ids = [frame.id for frame in frames]
    if current not in ids:
        return ids[0] if delta >= 0 else ids[-1]
    index = ids.index(current) + delta
    if wrap:
        return ids[index % len(ids)]
    return ids[min(max(index, 0), len(ids) - 1)]


def move_to(order: Sequence[str], frame_id: str, index: int) -> tuple[str, ...]:
    """`order` with `frame_id` moved to `index` (clamped to the list)."""
    ids = [frame for frame in order if frame != frame_id]
    if frame_id not in order:
        raise KeyError(frame_id)
    ids.insert(min(max(index, 0), len(ids)), frame_id)
    return tuple(ids)


def move_by(order: Sequence[str], frame_id: str, delta: int) -> tuple[str, ...]:
    """Move a frame up (`delta` < 0) or down the list; at either end it stays where it is."""
    if frame_id not in order:
        raise KeyError(frame_id)
    return move_to(order, frame_id, list(order).index(frame_id) + delta)
