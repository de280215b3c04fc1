"""The one-line warning for characters no bundled face can draw: said, never silently lost.

Such a character is drawn as a visible placeholder (and kept in the PDF's text layer); the
CLI prints this line after an export and the Export dialog shows it.
"""

from collections.abc import Iterator

from codesign.model import Board
from codesign.text import PLACEHOLDER, missing_characters
from codesign.text.catalogue import translate

_SHOWN = 8


def unsupported_warning(board: Board) -> str | None:
    """None when every character of the board has a face, else one line naming them."""
    missing = missing_characters("\n".join(_strings(board.model_dump())))
    if not missing:
        return None
    named = ", ".join(f"U+{ord(char):04X}" for char in missing[:_SHOWN])
    if len(missing) > _SHOWN:
        named += translate("export", " and %n more", "", len(missing) - _SHOWN)
    said = translate(
        "export",
        "%n character(s) no bundled font can draw ({named}) shown as {placeholder}",
        "",
        len(missing),
    )
    return said.format(named=named, placeholder=PLACEHOLDER)


def _strings(value: object) -> Iterator[str]:
    """Every string in the board's data: texts, titles, names, labels."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)
