"""The bytes of a board file, built from JSON cached item by item, for autosave.

Serialising a 10,000-note board whole takes one long C call that holds the GIL, so even on a
worker thread it would freeze the window for that call. Item by item, the worker hands the GIL
back between items, and an item unchanged since the last autosave costs nothing: records are
immutable, so the same object always has the same JSON. The bytes are exactly those of
`board_to_bytes`, so one writer serves the recovery copy and the board's own file.
"""

from codesign.model import Board, Item
from codesign.storage.fileformat import BoardFile

_ITEM_INDENT = " " * 6
"""Items sit three levels deep in the file: wrapper, board, items list."""
_EMPTY_ITEMS_LINE = '    "items": [],'


class ItemJsonCache:
    """Not thread-safe: one autosave worker owns one cache."""

    def __init__(self) -> None:
        self._fragments: dict[str, tuple[Item, str]] = {}

    def board_bytes(self, board: Board) -> bytes:
        fragments: dict[str, tuple[Item, str]] = {}
        for item in board.items:
            cached = self._fragments.get(item.id)
            if cached is None or cached[0] is not item:
                cached = (item, _indented(item.model_dump_json(indent=2)))
            fragments[item.id] = cached
        self._fragments = fragments
        shell = BoardFile.model_construct(board=board.model_copy(update={"items": ()}))
        text = shell.model_dump_json(indent=2)
        if fragments:
            items = ",\n".join(text for _item, text in fragments.values())
            lines = text.split("\n")
            at = lines.index(_EMPTY_ITEMS_LINE)
            lines[at] = f'    "items": [\n{items}\n    ],'
            text = "\n".join(lines)
        return text.encode("utf-8") + b"\n"


def _indented(text: str) -> str:
    return _ITEM_INDENT + text.replace("\n", "\n" + _ITEM_INDENT)
