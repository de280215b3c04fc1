"""Turning a board into the bytes of its file: deterministic, indented, diff-friendly.

A board without pictures is one JSON file, as it always was; a board with pictures is a zip
of that same JSON and its pictures (`container.py`, docs/file-format.md).
"""

from collections.abc import Iterable, Sequence
from pathlib import Path

from codesign.model import Board, Item
from codesign.model.items import Picture
from codesign.storage.atomic import atomic_write
from codesign.storage.container import write_container
from codesign.storage.disk_state import DiskState
from codesign.storage.fileformat import BoardFile
from codesign.storage.media import media_store


def board_to_bytes(board: Board) -> bytes:
    """Same board, same bytes: fields in model order, two-space indent, trailing newline."""
    return BoardFile(board=board).model_dump_json(indent=2).encode("utf-8") + b"\n"


def pictures_in(items: Iterable[object]) -> tuple[str, ...]:
    """The content hashes of the pictures among `items`, each once, in board order."""
    return tuple(dict.fromkeys(item.media for item in items if isinstance(item, Picture)))


def write_board(
    board_json: bytes, pictures: Sequence[str], path: Path, keep_backup: bool = True
) -> DiskState:
    """Write a board's file (raises SaveFailed) and say what it now holds. A picture whose
    bytes were never found (a board copied without its media) keeps its record only."""
    if not pictures:
        atomic_write(path, board_json, keep_backup=keep_backup)
        return DiskState.written(board_json)
    store = media_store()
    media = [found for digest in pictures if (found := store.get(digest)) is not None]
    write_container(path, board_json, media, keep_backup=keep_backup)
    return DiskState.read(path) or DiskState.unknown()


def save_board(board: Board, path: Path | str, keep_backup: bool = True) -> None:
    items: tuple[Item, ...] = board.items
    write_board(board_to_bytes(board), pictures_in(items), Path(path), keep_backup)
