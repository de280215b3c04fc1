"""What Copy puts on the clipboard and what Paste and Duplicate make of it.

The clipboard carries the items' own JSON records (the board file's item format), so pasting
into another board or another Codesign window loses nothing. Pasting gives every item a new id,
rewrites references between the pasted items, and drops references to anything that did not
come along, so the result is always a valid board.
"""

import json
import math
import re
from collections.abc import Iterable

from pydantic import TypeAdapter, ValidationError
from PySide6.QtCore import QCoreApplication

from codesign.commands.change_records import record_change
from codesign.commands.outcome import NOTHING, Outcome
from codesign.document import BoardDocument
from codesign.model import NOTE_SIZE, Board, BoxItem, Cluster, Connector, Item, JourneyMap, Note
from codesign.model.free_space import free_centre
from codesign.model.ids import new_id
from codesign.model.items import MAX_NOTE_TEXT

MIME_TYPE = "application/x-codesign-items+json"
PAYLOAD_FORMAT = "codesign-items"
GRID_GAP = 24.0
DUPLICATE_OFFSET = 32.0
LIST_MARKER = re.compile(r"^(?:[•◦▪‣●○·*\-–—]|\(?\d{1,3}[.)])\s+")
"""A bullet, or a list number with its dot or bracket, and the space after it."""

Point = tuple[float, float]
_ITEMS = TypeAdapter(list[Item])


def copied_items(items: Iterable[Item], ids: Iterable[str]) -> list[Item]:
    """The chosen items, plus the connectors that join two of them; unknown kinds stay behind."""
    chosen = set(ids)
    everything = list(items)
    picked = [i for i in everything if i.id in chosen and isinstance(i, BoxItem)]
    ends = {item.id for item in picked}
    picked += [
        i for i in everything if isinstance(i, Connector) and i.source in ends and i.target in ends
    ]
    return sorted(picked, key=lambda item: (item.z, item.id))


def to_payload(items: Iterable[Item]) -> str:
    records = [item.model_dump(mode="json") for item in items]
    return json.dumps({"format": PAYLOAD_FORMAT, "version": 1, "items": records})


def to_plain_text(items: Iterable[Item]) -> str:
    """Note texts one per line, read top to bottom then left to right, for pasting elsewhere."""
    notes = sorted((i for i in items if isinstance(i, Note)), key=lambda n: (n.y, n.x))
    return "\n".join(" ".join(note.text.split()) for note in notes if note.text.strip())


def from_payload(data: str) -> list[Item]:
    """The items in a clipboard payload; ValueError when it is not one, so paste can say so."""
    try:
        wrapper = json.loads(data)
    except ValueError as error:
        raise ValueError(f"not Codesign items: {error}") from None
    if not isinstance(wrapper, dict) or wrapper.get("format") != PAYLOAD_FORMAT:
        raise ValueError("not Codesign items")
    try:
        return _ITEMS.validate_python(wrapper.get("items"))
    except ValidationError as error:
        raise ValueError(f"damaged Codesign items: {error.error_count()} problems") from None


def relocated(
    items: list[Item], at: Point | None = None, offset: Point = (0.0, 0.0), z_base: int = 0
) -> list[Item]:
    """Copies with new ids, centred on `at` (or shifted by `offset`), stacked from `z_base`.

    References are remapped to the new ids; those pointing outside `items` are dropped.
    """
    ids = {item.id for item in items}
    items = [
        item
        for item in items
        if not isinstance(item, Connector) or {item.source, item.target} <= ids
    ]
    renamed = {item.id: new_id(item.kind) for item in items}
    boxes = [item for item in items if isinstance(item, BoxItem)]
    dx, dy = offset
    if at is not None and boxes:
        left = min(b.x for b in boxes)
        top = min(b.y for b in boxes)
        right = max(b.x + b.width for b in boxes)
        bottom = max(b.y + b.height for b in boxes)
        dx, dy = at[0] - (left + right) / 2, at[1] - (top + bottom) / 2
    notes = {item.id for item in items if isinstance(item, Note)}
    result: list[Item] = []
    for rank, item in enumerate(sorted(items, key=lambda i: (i.z, i.id))):
        update: dict[str, object] = {"id": renamed[item.id], "z": z_base + rank}
        if isinstance(item, BoxItem):
            update.update(x=item.x + dx, y=item.y + dy)
        if isinstance(item, Cluster):
            update["members"] = tuple(renamed[m] for m in item.members if m in notes)
        elif isinstance(item, JourneyMap):
            update["placements"] = tuple(
                p.model_copy(update={"note": renamed[p.note]})
                for p in item.placements
                if p.note in notes
            )
        elif isinstance(item, Connector):
            update.update(source=renamed[item.source], target=renamed[item.target])
        result.append(item.model_copy(update=update))
    return result


def notes_from_lines(
    text: str, at: Point, colour: str, z_base: int = 0, board: Iterable[BoxItem] = ()
) -> list[Note]:
    """One note per non-empty line, list markers dropped, in a near-square grid centred on
    `at`, or on the free spot nearest it when that would cover items of `board`."""
    lines = [without_list_marker(line.strip()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return []
    columns = math.ceil(math.sqrt(len(lines)))
    rows = math.ceil(len(lines) / columns)
    step = NOTE_SIZE + GRID_GAP
    size = (columns * step - GRID_GAP, rows * step - GRID_GAP)
    centre = free_centre(size, at, board, step / 2, GRID_GAP / 2)
    left = centre[0] - size[0] / 2
    top = centre[1] - size[1] / 2
    return [
        Note(
            id=new_id("note"),
            text=line[:MAX_NOTE_TEXT],
            colour=colour,
            x=left + (n % columns) * step,
            y=top + (n // columns) * step,
            z=z_base + n,
        )
        for n, line in enumerate(lines)
    ]


def without_list_marker(line: str) -> str:
    """A line of a typed-up list without its bullet ("•", "-", "*") or number ("1.", "2)",
    "(3)"): a number that is the text itself ("2024 budget", "2.5 hours") stays."""
    return LIST_MARKER.sub("", line, count=1).strip() or line


def top_z(items: Iterable[Item]) -> int:
    return max((item.z for item in items), default=-1) + 1


def paste_items(document: BoardDocument, items: list[Item], at: Point) -> Outcome:
    """Paste copies centred on `at` as one step; it makes the new ids, to select them."""
    pasted = relocated(items, at=at, z_base=top_z(document.items()))
    return _push(document, QCoreApplication.translate("commands", "Paste"), pasted)


def paste_lines(document: BoardDocument, text: str, at: Point, colour: str) -> Outcome:
    """Notes from pasted lines near `at`, in free space, as one "Paste notes" step."""
    board = [item for item in document.items() if isinstance(item, BoxItem)]
    notes = notes_from_lines(text, at, colour, top_z(document.items()), board)
    return _push(document, QCoreApplication.translate("commands", "Paste notes"), notes)


def duplicate_items(document: BoardDocument, ids: Iterable[str]) -> Outcome:
    items = copied_items(document.items(), ids)
    offset = (DUPLICATE_OFFSET, DUPLICATE_OFFSET)
    copies = relocated(items, offset=offset, z_base=top_z(document.items()))
    return _push(document, QCoreApplication.translate("commands", "Duplicate"), copies)


def _push(document: BoardDocument, text: str, items: list[Item]) -> Outcome:
    if not items:
        return NOTHING
    Board(items=tuple(items))  # the copies must be a valid board on their own before they land
    made = [item.id for item in items if not isinstance(item, Connector)]
    return record_change(document, text, items, made=made)
