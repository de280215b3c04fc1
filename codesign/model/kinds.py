"""What each kind of board item is, in one table that every layer reads.

Before this table the facts about a kind were written again in each layer (the canvas's paint
layers, the PDF's, the CLI's names, the participant rule's protected classes) and they drifted
apart: the PDF stacked by `z` first and the canvas by kind first, so a note sent to the back of
its theme showed on screen and vanished under the theme's fill in the PDF. Each layer now asks
here, and `paint_order` and `reading_order` are defined once.

A kind not in the table (written by a newer Codesign) paints with `UNKNOWN_LAYER` and is named
"of newer kinds"; the layers' registries are checked against this table by one test.
"""

import importlib
import pkgutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from codesign.model.items import (
    BoxItem,
    Cluster,
    Connector,
    ItemBase,
    JourneyMap,
    Label,
    Note,
    Picture,
    Shape,
    Stroke,
)
from codesign.model.journey_geometry import journey_size

Box = tuple[float, float, float, float]
"""x, y, width, height in canvas units."""


@dataclass(frozen=True)
class KindSpec:
    kind: str
    model: type[ItemBase]
    name: str
    plural: str
    paint_layer: int
    """Regions lie under the things placed in them, whatever their own `z` says."""
    frame: bool
    """A presentation frame and a section of the report."""
    protected_when_locked: bool
    """Participants may not make one or change its shape while the board is locked."""
    colourable: bool
    """It takes a sticky palette colour from the Colour menu (labels and connectors keep their
    ink colours)."""
    members: Callable[[Any], tuple[str, ...]] | None
    """The notes it gathers, in the order they are read (a theme's members, a journey map's
    placements stage by stage); None for kinds that gather none. Reports list any kind with
    members as a section of its notes, so a new gathering kind is never left out of them."""

    @property
    def holds_members(self) -> bool:
        return self.members is not None


def _theme_members(cluster: Cluster) -> tuple[str, ...]:
    return cluster.members


def _map_members(journey: JourneyMap) -> tuple[str, ...]:
    stages = {stage.id: index for index, stage in enumerate(journey.stages)}
    lanes = {lane.id: index for index, lane in enumerate(journey.lanes)}
    ordered = sorted(journey.placements, key=lambda p: (stages[p.stage], lanes[p.lane]))
    return tuple(place.note for place in ordered)


KINDS: dict[str, KindSpec] = {
    spec.kind: spec
    for spec in (  # in the order summaries name them
        KindSpec(
            "note",
            Note,
            "note",
            "notes",
            paint_layer=4,
            frame=False,
            protected_when_locked=False,
            colourable=True,
            members=None,
        ),
        KindSpec(
            "cluster",
            Cluster,
            "cluster",
            "clusters",
            paint_layer=1,
            frame=True,
            protected_when_locked=False,
            colourable=True,
            members=_theme_members,
        ),
        KindSpec(
            "journey",
            JourneyMap,
            "journey map",
            "journey maps",
            paint_layer=0,
            frame=True,
            protected_when_locked=True,
            colourable=True,
            members=_map_members,
        ),
        KindSpec(
            "label",
            Label,
            "label",
            "labels",
            paint_layer=3,
            frame=False,
            protected_when_locked=False,
            colourable=False,
            members=None,
        ),
        KindSpec(
            "connector",
            Connector,
            "connector",
            "connectors",
            paint_layer=2,
            frame=False,
            protected_when_locked=False,
            colourable=False,
            members=None,
        ),
        KindSpec(
            "picture",
            Picture,
            "picture",
            "pictures",
            paint_layer=3,
            frame=False,
            protected_when_locked=False,
            colourable=False,
            members=None,
        ),
        KindSpec(
            "shape",
            Shape,
            "shape",
            "shapes",
            paint_layer=1,
            frame=False,
            protected_when_locked=False,
            colourable=True,
            members=None,
        ),
        KindSpec(
            "stroke",
            Stroke,
            "ink stroke",
            "ink strokes",
            paint_layer=5,
            frame=False,
            protected_when_locked=False,
            colourable=False,
            members=None,
        ),
    )
}

UNKNOWN_LAYER = 3
"""An item of a newer kind sits with the labels: above the regions, under the notes."""

PROTECTED_WHEN_LOCKED: tuple[type[ItemBase], ...] = tuple(
    spec.model for spec in KINDS.values() if spec.protected_when_locked
)
COLOURABLE: tuple[type[ItemBase], ...] = tuple(
    spec.model for spec in KINDS.values() if spec.colourable
)
GROUPS: tuple[type[ItemBase], ...] = tuple(
    spec.model for spec in KINDS.values() if spec.members is not None
)
FRAME_MODELS: frozenset[type[ItemBase]] = frozenset(
    spec.model for spec in KINDS.values() if spec.frame
)


P = TypeVar("P")


def registrar(registry: dict[str, P], piece: str) -> Callable[[str], Callable[[P], P]]:
    """A decorator factory that files a layer's piece for a kind in `registry` (as BeeRef
    does). Two pieces for one kind, or a kind the table does not know, is a mistake caught on
    import rather than a silent fallback; `piece` names the layer's piece in that message."""

    def for_kind(kind: str) -> Callable[[P], P]:
        def register(thing: P) -> P:
            if kind not in KINDS or kind in registry:
                raise ValueError(f"{piece} for kind {kind!r}: unknown or already registered")
            registry[kind] = thing
            return thing

        return register

    return for_kind


def import_registrations(package: str, path: Iterable[str]) -> None:
    """Import every module of a layer's package (its `__name__` and `__path__`), so a new
    kind's module registers itself by being there: no list of imports to keep in step.
    The PyInstaller bundle carries every module of `codesign` (build.spec)."""
    for module in pkgutil.iter_modules(path):
        importlib.import_module(f"{package}.{module.name}")


def paint_layer(kind: str) -> int:
    spec = KINDS.get(kind)
    return spec.paint_layer if spec else UNKNOWN_LAYER


def paint_order(kind: str, z: int) -> tuple[int, int]:
    """Back to front: by kind's layer first, then by `z` within the layer (canvas and PDF)."""
    return paint_layer(kind), z


BACKGROUND_LAYER = -1
"""A picture locked as the background (a photo of the wall) lies under every region."""


def record_paint_order(record: ItemBase) -> tuple[int, int]:
    """`paint_order` of a record: a background picture goes under everything, the same on the
    canvas, in the PDF and in JSON Canvas."""
    if getattr(record, "background", False) is True:
        return BACKGROUND_LAYER, record.z
    return paint_order(record.kind, record.z)


T = TypeVar("T")


def reading_order(things: Iterable[T], box: Callable[[T], Box], key: Callable[[T], str]) -> list[T]:
    """Rows top to bottom, left to right within a row: the order a person reads a wall.

    A thing joins the current row while its top is above the middle of the row's first thing,
    so a hand-placed row that wobbles by a few pixels still reads as one row. `key` (an id)
    breaks ties so the order never depends on storage order. Sorting makes it n log n.
    """
    rows: list[list[tuple[Box, T]]] = []
    row_limit = float("-inf")
    boxed = sorted(((box(thing), thing) for thing in things), key=lambda p: _top_left(p, key))
    for rect, thing in boxed:
        if rows and rect[1] < row_limit:
            rows[-1].append((rect, thing))
        else:
            rows.append([(rect, thing)])
            row_limit = rect[1] + rect[3] / 2
    return [
        thing
        for row in rows
        for _rect, thing in sorted(row, key=lambda pair: (pair[0][0], key(pair[1])))
    ]


def _top_left(pair: tuple[Box, T], key: Callable[[T], str]) -> tuple[float, float, str]:
    rect, thing = pair
    return rect[1], rect[0], key(thing)


def box_of(record: object) -> Box:
    """Where a record sits; a journey map's size follows from its stages and lanes."""
    if isinstance(record, JourneyMap):
        return (record.x, record.y, *journey_size(record))
    if isinstance(record, BoxItem):
        return record.x, record.y, record.width, record.height
    return 0.0, 0.0, 0.0, 0.0


R = TypeVar("R", bound=ItemBase)


def in_reading_order(records: Iterable[R]) -> list[R]:
    """Board records (notes, themes, maps) in `reading_order` by where they sit."""
    return reading_order(records, box_of, _id)


def _id(record: ItemBase) -> str:
    return record.id


def members_of(group: ItemBase) -> tuple[str, ...]:
    """The note ids a group gathers, in reading order within it; none for other records."""
    spec = KINDS.get(group.kind)
    return spec.members(group) if spec and spec.members else ()


def groups_in_reading_order(records: Iterable[ItemBase]) -> list[ItemBase]:
    """The records that hold notes (themes, journey maps), as the report and Markdown list them."""
    return in_reading_order(record for record in records if isinstance(record, GROUPS))
