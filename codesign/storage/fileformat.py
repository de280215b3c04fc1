"""The on-disk wrapper: a format name and an integer version around the board.

The version only goes up when old readers would misread a file; each step up has a migration
in `migrations.py` with a frozen fixture under tests/storage/fixtures.
"""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from codesign.model import Board

FORMAT_NAME = "codesign-board"
CURRENT_VERSION = 2
FILE_SUFFIXES = (".codesign.json", ".json")


class BoardFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    format: Literal["codesign-board"] = FORMAT_NAME
    version: Annotated[int, Field(strict=True)] = CURRENT_VERSION
    """A whole number in the file: `true`, `"1"` and `1.0` are damage, not version 1."""
    board: Board

    @field_validator("version")
    @classmethod
    def _is_current(cls, version: int) -> int:
        if version != CURRENT_VERSION:
            raise ValueError(f"expected version {CURRENT_VERSION}, found {version}")
        return version
