"""Step-by-step upgrades of raw board dicts from older file format versions.

Each function takes the `board` dict of version N and returns it as version N+1; loading runs
them in order, so a file from any older version reaches the current one. Each step registers
here with a frozen fixture file (tests/storage/fixtures/vN-every-kind.codesign.json).
"""

from collections.abc import Callable
from typing import Any

RawBoard = dict[str, Any]
Migration = Callable[[RawBoard], RawBoard]


def _bilingual(raw: RawBoard) -> RawBoard:
    """Version 2 adds bilingual boards: `text_alt` and `title_alt` beside each text and the
    board's `languages`. A version 1 board is in one language, which version 2 writes by
    leaving all three out, so it reads as it is. The step exists because a version 1 reader
    must refuse a version 2 file as newer rather than call its second texts damage."""
    return dict(raw)


MIGRATIONS: dict[int, Migration] = {1: _bilingual}
"""Maps a version N to the step that turns an N board into an N+1 board."""


def migrate(raw: RawBoard, from_version: int, to_version: int) -> RawBoard:
    for version in range(from_version, to_version):
        raw = MIGRATIONS[version](raw)
    return raw
