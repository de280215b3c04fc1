"""The canvas look in PDF colours: the palette's tints, near-black ink, quiet greys (VISUAL.md)."""

from functools import cache

from reportlab.lib.colors import Color

from codesign.model.palette import hex_to_rgb
from codesign.text.catalogue import marked, translate

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


COUNTS = {
    "note": marked("report", "%n note(s)"),
    "vote": marked("report", "%n vote(s)"),
    "dot": marked("report", "%n dot(s)"),
    "participant": marked("report", "%n participant(s)"),
    "theme": marked("report", "%n theme(s)"),
    "sheet": marked("report", "%n sheet(s)"),
    "row": marked("report", "%n row(s)"),
    "voter": marked("report", "%n voter(s)"),
}
"""What the PDF counts, as the catalogue holds it."""


def counted(number: int, noun: str) -> str:
    """ "1 note", "2 notes": the pills and headings say how many in words people read."""
    return translate("report", COUNTS[noun], "", number)
