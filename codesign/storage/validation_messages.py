"""Turning a pydantic ValidationError into one line that points at the broken place."""

from pydantic import ValidationError

from codesign.model.broken_rules import BrokenRule
from codesign.model.items import ID_PATTERN, KNOWN_KINDS
from codesign.storage.strict_json import key_step
from codesign.text.catalogue import marked, translate

_UNION_TAGS = {*KNOWN_KINDS, "unknown"}
_LONGEST_SHOWN = 60
_PYDANTIC_WORDS = {
    "missing": marked("storage", "a required field is missing"),
    "extra_forbidden": marked("storage", "a field a board does not have"),
    "greater_than": marked("storage", "should be greater than {gt}"),
    "greater_than_equal": marked("storage", "should be at least {ge}"),
    "less_than": marked("storage", "should be less than {lt}"),
    "less_than_equal": marked("storage", "should be at most {le}"),
    "string_too_long": marked("storage", "should have at most {max_length} characters"),
    "string_type": marked("storage", "should be text"),
    "float_parsing": marked("storage", "should be a number"),
    "float_type": marked("storage", "should be a number"),
    "int_parsing": marked("storage", "should be a whole number"),
    "int_type": marked("storage", "should be a whole number"),
    "bool_type": marked("storage", "should be true or false"),
    "literal_error": marked("storage", "should be {expected}"),
}
"""pydantic's own complaints, by type, in the catalogue's words; any other stays pydantic's."""


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
    broken = first.get("ctx", {}).get("error")
    if isinstance(broken, BrokenRule):
        message = translate("storage", broken.template).format(**broken.values)
    elif first["type"] in _PYDANTIC_WORDS:
        context = {
            name: f"{value:g}" if isinstance(value, float) else str(value)
            for name, value in first.get("ctx", {}).items()
        }
        message = translate("storage", _PYDANTIC_WORDS[first["type"]]).format_map(context)
    if (
        first["type"] == "string_pattern_mismatch"
        and first.get("ctx", {}).get("pattern") == ID_PATTERN
    ):
        # pydantic's words would quote a regular expression
        message = translate("storage", "an id must be printable text (no control characters)")
    line = translate("storage", "invalid board at {place}: {problem}").format(
        place=json_path(tuple(first["loc"]), root), problem=message
    )
    if len(problems) > 1:
        line += " " + translate("storage", "(and %n more problem(s))", "", len(problems) - 1)
    return line
