"""Turning a pydantic ValidationError into one line that points at the broken place."""

from pydantic import ValidationError

from codesign.model.items import ID_PATTERN, KNOWN_KINDS
from codesign.storage.strict_json import key_step

_UNION_TAGS = {*KNOWN_KINDS, "unknown"}
_LONGEST_SHOWN = 60
_UNPRINTABLE_ID = "an id must be printable text (no control characters)"


def shown(value: object) -> str:
    """`repr(value)` cut short: a message quotes what it found, but a file can hold megabytes
    where a name was expected, and the message must still fit a dialog on one line."""
    text = repr(value)
    return text if len(text) <= _LONGEST_SHOWN else text[: _LONGEST_SHOWN - 1] + "…"


def json_path(loc: tuple[int | str, ...], root: str = "$") -> str:
    """`('items', 3, 'note', 'width')` -> `$.items[3].width` (union tags are not in the file).

    Keys come from the file and may hold anything, newlines included; odd ones are quoted.
    """
    path = root
    previous: int | str | None = None
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif isinstance(previous, int) and part in _UNION_TAGS:
            pass
        else:
            path += key_step(part)
        previous = part
    return path


def describe_validation_error(error: ValidationError, root: str = "$") -> str:
    problems = error.errors(include_url=False, include_input=False)
    first = problems[0]
    message = first["msg"].removeprefix("Value error, ")
    if (
        first["type"] == "string_pattern_mismatch"
        and first.get("ctx", {}).get("pattern") == ID_PATTERN
    ):
        message = _UNPRINTABLE_ID  # pydantic's words would quote a regular expression
    line = f"invalid board at {json_path(tuple(first['loc']), root)}: {message}"
    if len(problems) > 1:
        line += f" (and {len(problems) - 1} more problems)"
    return line
