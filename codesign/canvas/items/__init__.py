"""One canvas item class per board `kind`, found through a registry (as BeeRef does)."""

from codesign.canvas.items.base import ITEM_CLASSES, BoardItem
from codesign.canvas.items.cluster import ClusterItem
from codesign.canvas.items.connector import ConnectorItem
from codesign.canvas.items.journey import JourneyItem
from codesign.canvas.items.label import LabelItem
from codesign.canvas.items.note import NoteItem
from codesign.canvas.items.unknown import UnknownPlaceholder
from codesign.model import Item, UnknownItem


def item_class(record: Item) -> type[BoardItem]:
    """The canvas class for a record; anything unknown gets the placeholder, never a crash."""
    if isinstance(record, UnknownItem):
        return UnknownPlaceholder
    return ITEM_CLASSES[record.kind]


__all__ = [
    "ITEM_CLASSES",
    "BoardItem",
    "ClusterItem",
    "ConnectorItem",
    "JourneyItem",
    "LabelItem",
    "NoteItem",
    "UnknownPlaceholder",
    "item_class",
]
