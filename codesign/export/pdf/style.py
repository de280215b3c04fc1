"""The canvas look in PDF colours: the palette's tints, near-black ink, quiet greys (VISUAL.md)."""

from functools import cache

from reportlab.lib.colors import Color

from codesign.model.palette import hex_to_rgb

INK = "#1F1F1F"
MUTED = "#5C5C5C"
RULE = "#C8C8C8"
HAIRLINE = "#E6E6E6"
"""Black at alpha 26 over white, as the canvas edges its label pills."""
WHITE = "#FFFFFF"
EMOTION = "#C2255C"
"""The journey emotion curve: one strong colour that stays visible on every lane tint."""


@cache
def colour(value: str) -> Color:
    red, green, blue = hex_to_rgb(value)
    return Color(red / 255, green / 255, blue / 255)


@cache
def tint(value: str, white: float) -> Color:
    """`value` mixed with `white` parts of white (0 keeps the colour, 1 is white)."""
    base = colour(value)
    return Color(*(part + (1 - part) * white for part in (base.red, base.green, base.blue)))


@cache
def shade(value: str, black: float) -> Color:
    """`value` darkened towards black by `black` (0 keeps it, 1 is black)."""
    base = colour(value)
    return Color(*(part * (1 - black) for part in (base.red, base.green, base.blue)))


SHADOW = Color(0, 0, 0, alpha=0.12)


def counted(number: int, noun: str) -> str:
    """ "1 note", "2 notes": the pills and headings say how many in words people read."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
