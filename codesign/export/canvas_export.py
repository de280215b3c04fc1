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

from codesign.export.bilingual import marked
from codesign.export.canvas_colours import to_canvas_colour
from codesign.export.pdf.geometry import Rect, box_of, edge_point
from codesign.model import (
    Board,
    Cluster,
    Connector,
    JourneyMap,
    Label,
    Note,
    Shape,
    Stroke,
    UnknownItem,
)
from codesign.model.items import Picture
from codesign.model.kinds import record_paint_order, registrar
from codesign.storage.media import media_file_name
from codesign.text.catalogue import translate
from codesign.text.kind_counts import counted

MEDIA_FOLDER = "media/"
"""Where exports put the pictures, beside the exported file: JSON Canvas, Markdown."""

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
    for item in sorted(board.items, key=record_paint_order):
        mapping = MAPPINGS.get(item.kind)
        if mapping is None:
            if not isinstance(item, UnknownItem):  # those ride whole under the file's key
                unmapped[item.kind] += 1
            continue
        part, value = mapping(item, boxes)
        if part == "node":
            _mark_languages(board, value)
        (nodes if part == "node" else edges).append(value)
    # Apps draw nodes in file order: back to front as Codesign paints, groups first.
    nodes.sort(key=lambda node: node["type"] != "group")
    document: dict[str, Any] = {"nodes": nodes, "edges": edges}
    extra = _board_extra(board)
    if extra:
        document[EXTRA_KEY] = extra
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    return text.encode("utf-8"), _warnings(board) + _not_carried(unmapped)


@maps_kind("picture")
def _file_node(picture: Picture, _boxes: dict[str, Rect]) -> Part:
    """A JSON Canvas file node; the picture itself is written beside the .canvas, in
    `media/` (`export.files`), where the node's relative path finds it."""
    node = {
        "id": picture.id,
        "type": "file",
        "file": MEDIA_FOLDER + media_file_name(picture.media, picture.media_type),
        "x": round(picture.x),
        "y": round(picture.y),
        "width": max(1, round(picture.width)),
        "height": max(1, round(picture.height)),
    }
    node[EXTRA_KEY] = {
        "kind": "picture",
        "z": picture.z,
        "box": [picture.x, picture.y, picture.width, picture.height],
        "crop": picture.crop.model_dump(),
        "background": picture.background,
        "natural": [picture.natural_width, picture.natural_height],
    }
    return "node", node


def _mark_languages(board: Board, node: dict[str, Any]) -> None:
    """A bilingual text shows both versions in the node, each after its language code;
    Codesign reads them back apart from `texts` in its own key."""
    texts = node.get(EXTRA_KEY, {}).get("texts")
    if texts:
        field = "text" if node["type"] == "text" else "label"
        node[field] = marked(board, *texts, "\n\n" if field == "text" else " / ")


def _not_carried(unmapped: Counter[str]) -> list[str]:
    """Items of a known kind that JSON Canvas has no mapping for: said, never dropped silently."""
    return [
        translate(
            "canvas export", "{items} could not be carried into JSON Canvas and are left out"
        ).format(items=counted(kind, count))
        for kind, count in sorted(unmapped.items())
    ]


@maps_kind("note")
@maps_kind("label")
def _text_node(item: Note | Label, _boxes: dict[str, Rect]) -> Part:
    node = _node(item, "text")
    node["text"] = item.text
    extra: dict[str, Any] = {"kind": item.kind, "colour": item.colour, "z": item.z}
    if item.text_alt:
        extra["texts"] = [item.text, item.text_alt]
    extra["box"] = [item.x, item.y, item.width, item.height]
    if isinstance(item, Note):
        extra.update(author=item.author, feeling=item.feeling)
    else:
        extra.update(font_size=item.font_size, bold=item.bold)
    return "node", _with_colour(node, item.colour, extra)


@maps_kind("shape")
@maps_kind("stroke")
def _drawn_node(item: Shape | Stroke, _boxes: dict[str, Rect]) -> Part:
    """A shape or an ink stroke as a text node where it sits (a shape's text in it, a stroke's
    empty): other apps show the place; Codesign reads its fields back from the extra key."""
    node = _node(item, "text")
    node["text"] = item.text if isinstance(item, Shape) else ""
    fields = item.model_dump(exclude={"id", "x", "y", "width", "height", "kind", "text"})
    extra: dict[str, Any] = {"kind": item.kind, "fields": fields}
    extra["box"] = [item.x, item.y, item.width, item.height]
    return "node", _with_colour(node, item.colour, extra)


@maps_kind("cluster")
@maps_kind("journey")
def _group_node(item: Cluster | JourneyMap, _boxes: dict[str, Rect]) -> Part:
    node = _node(item, "group")
    node["label"] = item.title
    extra: dict[str, Any] = {"kind": item.kind, "colour": item.colour, "z": item.z}
    if item.title_alt:
        extra["texts"] = [item.title, item.title_alt]
    extra["box"] = [item.x, item.y, item.width, item.height]
    if isinstance(item, JourneyMap):
        extra.update(
            stages=[stage.model_dump() for stage in item.stages],
            lanes=[lane.model_dump() for lane in item.lanes],
            placements=[place.model_dump() for place in item.placements],
        )
    return "node", _with_colour(node, item.colour, extra)


def _node(item: Note | Label | Cluster | JourneyMap | Shape | Stroke, kind: str) -> dict[str, Any]:
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
            translate(
                "canvas export",
                "%n note author(s) kept for Codesign only; other apps hide them",
                "",
                authors,
            )
        )
    dots = sum(dot.count for voting in board.rounds for dot in voting.dots)
    if dots:
        said = translate(
            "canvas export",
            "{dots} in {rounds} kept for Codesign only; other apps do not show votes",
        )
        warnings.append(
            said.format(
                dots=translate("canvas export", "%n vote dot(s)", "", dots),
                rounds=translate("canvas export", "%n round(s)", "", len(board.rounds)),
            )
        )
    for journey in board.of_kind(JourneyMap):
        said = translate(
            "canvas export",
            "journey map {title} becomes a plain group; its stages, lanes and emotion curve "
            "are kept for Codesign only",
        )
        warnings.append(said.format(title=repr(journey.title or journey.id)))
    unknown = sum(1 for _ in board.of_kind(UnknownItem))
    if unknown:
        warnings.append(
            translate(
                "canvas export", "%n item(s) of newer kinds kept for Codesign only", "", unknown
            )
        )
    return warnings
