"""Board -> JSON Canvas 1.0 (jsoncanvas.org): notes and labels as text nodes, clusters and
journey maps as groups, connectors as edges.

JSON Canvas positions are whole numbers; a fractional position is kept exactly under the
node's `codesign` key and used again only if the node has not been moved elsewhere.
What JSON Canvas has no place for (authors, exact colours, votes, journey stages, items of
newer kinds) rides under a `codesign` key on the node or the file, which Codesign reads back;
other apps ignore it, so each such loss is also reported as a warning.

Each kind in `kinds.KINDS` has its mapping here, filed by `@maps_kind` (tests/test_kind_coverage.py
fails for a kind without one). An item whose kind has no mapping is never dropped in silence:
it is counted in the export's warnings.
"""

import json
from collections import Counter
from collections.abc import Callable
from typing import Any, Literal

from codesign.export.canvas_colours import to_canvas_colour
from codesign.export.pdf.geometry import Rect, box_of, edge_point
from codesign.model import Board, Cluster, Connector, JourneyMap, Label, Note, UnknownItem
from codesign.model.kinds import kind_name, paint_order, registrar

EXTRA_KEY = "codesign"

Part = tuple[Literal["node", "edge"], dict[str, Any]]
Mapping = Callable[[Any, dict[str, Rect]], Part]

MAPPINGS: dict[str, Mapping] = {}
"""How each kind becomes a JSON Canvas node or edge, given every item's box by id."""

maps_kind = registrar(MAPPINGS, "JSON Canvas mapping")


def board_to_canvas(board: Board) -> tuple[bytes, list[str]]:
    """The `.canvas` file's bytes, and what other apps will not show."""
    nodes: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []
    boxes = {item.id: box for item in board.items if (box := box_of(item))}
    unmapped: Counter[str] = Counter()
    for item in sorted(board.items, key=lambda item: paint_order(item.kind, item.z)):
        mapping = MAPPINGS.get(item.kind)
        if mapping is None:
            if not isinstance(item, UnknownItem):  # those ride whole under the file's key
                unmapped[item.kind] += 1
            continue
        part, value = mapping(item, boxes)
        (nodes if part == "node" else edges).append(value)
    # Apps draw nodes in file order: back to front as Codesign paints, groups first.
    nodes.sort(key=lambda node: node["type"] != "group")
    document: dict[str, Any] = {"nodes": nodes, "edges": edges}
    extra = _board_extra(board)
    if extra:
        document[EXTRA_KEY] = extra
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    return text.encode("utf-8"), _warnings(board) + _not_carried(unmapped)


def _not_carried(unmapped: Counter[str]) -> list[str]:
    """Items of a known kind that JSON Canvas has no mapping for: said, never dropped silently."""
    return [
        f"{kind_name(kind, count)} could not be carried into JSON Canvas and are left out"
        for kind, count in sorted(unmapped.items())
    ]


@maps_kind("note")
@maps_kind("label")
def _text_node(item: Note | Label, _boxes: dict[str, Rect]) -> Part:
    node = _node(item, "text")
    node["text"] = item.text
    extra: dict[str, Any] = {"kind": item.kind, "colour": item.colour, "z": item.z}
    extra["box"] = [item.x, item.y, item.width, item.height]
    if isinstance(item, Note):
        extra.update(author=item.author, feeling=item.feeling)
    else:
        extra.update(font_size=item.font_size, bold=item.bold)
    return "node", _with_colour(node, item.colour, extra)


@maps_kind("cluster")
@maps_kind("journey")
def _group_node(item: Cluster | JourneyMap, _boxes: dict[str, Rect]) -> Part:
    node = _node(item, "group")
    node["label"] = item.title
    extra: dict[str, Any] = {"kind": item.kind, "colour": item.colour, "z": item.z}
    extra["box"] = [item.x, item.y, item.width, item.height]
    if isinstance(item, JourneyMap):
        extra.update(
            stages=[stage.model_dump() for stage in item.stages],
            lanes=[lane.model_dump() for lane in item.lanes],
            placements=[place.model_dump() for place in item.placements],
        )
    return "node", _with_colour(node, item.colour, extra)


def _node(item: Note | Label | Cluster | JourneyMap, kind: str) -> dict[str, Any]:
    return {
        "id": item.id,
        "type": kind,
        "x": round(item.x),
        "y": round(item.y),
        "width": max(1, round(item.width)),
        "height": max(1, round(item.height)),
    }


def _with_colour(node: dict[str, Any], value: str, extra: dict[str, Any]) -> dict[str, Any]:
    preset = to_canvas_colour(value)
    if preset:
        node["color"] = preset
    if extra.get("box") == [node[key] for key in ("x", "y", "width", "height")]:
        del extra["box"]
    node[EXTRA_KEY] = {key: value for key, value in extra.items() if value is not None}
    return node


@maps_kind("connector")
def _edge(connector: Connector, boxes: dict[str, Rect]) -> Part:
    edge: dict[str, Any] = {"id": connector.id, "fromNode": connector.source}
    source, target = boxes.get(connector.source), boxes.get(connector.target)
    if source and target:
        edge["fromSide"] = _side(source, target)
        edge["toNode"] = connector.target
        edge["toSide"] = _side(target, source)
    else:
        edge["toNode"] = connector.target
    edge["fromEnd"] = "arrow" if connector.arrow_start else "none"
    edge["toEnd"] = "arrow" if connector.arrow_end else "none"
    edge["color"] = to_canvas_colour(connector.colour) or connector.colour
    if connector.label:
        edge["label"] = connector.label
    edge[EXTRA_KEY] = {"colour": connector.colour, "z": connector.z}
    return "edge", edge


def _side(box: Rect, toward: Rect) -> str:
    """The side of `box` that the straight line to the other box's centre leaves through."""
    centre = (toward[0] + toward[2] / 2, toward[1] + toward[3] / 2)
    x, y = edge_point(box, centre)
    distances = {
        "left": abs(x - box[0]),
        "right": abs(x - box[0] - box[2]),
        "top": abs(y - box[1]),
        "bottom": abs(y - box[1] - box[3]),
    }
    return min(distances, key=lambda side: distances[side])


def _board_extra(board: Board) -> dict[str, Any]:
    """Every board field but the items (those are the nodes and edges), for Codesign only."""
    extra = board.model_dump(mode="json", exclude={"items"})
    unknown = [item.model_dump(mode="json") for item in board.of_kind(UnknownItem)]
    if unknown:
        extra["unknown_items"] = unknown
    return extra


def _warnings(board: Board) -> list[str]:
    warnings = []
    authors = sum(1 for note in board.of_kind(Note) if note.author)
    if authors:
        warnings.append(
            f"{authors} note author(s) are kept for Codesign only; other apps hide them"
        )
    dots = sum(dot.count for voting in board.rounds for dot in voting.dots)
    if dots:
        warnings.append(
            f"{dots} vote dot(s) in {len(board.rounds)} round(s) are kept for Codesign only; "
            "other apps do not show votes"
        )
    for journey in board.of_kind(JourneyMap):
        warnings.append(
            f"journey map {journey.title or journey.id!r} becomes a plain group; its stages, "
            "lanes and emotion curve are kept for Codesign only"
        )
    unknown = sum(1 for _ in board.of_kind(UnknownItem))
    if unknown:
        warnings.append(f"{unknown} item(s) of newer kinds are kept for Codesign only")
    return warnings
