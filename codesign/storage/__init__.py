"""Board files on disk: load (wrapper, version, migration, validation) and atomic save."""

from codesign.storage.atomic import atomic_write, backup_path
from codesign.storage.errors import (
    BoardFileError,
    InvalidBoard,
    NewerVersion,
    NotABoard,
    SaveFailed,
    UnreadableFile,
)
from codesign.storage.fileformat import CURRENT_VERSION, FILE_SUFFIXES, FORMAT_NAME, BoardFile
from codesign.storage.load import load_board, parse_board
from codesign.storage.save import board_to_bytes, save_board

__all__ = [
    "CURRENT_VERSION",
    "FILE_SUFFIXES",
    "FORMAT_NAME",
    "BoardFile",
    "BoardFileError",
    "InvalidBoard",
    "NewerVersion",
    "NotABoard",
    "SaveFailed",
    "UnreadableFile",
    "atomic_write",
    "backup_path",
    "board_to_bytes",
    "load_board",
    "parse_board",
    "save_board",
]
