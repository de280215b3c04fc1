"""Turning a board into the bytes of its file: deterministic, indented, diff-friendly."""

from pathlib import Path

from codesign.model import Board
from codesign.storage.atomic import atomic_write
from codesign.storage.fileformat import BoardFile


def board_to_bytes(board: Board) -> bytes:
    """Same board, same bytes: fields in model order, two-space indent, trailing newline."""
    return BoardFile(board=board).model_dump_json(indent=2).encode("utf-8") + b"\n"


def save_board(board: Board, path: Path | str, keep_backup: bool = True) -> None:
    atomic_write(Path(path), board_to_bytes(board), keep_backup=keep_backup)
