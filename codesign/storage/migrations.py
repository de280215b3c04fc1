"""Step-by-step upgrades of raw board dicts from older file format versions.

Each function takes the `board` dict of version N and returns it as version N+1; loading runs
them in order, so a file from any older version reaches the current one. Version 1 is the first
published format, so there is nothing to upgrade yet; the loader and its tests already go
through this table, and a new step registers here with a frozen fixture file.
"""

from collections.abc import Callable
from typing import Any

RawBoard = dict[str, Any]
Migration = Callable[[RawBoard], RawBoard]

MIGRATIONS: dict[int, Migration] = {}
"""Maps a version N to the step that turns an N board into an N+1 board."""


def migrate(raw: RawBoard, from_version: int, to_version: int) -> RawBoard:
    for version in range(from_version, to_version):
        raw = MIGRATIONS[version](raw)
    return raw
