"""What a board's connectors say, in words: "Cause → Effect: leads to", for the reports.

An arrow on a board is a claim (this leads to that), so the Markdown and HTML reports list each
one by the names of its ends: a note's first line, a theme's or map's title, a text's or
shape's words. Listed in the reading order of where each arrow starts.
"""

from dataclasses import dataclass

from codesign.model import Board, Connector
from codesign.model.kinds import box_of, reading_order
from codesign.text.kind_counts import counted

NAME_LENGTH = 80
"""Characters of an end's name: a note's first line is enough to know it by."""


@dataclass(frozen=True)
class Relation:
    source: str
    target: str
    label: str
    both_ways: bool
    """Arrowheads at both ends (or neither): read as "A ↔ B" rather than "A → B"."""

    def sentence(self) -> str:
        arrow = "↔" if self.both_ways else "→"
        line = f"{self.source} {arrow} {self.target}"
        return f"{line}: {self.label}" if self.label else line


def item_name(record: object) -> str:
    """The words an item is known by on the board, or its kind when it has none."""
    for field in ("title", "text"):
        value = getattr(record, field, "")
        if isinstance(value, str) and value.strip():
            first = value.strip().splitlines()[0].strip()
            return first if len(first) <= NAME_LENGTH else first[: NAME_LENGTH - 1] + "…"
    return counted(getattr(record, "kind", ""), 1).removeprefix("1 ")


def relations(board: Board) -> list[Relation]:
    """Every connector whose two ends are on the board, as words."""
    items = {item.id: item for item in board.items}
    connectors = [c for c in board.of_kind(Connector) if c.source in items and c.target in items]
    ordered = reading_order(connectors, lambda c: box_of(items[c.source]), lambda c: c.id)
    result: list[Relation] = []
    for connector in ordered:
        source, target = items[connector.source], items[connector.target]
        if not connector.arrow_end and connector.arrow_start:
            source, target = target, source
        both = connector.arrow_start == connector.arrow_end
        result.append(Relation(item_name(source), item_name(target), connector.label.strip(), both))
    return result
