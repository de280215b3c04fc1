"""The shared Yjs document's layout, and turning board records into its values and back.

Root maps: `items` (item id -> map of its board-file fields), `participants` (id -> map of
Participant fields), `rounds` (id -> map of VotingRound fields, with `dots` as a Y.Array of
`{"voter", "note"}`, one entry per dot, so votes cast at once merge), and `room` (written by the
host only). Nested lists and objects other than dots are plain JSON values. No Qt here: the
shared document lives on the server's asyncio thread.
"""

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any, Literal

from pycrdt import Array, Doc, Map
from pydantic import TypeAdapter

from codesign.model import Item, Participant, VotingRound
from codesign.model.votes import Dot

Root = Literal["items", "participants", "rounds"]
ROOTS: tuple[Root, ...] = ("items", "participants", "rounds")
Fields = dict[str, Any]
Key = tuple[Root, str]
"""A record in the shared document: which root map, and its id there."""

_ITEM = TypeAdapter(Item)


def root_of(record: object) -> Root | None:
    """Which root map a board record belongs in, or None for records not shared (bookmarks,
    the board's details, the frame order)."""
    if isinstance(record, Participant):
        return "participants"
    if isinstance(record, VotingRound):
        return "rounds"
    kind = getattr(record, "kind", None)
    return "items" if isinstance(kind, str) else None


def fields_of(record: Item | Participant | VotingRound) -> Fields:
    """The record as board-file JSON values; a round's dots as one entry per dot."""
    fields = record.model_dump(mode="json")
    if isinstance(record, VotingRound):
        fields["dots"] = [
            {"voter": dot.voter, "note": dot.note} for dot in record.dots for _ in range(dot.count)
        ]
    return fields


def record_from(root: Root, fields: Mapping[str, Any]) -> Item | Participant | VotingRound:
    """Validate shared values back into a record; raises ValueError (pydantic's) when bad."""
    if root == "items":
        return _ITEM.validate_python(dict(fields))
    if root == "participants":
        return Participant.model_validate(dict(fields))
    values = dict(fields)
    values["dots"] = fold_dots(values.get("dots") or [])
    return VotingRound.model_validate(values)


def fold_dots(entries: Iterable[object]) -> tuple[Dot, ...]:
    """One entry per dot -> the board file's dots with counts, in first-seen order."""
    counts: Counter[tuple[str, str]] = Counter()
    for entry in entries:
        if not isinstance(entry, Mapping):
            raise ValueError("a dot is an object with voter and note")
        voter, note = entry.get("voter"), entry.get("note")
        if not isinstance(voter, str) or not isinstance(note, str):
            raise ValueError("a dot is an object with voter and note")
        counts[voter, note] += 1
    return tuple(Dot(voter=v, note=n, count=c) for (v, n), c in counts.items())


def new_shared_doc() -> Doc:
    doc = Doc()
    for name in (*ROOTS, "room"):
        doc.get(name, type=Map)
    return doc


def read(doc: Doc, key: Key) -> Fields | None:
    """The shared values of one record, or None when it is not there."""
    root, record_id = key
    value = doc.get(root, type=Map).get(record_id)
    if not isinstance(value, Map):
        return None
    return value.to_py() or {}


def write(doc: Doc, key: Key, fields: Fields | None, voters: frozenset[str] | None = None) -> None:
    """Make the shared record equal `fields` (None removes it), touching only what differs,
    so a write of what is already there sends nothing to anyone. With `voters`, a round's
    dots are made right for those voters only: others' dots pushed meanwhile stay."""
    root, record_id = key
    parent = doc.get(root, type=Map)
    current = parent.get(record_id)
    if fields is None:
        if record_id in parent:
            del parent[record_id]
        return
    if not isinstance(current, Map):
        parent[record_id] = Map(_prelim(fields))
        return
    for name in [name for name in current if name not in fields]:
        del current[name]
    for name, value in fields.items():
        if name == "dots" and root == "rounds":
            _write_dots(current, value, voters)
        elif current.get(name) != value or name not in current:
            current[name] = value


def _prelim(fields: Fields) -> Fields:
    if "dots" in fields and isinstance(fields["dots"], list):
        return {**fields, "dots": Array(list(fields["dots"]))}
    return fields


def _write_dots(parent: Map, wanted: list[Fields], voters: frozenset[str] | None) -> None:
    """Delete surplus entries and append missing ones: entries no one touched stay, so a dot
    another phone pushed at the same moment is never overwritten."""
    dots = parent.get("dots")
    if not isinstance(dots, Array):
        parent["dots"] = Array(list(wanted))
        return
    need = Counter(
        (d["voter"], d["note"]) for d in wanted if voters is None or d["voter"] in voters
    )
    surplus: list[int] = []
    for index, entry in enumerate(dots.to_py() or []):
        pair = (entry.get("voter"), entry.get("note")) if isinstance(entry, dict) else None
        if voters is not None and pair is not None and pair[0] not in voters:
            continue
        if pair is not None and need[pair] > 0:
            need[pair] -= 1
        else:
            surplus.append(index)
    for index in reversed(surplus):
        del dots[index]
    for (voter, note), count in need.items():
        for _ in range(count):
            dots.append({"voter": voter, "note": note})
