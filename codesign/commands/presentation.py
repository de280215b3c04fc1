"""Saved views and the order of presentation frames, each edit one undo step.

Reordering writes the whole order (every current frame), so what the facilitator sees in the
frame list is exactly what the saved board replays, even for frames that were only in reading
order before.
"""

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication

from codesign.commands.change_records import record_change
from codesign.commands.outcome import Outcome
from codesign.document import BoardDocument
from codesign.model.bookmarks import FRAME_ORDER_KEY, Bookmark, FrameOrder
from codesign.model.ids import new_id
from codesign.model.journey_geometry import Rect
from codesign.model.presentation import Frame, move_by, ordered_frames

MIN_BOOKMARK_EXTENT = 1.0


def document_frames(document: BoardDocument) -> list[Frame]:
    """The frames of the open board in presentation order."""
    return ordered_frames(_frame_records(document), _stored_order(document))


def add_bookmark(document: BoardDocument, rect: Rect, title: str = "") -> Outcome:
    """Save the view `rect` as a bookmark at the end of the show; it makes the bookmark."""
    x, y, width, height = rect
    count = sum(1 for _ in document.records_of(Bookmark))
    bookmark = Bookmark(
        id=new_id("view"),
        title=title or QCoreApplication.translate("commands", "View {0}").format(count + 1),
        x=x,
        y=y,
        width=max(width, MIN_BOOKMARK_EXTENT),
        height=max(height, MIN_BOOKMARK_EXTENT),
    )
    order = (*(frame.id for frame in document_frames(document)), bookmark.id)
    text = QCoreApplication.translate("commands", "Add saved view")
    return record_change(document, text, [bookmark, FrameOrder(frames=order)], made=[bookmark.id])


def delete_bookmark(document: BoardDocument, bookmark_id: str) -> Outcome:
    _bookmark(document, bookmark_id)
    order = tuple(key for key in _stored_order(document) if key != bookmark_id)
    text = QCoreApplication.translate("commands", "Delete saved view")
    return record_change(document, text, [FrameOrder(frames=order)], removed=[bookmark_id])


def reorder_frames(document: BoardDocument, order: Sequence[str]) -> Outcome:
    """Set the whole frame order; frames left out keep their reading-order place after it."""
    frames = {frame.id for frame in document_frames(document)}
    unknown = [key for key in order if key not in frames]
    if unknown:
        raise KeyError(unknown[0])
    full = [frame.id for frame in ordered_frames(_frame_records(document), order)]
    text = QCoreApplication.translate("commands", "Reorder frames")
    return record_change(document, text, [FrameOrder(frames=tuple(full))])


def move_frame_by(document: BoardDocument, frame_id: str, delta: int) -> Outcome:
    """Move a frame up (`delta` < 0) or down the show; at either end nothing changes."""
    current = [frame.id for frame in document_frames(document)]
    return reorder_frames(document, move_by(current, frame_id, delta))


def _frame_records(document: BoardDocument) -> Iterable[object]:
    """Every record once; `ordered_frames` picks the frames out faster than two filtered passes."""
    return document.records_of(object)


def _stored_order(document: BoardDocument) -> tuple[str, ...]:
    order = document.get(FRAME_ORDER_KEY)
    return order.frames if isinstance(order, FrameOrder) else ()


def _bookmark(document: BoardDocument, bookmark_id: str) -> Bookmark:
    bookmark = document.get(bookmark_id)
    if not isinstance(bookmark, Bookmark):
        raise KeyError(bookmark_id)
    return bookmark
