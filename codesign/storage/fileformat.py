"""The on-disk wrapper: a format name and an integer version around the board.

The version only goes up when old readers would misread a file; each step up has a migration
in `migrations.py` with a frozen fixture under tests/storage/fixtures.
"""

import operator
from functools import reduce
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from codesign.model import Board
from codesign.model.items import KIND_MODELS, MAX_ITEMS

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


KnownItem = Annotated[reduce(operator.or_, KIND_MODELS), Field(discriminator="kind")]
"""An item of a kind this version knows, told apart by its `kind` string inside pydantic-core:
`Item`'s discriminator is a Python function (it sends newer kinds to `UnknownItem`), which
turns every item of a file into a Python dict first and calls back once per item."""


class KnownKindsBoard(Board):
    """A board whose items are all of known kinds, with the same checks as `Board`."""

    items: Annotated[tuple[KnownItem, ...], Field(max_length=MAX_ITEMS)] = ()


class KnownKindsFile(BoardFile):
    """The common file (every item of a known kind), read about a sixth faster; loading tries
    it first and falls back to `BoardFile` for a file with a newer kind."""

    board: KnownKindsBoard
