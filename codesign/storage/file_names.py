"""Names for board files: a safe name made from a board's title, and the board extension.

File > Open lists `*.codesign.json` and `*.json`, so a board saved under a name typed without
either would be hidden from the very dialog meant to open it; the extension is added instead.
A title is typed by anyone ("Visit 3/4: what next?"), so only what every system allows in a
file name goes into a suggested one.
"""

import re
from pathlib import Path

from codesign.storage.fileformat import FILE_SUFFIXES

BOARD_SUFFIX = FILE_SUFFIXES[0]
_UNSAFE = re.compile(
    r'[\\/:*?"<>|\x00-\x1f\x7f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]+'
)
"""Separators, reserved and control characters, and the invisible bidirectional and zero-width
controls: a title "Minutes" + RIGHT-TO-LEFT OVERRIDE + "gnp.exe" would show as "…exe.png".
The joiners (U+200C, U+200D) stay: Persian words and emoji need them."""
_SPACED_DASH = re.compile(r"\s*-\s+")
"""A colon and its space ("Visit 3: next steps") read as " - " once the colon is replaced."""
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10))} | {
    f"LPT{n}" for n in range(1, 10)
}
"""Names Windows keeps for devices, whatever extension follows them."""
LONGEST_STEM = 120


def safe_file_stem(title: str, fallback: str = "board") -> str:
    """`title` as a file name's stem on Windows, macOS and Linux: no separators or reserved
    characters, no leading or trailing dots and spaces, not a device name, not too long."""
    stem = _SPACED_DASH.sub(" - ", " ".join(_UNSAFE.sub("-", title).split()))
    stem = stem.strip(" .-")[:LONGEST_STEM].strip(" .-")
    if not stem:
        return fallback
    return f"{stem} {fallback}" if stem.upper() in _RESERVED else stem


def board_file_name(title: str) -> str:
    return safe_file_stem(title) + BOARD_SUFFIX


def with_board_suffix(path: Path) -> Path:
    """`path` with `.codesign.json` added unless it already ends in a board extension
    (`visit` and `visit.v2` become `visit.codesign.json` and `visit.v2.codesign.json`)."""
    name = path.name
    if name.lower().endswith(FILE_SUFFIXES):
        return path
    if name.lower().endswith(BOARD_SUFFIX.removesuffix(".json")):
        return path.with_name(name + ".json")
    return path.with_name(name + BOARD_SUFFIX)
