"""Which pictures an open board still needs: those on it and those its undo steps bring back.

The media store (`storage.media`) never frees a picture by itself, because an undo step may
bring a deleted photo back at any time. When a board is closed or replaced, the pictures no
open board and no undo step names are let go (`sweep`), so memory follows the boards that are
open, not every photo ever opened.
"""

from collections.abc import Iterable, Iterator

from PySide6.QtGui import QUndoCommand

from codesign.document.board_document import BoardDocument
from codesign.model.items import Picture
from codesign.storage.media import media_store


def pictures_held(document: BoardDocument) -> set[str]:
    """Content hashes on the board and in every step of its undo stack (both sides)."""
    held = {item.media for item in document.items() if isinstance(item, Picture)}
    stack = document.undo_stack
    for index in range(stack.count()):
        for command in _with_children(stack.command(index)):
            for side in (getattr(command, "before", None), getattr(command, "after", None)):
                if isinstance(side, dict):
                    held.update(v.media for v in side.values() if isinstance(v, Picture))
    return held


def _with_children(command: QUndoCommand) -> Iterator[QUndoCommand]:
    yield command
    for index in range(command.childCount()):
        yield from _with_children(command.child(index))


def sweep(documents: Iterable[BoardDocument], also: Iterable[str] = ()) -> int:
    """Free the pictures none of `documents` holds (nor `also`, e.g. the clipboard's)."""
    held = set(also)
    for document in documents:
        held |= pictures_held(document)
    return media_store().keep_only(held)
