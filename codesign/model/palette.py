"""The named sticky-note colours and how a colour value is checked.

Colours are stored by name where they come from the palette, so a board reads well in a diff and
a later palette tweak (say, for a new projector) updates every note. Any `#rrggbb` is allowed too,
for notes brought in from other tools.
"""

from typing import Annotated, Literal

from pydantic import Field

STICKY_PALETTE: dict[str, str] = {
    "yellow": "#FFF856",
    "orange": "#FFB64D",
    "pink": "#FE89A7",
    "purple": "#B89DFF",
    "blue": "#93C1E1",
    "teal": "#7BF5FF",
    "green": "#A1F192",
    "grey": "#CBCBCB",
    "white": "#FFFFFF",
}
"""Bright sticky tints, tuned so every pair stays apart (CIEDE2000 >= 9) under simulated
protanopia, deuteranopia and tritanopia as well as normal vision, while near-black note text
keeps a contrast of at least 7:1 on each (see tests/model/test_palette.py)."""

DEFAULT_NOTE_COLOUR = "yellow"

PaletteName = Literal[
    "yellow", "orange", "pink", "purple", "blue", "teal", "green", "grey", "white"
]
HexColour = Annotated[str, Field(pattern=r"^#[0-9A-Fa-f]{6}$")]
Colour = PaletteName | HexColour
"""Checked inside pydantic-core (no Python call per note), which keeps large boards fast to load."""


def resolve_colour(value: str) -> str:
    """The `#RRGGBB` a colour value stands for, whether it is a palette name or already hex."""
    return STICKY_PALETTE.get(value, value).upper()


def hex_to_rgb(value: str) -> tuple[int, int, int]:
    code = resolve_colour(value).lstrip("#")
    return int(code[0:2], 16), int(code[2:4], 16), int(code[4:6], 16)
