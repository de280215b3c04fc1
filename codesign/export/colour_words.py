"""Colour words people type into a spreadsheet's colour column, as the palette's names.

The palette has nine tints (`codesign.model.palette`); a sheet says "Yellow", "gray", "Light
Blue", "red" or, in Wales, "melyn". Palette names and their spellings are taken as they are;
other common colour words become the nearest tint, and the importer says so, since a red note
that comes in pink should not surprise anyone.
"""

from codesign.model.palette import STICKY_PALETTE

SPELLINGS: dict[str, str] = {"gray": "grey", "sky blue": "blue", "lilac": "purple"}
"""Other ways to write a palette name, or names of the tint itself: nothing is approximated."""
NEAREST: dict[str, str] = {
    "red": "pink",
    "rose": "pink",
    "magenta": "pink",
    "fuchsia": "pink",
    "salmon": "pink",
    "coral": "orange",
    "amber": "orange",
    "peach": "orange",
    "gold": "yellow",
    "lemon": "yellow",
    "lime": "green",
    "mint": "green",
    "cyan": "teal",
    "turquoise": "teal",
    "aqua": "teal",
    "navy": "blue",
    "sky": "blue",
    "azure": "blue",
    "violet": "purple",
    "lavender": "purple",
    "mauve": "purple",
    "indigo": "purple",
    "silver": "grey",
    "coch": "pink",
}
"""Colour words the palette has no tint for, as the tint nearest to them."""
WELSH: dict[str, str] = {
    "melyn": "yellow",
    "oren": "orange",
    "pinc": "pink",
    "porffor": "purple",
    "glas": "blue",
    "gwyrddlas": "teal",
    "gwyrdd": "green",
    "llwyd": "grey",
    "gwyn": "white",
}
SHADES = ("light ", "pale ", "dark ", "bright ", "deep ")
"""A shade of a colour is taken as the colour: the palette has one tint of each."""


def palette_name(value: str) -> tuple[str, bool] | None:
    """The palette name for a colour word, and whether it is only the nearest; None when the
    word is not a colour Codesign knows."""
    word = " ".join(value.lower().replace("-", " ").replace("_", " ").split())
    for candidate in (word, *(word.removeprefix(s) for s in SHADES if word.startswith(s))):
        if candidate in STICKY_PALETTE:
            return candidate, False
        exact = SPELLINGS.get(candidate) or WELSH.get(candidate)
        if exact:
            return exact, False
        if candidate in NEAREST:
            return NEAREST[candidate], True
    return None
