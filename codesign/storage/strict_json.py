"""JSON that Codesign can write back: what `json.loads` accepts but a saved file cannot hold.

Python's parser takes NaN and Infinity, turns 1e400 into infinity, keeps a lone `\\ud800`
escape as half a character and nests as deep as the interpreter allows. Any of these inside a
board (in an item kind from a newer Codesign, say) would load, then fail or change on the next
save: the worst moment to find out. So readers refuse them up front, naming the place.
"""

import json
import math
import re
from typing import Any

from codesign.text.catalogue import marked, translate

MAX_DEPTH = 100
"""Far deeper than any board (about six levels), and well inside what the JSON writer handles."""


_PLAIN_PROBLEMS = {
    "Expecting value": marked("storage", "a value was expected here"),
    "Expecting property name enclosed in double quotes": marked(
        "storage", "a name in double quotes was expected here"
    ),
    "Expecting ':' delimiter": marked("storage", "a colon (:) was expected here"),
    "Expecting ',' delimiter": marked("storage", "a comma (,) was expected here"),
    "Invalid control character at": marked(
        "storage", "a line break, tab or other control character inside text"
    ),
    "Unterminated string starting at": marked(
        "storage", "text that starts here is never closed with a double quote"
    ),
    "Invalid \\escape": marked("storage", "a backslash escape JSON does not have"),
    "Invalid \\uXXXX escape": marked("storage", "a \\u escape without four hexadecimal digits"),
    "Extra data": marked("storage", "more text after the end of the JSON"),
    "Illegal trailing comma before end of object": marked(
        "storage", "a comma just before a closing bracket"
    ),
    "Illegal trailing comma before end of array": marked(
        "storage", "a comma just before a closing bracket"
    ),
}
"""Python's parser messages (cut short, in English) as plain words the catalogue translates."""
_SOMETHING_ELSE = marked("storage", "something JSON does not allow")

_LONGEST_KEY = 40
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class JsonProblem(ValueError):
    """Why some text is not JSON a board can be made from; `str()` is one line."""


def load_json(text: str) -> Any:
    """The parsed value, or JsonProblem saying what is wrong (with line and column if known)."""
    try:
        value = json.loads(text)
    except RecursionError:
        raise JsonProblem(_too_deep()) from None
    except json.JSONDecodeError as error:
        said = translate("storage", "not valid JSON (line {line}, column {column}: {problem})")
        problem = translate("storage", _PLAIN_PROBLEMS.get(error.msg, _SOMETHING_ELSE))
        raise JsonProblem(
            said.format(line=error.lineno, column=error.colno, problem=problem)
        ) from None
    except ValueError:
        said = translate("storage", "not valid JSON (a number has too many digits)")
        raise JsonProblem(said) from None
    problem = first_problem(value)
    if problem:
        raise JsonProblem(problem)
    return value


def first_problem(value: Any, root: str = "$") -> str | None:
    """The first value a JSON file cannot carry, as "at PATH: what", or None when all is well.

    Walks with its own stack, so a deep value is reported rather than overflowing Python's.
    """
    stack: list[tuple[Any, str, int]] = [(value, root, 0)]
    while stack:
        current, path, depth = stack.pop()
        if depth > MAX_DEPTH:
            return _too_deep()
        if isinstance(current, str):
            if _has_lone_surrogate(current):
                return translate(
                    "storage", "at {place}: text that is not valid Unicode (half a surrogate pair)"
                ).format(place=path)
        elif isinstance(current, float):
            if not math.isfinite(current):
                said = translate("storage", "at {place}: not a finite number ({value})")
                return said.format(place=path, value=json.dumps(current))
        elif isinstance(current, dict):
            for key in current:
                if _has_lone_surrogate(key):
                    return translate(
                        "storage",
                        "at {place}: a key that is not valid Unicode (half a surrogate pair)",
                    ).format(place=path)
            stack.extend(
                (current[key], path + key_step(key), depth + 1) for key in reversed(current)
            )
        elif isinstance(current, list):
            stack.extend(
                (current[index], f"{path}[{index}]", depth + 1)
                for index in reversed(range(len(current)))
            )
    return None


def _too_deep() -> str:
    said = translate("storage", "JSON is nested too deeply (more than {most} levels)")
    return said.format(most=MAX_DEPTH)


def key_step(key: str) -> str:
    """`.title` for a plain name, `["odd key\\n"]` for anything else, so a path stays one line;
    a long key is cut short, so the message stays readable in a dialog."""
    if len(key) > _LONGEST_KEY:
        key = key[:_LONGEST_KEY] + "…"
    return f".{key}" if _NAME.fullmatch(key) else f"[{json.dumps(key)}]"


def _has_lone_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
