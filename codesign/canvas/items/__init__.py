"""One canvas item class per board `kind`, found through a registry (as BeeRef does).

Every module here is imported when the package is, so a kind's module registers its class with
`@shows_kind` just by being in this folder; the names below are re-exported for callers only.
"""

from codesign.canvas.items.base import ITEM_CLASSES, BoardItem
from codesign.canvas.items.cluster import ClusterItem
from codesign.canvas.items.connector import ConnectorItem
from codesign.canvas.items.journey import JourneyItem
from codesign.canvas.items.label import LabelItem
from codesign.canvas.items.note import NoteItem
from codesign.canvas.items.unknown import UnknownPlaceholder
from codesign.model import Item, UnknownItem
from codesign.model.kinds import import_registrations

import_registrations(__name__, __path__)


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
