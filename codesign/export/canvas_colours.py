"""JSON Canvas colours: the spec's six presets ("1" red ... "6" purple) or any hex.

Codesign's palette names map to the preset a person would call the same colour; the exact
colour also travels under the node's `codesign` key, so a round trip loses nothing.
"""

from codesign.model.palette import STICKY_PALETTE, hex_to_rgb

PRESETS: dict[str, str] = {
    "1": "#FB464C",
    "2": "#E9973F",
    "3": "#E0DE71",
    "4": "#44CF6E",
    "5": "#53DFDD",
    "6": "#A882FF",
}
"""The preset colours as Obsidian draws them; the spec leaves the exact shade to the app."""

_TO_PRESET = {
    "yellow": "3",
    "orange": "2",
    "pink": "1",
    "purple": "6",
    "blue": "5",
    "teal": "5",
    "green": "4",
}
_FROM_PRESET = {"1": "pink", "2": "orange", "3": "yellow", "4": "green", "5": "blue", "6": "purple"}


def to_canvas_colour(value: str) -> str | None:
    """The nearest preset; None (the app's neutral card) for white, grey and near-greys."""
    if value in _TO_PRESET:
        return _TO_PRESET[value]
    if value in STICKY_PALETTE:
        return None
    red, green, blue = hex_to_rgb(value)
    if max(red, green, blue) - min(red, green, blue) < 24:
        return None
    return min(
        PRESETS, key=lambda preset: _distance(hex_to_rgb(PRESETS[preset]), (red, green, blue))
    )


def from_canvas_colour(value: object) -> str | None:
    """A Codesign colour for a node's `color`, or None when it is missing or not understood."""
    if not isinstance(value, str):
        return None
    if value in _FROM_PRESET:
        return _FROM_PRESET[value]
    code = value.strip()
    if len(code) == 7 and code.startswith("#"):
        try:
            int(code[1:], 16)
        except ValueError:
            return None
        return code.upper()
    return None


def _distance(a: tuple[int, int, int], b: tuple[int, int, int]) -> int:
    return sum((x - y) ** 2 for x, y in zip(a, b, strict=True))
