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
    """Not thread-safe: one autosave worker owns one cache.

    Fragments are kept encoded, so the file is one `bytes.join` of them: joining and encoding a
    3.6 MB str of Welsh and English text would hold the GIL for several milliseconds more.
    """

    def __init__(self) -> None:
        self._fragments: dict[str, tuple[Item, bytes]] = {}

    def board_bytes(self, board: Board) -> bytes:
        fragments: dict[str, tuple[Item, bytes]] = {}
        for item in board.items:
            cached = self._fragments.get(item.id)
            if cached is None or cached[0] is not item:
                cached = (item, _indented(item.model_dump_json(indent=2)).encode("utf-8"))
            fragments[item.id] = cached
        self._fragments = fragments
        shell = BoardFile.model_construct(board=board.model_copy(update={"items": ()}))
        text = shell.model_dump_json(indent=2) + "\n"
        if not fragments:
            return text.encode("utf-8")
        head, tail = text.split(f"\n{_EMPTY_ITEMS_LINE}\n")
        return b"".join(
            (
                f'{head}\n    "items": [\n'.encode(),
                b",\n".join(fragment for _item, fragment in fragments.values()),
                f"\n    ],\n{tail}".encode(),
            )
        )


def _indented(text: str) -> str:
    return _ITEM_INDENT + text.replace("\n", "\n" + _ITEM_INDENT)
