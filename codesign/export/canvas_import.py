"""JSON Canvas 1.0 -> board: text nodes become notes, groups become clusters (their members
are the notes inside them), edges become connectors.

A `.canvas` written by Codesign carries a `codesign` key that restores what JSON Canvas cannot
say (authors, exact colours, journey maps, votes). What has no Codesign equivalent (file and
link nodes, edge sides) is turned into the nearest thing and reported, never dropped silently.
"""

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from codesign.export.canvas_colours import from_canvas_colour
from codesign.export.canvas_export import EXTRA_KEY
from codesign.export.canvas_pictures import picture_from_file_node
from codesign.export.errors import ImportFailed
from codesign.export.text_files import check_row_count, within_text_limit
from codesign.model import Board, Cluster, Connector, Item, JourneyMap, Label, Note
from codesign.model.items import KNOWN_KINDS, MAX_ITEMS
from codesign.storage.strict_json import JsonProblem, load_json
from codesign.storage.validation_messages import describe_validation_error, shown
from codesign.text.catalogue import translate

_NODE_TYPES = ("text", "file", "link", "group")
_LARGEST = 1e15
"""Beyond any board; the board itself refuses past 1e9 with a proper message, but a number
this large (or an integer of hundreds of digits) cannot even be turned into a float."""


def board_from_canvas(data: bytes, source: str, title: str) -> tuple[Board, list[str]]:
    try:
        return _build(_parse(data, source), source, title)
    except ValidationError as error:
        raise ImportFailed(source, describe_validation_error(error, "$")) from None


def _build(document: dict[str, Any], source: str, title: str) -> tuple[Board, list[str]]:
    nodes = [_checked_node(node, index, source) for index, node in enumerate(document["nodes"])]
    ids = {node["id"] for node in nodes}
    warnings: list[str] = []
    items: list[Item] = []
    folder = Path(source).parent
    for node in nodes:
        picture = None
        if node["type"] == "file":
            picture = picture_from_file_node(node, _box(node), folder, warnings)
        if picture is not None:
            items.append(picture)
        elif node["type"] != "group":
            items.append(_leaf(node, warnings))
    notes = [item for item in items if isinstance(item, Note)]
    groups = [node for node in nodes if node["type"] == "group"]
    owner = _containing_groups(notes, groups)
    for node in groups:
        items.append(_group(node, [note.id for note in notes if owner.get(note.id) == node["id"]]))
    for index, edge in enumerate(document.get("edges") or []):
        items.append(_connector(edge, index, ids, source))
    extra = document.get(EXTRA_KEY) if isinstance(document.get(EXTRA_KEY), dict) else {}
    unknown = extra.get("unknown_items")
    fields: dict[str, Any] = {"title": title}
    for key in set(Board.model_fields) - {"items"}:
        if extra.get(key) not in (None, ""):
            fields[key] = extra[key]
    # Raw items go through the board's own kind dispatch, so one that claims a known kind
    # is checked as that kind and the board saves to a file that loads again.
    fields["items"] = (*items, *(unknown if isinstance(unknown, list) else ()))
    return Board.model_validate(fields), warnings


def _parse(data: bytes, source: str) -> dict[str, Any]:
    try:
        document = load_json(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        said = translate("import", "not a text file, so not a JSON Canvas file")
        raise ImportFailed(source, said) from None
    except JsonProblem as problem:
        raise ImportFailed(source, str(problem)) from None
    if not isinstance(document, dict) or not isinstance(document.get("nodes", []), list):
        said = translate("import", "not a JSON Canvas file (expected {nodes})")
        raise ImportFailed(source, said.format(nodes='{"nodes": [...]}'))
    if not isinstance(document.get("edges", []), list):
        said = translate("import", 'not a JSON Canvas file ("edges" is not a list)')
        raise ImportFailed(source, said)
    document.setdefault("nodes", [])
    check_row_count(len(document["nodes"]), source, translate("import", "nodes"), MAX_ITEMS)
    return document


def _checked_node(node: Any, index: int, source: str) -> dict[str, Any]:
    where = translate("import", "node {node}").format(node=index + 1)
    if not isinstance(node, dict):
        said = translate("import", "{where} is not an object")
        raise ImportFailed(source, said.format(where=where))
    if not isinstance(node.get("id"), str) or not node["id"]:
        raise ImportFailed(source, translate("import", "{where} has no id").format(where=where))
    where = translate("import", "node {node}").format(node=shown(node["id"]))
    if node.get("type") not in _NODE_TYPES:
        said = translate("import", "{where} has unknown type {type}")
        raise ImportFailed(source, said.format(where=where, type=shown(node.get("type"))))
    for key in ("x", "y", "width", "height"):
        if not _is_number(node.get(key)):
            said = translate("import", "{where} has no number for {key}")
            raise ImportFailed(source, said.format(where=where, key=repr(key)))
    if node["width"] <= 0 or node["height"] <= 0:
        said = translate("import", "{where} has a width or height that is not positive")
        raise ImportFailed(source, said.format(where=where))
    return node


def _is_number(value: Any) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and -_LARGEST <= value <= _LARGEST
    )


def _extra(node: dict[str, Any]) -> dict[str, Any]:
    extra = node.get(EXTRA_KEY)
    return extra if isinstance(extra, dict) else {}


def _box(node: dict[str, Any]) -> dict[str, Any]:
    """The node's rectangle; the exact one Codesign kept, unless the node was moved since."""
    keys = ("x", "y", "width", "height")
    box = [float(node[key]) for key in keys]
    exact = _extra(node).get("box")
    if (
        isinstance(exact, list)
        and len(exact) == 4
        and all(_is_number(v) for v in exact)
        and [
            max(1, round(v)) if k in keys[2:] else round(v)
            for k, v in zip(keys, exact, strict=True)
        ]
        == box
    ):
        box = [float(v) for v in exact]
    return dict(zip(keys, box, strict=True)) | {"id": node["id"]}


def _colour(node: dict[str, Any], default: str) -> str:
    return _extra(node).get("colour") or from_canvas_colour(node.get("color")) or default


def _leaf(node: dict[str, Any], warnings: list[str]) -> Item:
    extra = _extra(node)
    if node["type"] == "file":
        text = str(node.get("file", ""))
        said = translate("import", "file node {node} became a note holding its path {path}")
        warnings.append(said.format(node=shown(node["id"]), path=shown(text)))
    elif node["type"] == "link":
        text = str(node.get("url", ""))
        said = translate("import", "link node {node} became a note holding its address {url}")
        warnings.append(said.format(node=shown(node["id"]), url=shown(text)))
    else:
        text = str(node.get("text", ""))
    text, alt = _texts(extra, text)
    text = within_text_limit(text, warnings)
    if extra.get("kind") in ("shape", "stroke") and isinstance(extra.get("fields"), dict):
        drawn = {**extra["fields"], **_box(node), "kind": extra["kind"]}
        if extra["kind"] == "shape":
            drawn["text"] = text
        return KNOWN_KINDS[extra["kind"]].model_validate(drawn)  # type: ignore[return-value]
    if extra.get("kind") == "label":
        return Label(
            **_box(node),
            text=text,
            text_alt=alt,
            z=extra.get("z", 0),
            colour=_colour(node, "#1F1F1F"),
            font_size=extra.get("font_size", 32.0),
            bold=extra.get("bold", True),
        )
    return Note(
        **_box(node),
        text=text,
        text_alt=alt,
        z=extra.get("z", 0),
        colour=_colour(node, "yellow"),
        author=extra.get("author"),
        feeling=extra.get("feeling"),
    )


def _group(node: dict[str, Any], members: list[str]) -> Item:
    extra = _extra(node)
    title, alt = _texts(extra, str(node.get("label", "")))
    if extra.get("kind") == "journey":
        return JourneyMap(
            **_box(node),
            title=title,
            title_alt=alt,
            z=extra.get("z", 0),
            colour=_colour(node, "teal"),
            stages=extra.get("stages", ()),
            lanes=extra.get("lanes", ()),
            placements=extra.get("placements", ()),
        )
    return Cluster(
        **_box(node),
        title=title,
        title_alt=alt,
        z=extra.get("z", 0),
        colour=_colour(node, "blue"),
        members=tuple(members),
    )


def _texts(extra: dict[str, Any], shown: str) -> tuple[str, str]:
    """Codesign's own two versions of a bilingual text, else the node's text as it stands."""
    texts = extra.get("texts")
    if isinstance(texts, list) and len(texts) == 2 and all(isinstance(t, str) for t in texts):
        return texts[0], texts[1]
    return shown, ""


def _containing_groups(notes: list[Note], groups: list[dict[str, Any]]) -> dict[str, str]:
    """Note id -> the smallest group (not a journey) that holds the note's centre.

    A note belongs to one cluster at most, so with nested groups the innermost one wins.
    """
    clusters = [g for g in groups if _extra(g).get("kind") != "journey"]
    clusters.sort(key=lambda g: g["width"] * g["height"])
    owner: dict[str, str] = {}
    for note in notes:
        centre_x, centre_y = note.x + note.width / 2, note.y + note.height / 2
        for group in clusters:
            if (
                group["x"] <= centre_x <= group["x"] + group["width"]
                and group["y"] <= centre_y <= group["y"] + group["height"]
            ):
                owner[note.id] = group["id"]
                break
    return owner


def _connector(edge: Any, index: int, ids: set[str], source: str) -> Connector:
    if not isinstance(edge, dict) or not isinstance(edge.get("id"), str) or not edge["id"]:
        said = translate("import", "edge {edge} is not an object with an id")
        raise ImportFailed(source, said.format(edge=index + 1))
    for end in ("fromNode", "toNode"):
        if not isinstance(edge.get(end), str) or edge[end] not in ids:
            said = translate("import", "edge {edge} points at missing node {node} ({end})")
            raise ImportFailed(
                source, said.format(edge=shown(edge["id"]), node=shown(edge.get(end)), end=end)
            )
    extra = _extra(edge)
    return Connector(
        id=edge["id"],
        source=edge["fromNode"],
        target=edge["toNode"],
        label=str(edge.get("label", "")),
        arrow_start=edge.get("fromEnd", "none") == "arrow",
        arrow_end=edge.get("toEnd", "arrow") == "arrow",
        colour=extra.get("colour") or from_canvas_colour(edge.get("color")) or "#4A4A4A",
        z=extra.get("z", 0),
    )
