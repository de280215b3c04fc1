"""Saved views ("bookmarks") and the facilitator's order of presentation frames.

A bookmark is a rectangle of the board the facilitator wants to come back to in front of the
room, such as the agenda corner or the "ServiceLand" maze; it is a frame like a cluster or a
journey map, so presentation mode can step through all three in one order.
"""

from codesign.model.items import Coordinate, Extent, Id, Record

FRAME_ORDER_KEY = "\x00frame-order"
"""The record key of the frame order in an open board: a NUL cannot come from a person typing."""


class Bookmark(Record):
    id: Id
    title: str = ""
    x: Coordinate = 0.0
    y: Coordinate = 0.0
    width: Extent = 1280.0
    height: Extent = 720.0


class FrameOrder(Record):
    """The explicit order of frames, kept as one record so reordering is one undoable edit.

    Ids of frames deleted since are tolerated here (undoing the delete brings the frame back to
    its place); the saved board keeps only the ones that still exist.
    """

    frames: tuple[Id, ...] = ()

    @property
    def id(self) -> str:
        return FRAME_ORDER_KEY
