"""Hypothesis strategies that damage files the way disks, editors and other tools do.

Byte-level damage (flips, insertions, deletions, truncation, a stray BOM) models a bad copy or
a half-written download; JSON-level damage (a value replaced, deleted, duplicated, retyped,
nested deep, made huge or odd) models a hand edit or another program writing the file. Every
strategy keeps its output small, so a fuzz run is quick and any hang is a real one.
"""

import json
import math
from typing import Any

from hypothesis import strategies as st

WELSH = "ŵŷâêîôûŴŶÂÊÎÔÛ"
"""The letters Welsh needs beyond ASCII: a board from a Welsh session is full of them."""

odd_text = st.text(
    st.characters(codec=None) | st.sampled_from(WELSH + "\u2028\x00\x0b\x1c\ufeff\U0001f600"),
    max_size=40,
) | st.sampled_from(
    [
        "\ud800",
        "a\udfffb",
        "x" * 5000,
        "Croeso i'r gweithdy: ŵyr ac ŷd",
        "line\nbreak",
        "\\ud800",
        "",
        "Infinity",
        "NaN",
        "\x00frame-order",
        "<img src='/etc/hosts' width='60000'>",
        '=HYPERLINK("http://evil.example","x")',
        "'-2",
        "y" * 5001,
    ]
)
"""Text people type, text tools mangle: Welsh, emoji, lone surrogates, controls, long runs."""

odd_numbers = (
    st.sampled_from(
        [
            math.nan,
            math.inf,
            -math.inf,
            10**400,
            -(10**30),
            10**9 + 1,
            1e9,
            -1e308,
            5e-324,
            -0.0,
            0,
            -1,
            2**63,
            1001,
        ]
    )
    | st.floats()
    | st.integers()
)

scalars = st.none() | st.booleans() | odd_numbers | odd_text
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(odd_text, inner, max_size=4),
    max_leaves=12,
)


def deep(value: Any, depth: int) -> Any:
    """`value` wrapped in `depth` alternating lists and objects."""
    for level in range(depth):
        value = [value] if level % 2 else {"a": value}
    return value


@st.composite
def damaged_values(draw: st.DrawFn, value: Any) -> Any:
    """A copy of a parsed JSON value with one to three places changed."""
    for _ in range(draw(st.integers(1, 3))):
        value = _damage_once(draw, value)
    return value


def _damage_once(draw: st.DrawFn, value: Any) -> Any:
    paths = list(_paths(value))
    path = draw(st.sampled_from(paths))
    target = _at(value, path)
    action = draw(
        st.sampled_from(
            ["replace", "replace", "delete", "insert", "duplicate", "retype", "nest", "rename"]
        )
    )
    if action == "replace":
        return _replaced(value, path, draw(json_values))
    if action == "retype":
        retyped = draw(st.sampled_from([str(target), [target], {"value": target}, None, True]))
        return _replaced(value, path, retyped)
    if action == "nest":
        return _replaced(value, path, deep(target, draw(st.sampled_from([2, 50, 150]))))
    if action == "delete" and path:
        parent = _at(value, path[:-1])
        if isinstance(parent, dict):
            return _replaced(value, path[:-1], {k: v for k, v in parent.items() if k != path[-1]})
        return _replaced(value, path[:-1], parent[: path[-1]] + parent[path[-1] + 1 :])
    if action == "insert" and isinstance(target, dict):
        return _replaced(value, path, {**target, draw(odd_text): draw(json_values)})
    if action == "insert" and isinstance(target, list):
        spot = draw(st.integers(0, len(target)))
        return _replaced(value, path, [*target[:spot], draw(json_values), *target[spot:]])
    if action == "duplicate" and isinstance(target, list) and target:
        return _replaced(value, path, [*target, draw(st.sampled_from(target))])
    if action == "rename" and isinstance(target, dict) and target:
        old = draw(st.sampled_from(sorted(target)))
        new = draw(odd_text | st.sampled_from(sorted(target)))
        return _replaced(value, path, {(new if k == old else k): v for k, v in target.items()})
    return _replaced(value, path, draw(json_values))


def _paths(value: Any, path: tuple = ()) -> Any:
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*path, index))


def _at(value: Any, path: tuple) -> Any:
    for step in path:
        value = value[step]
    return value


def _replaced(value: Any, path: tuple, new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: _replaced(value[head], rest, new)}
    return [*value[:head], _replaced(value[head], rest, new), *value[head + 1 :]]


@st.composite
def json_bytes(draw: st.DrawFn, value: Any) -> bytes:
    """`value` as a JSON file, written ASCII-escaped or as UTF-8 the way a lax tool would."""
    if draw(st.booleans()):
        return json.dumps(value).encode("ascii")
    text = json.dumps(value, ensure_ascii=False, indent=draw(st.sampled_from([None, 2])))
    return text.encode("utf-8", "surrogatepass")


@st.composite
def damaged_bytes(draw: st.DrawFn, data: bytes) -> bytes:
    """`data` after one to four byte-level accidents."""
    for _ in range(draw(st.integers(1, 4))):
        spot = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "repeat", "bom"]))
        if action == "flip" and spot < len(data):
            bit = 1 << draw(st.integers(0, 7))
            data = data[:spot] + bytes([data[spot] ^ bit]) + data[spot + 1 :]
        elif action == "insert":
            extra = draw(st.binary(min_size=1, max_size=8) | st.sampled_from(_TOKENS))
            data = data[:spot] + extra + data[spot:]
        elif action == "delete":
            data = data[:spot] + data[spot + draw(st.integers(1, 64)) :]
        elif action == "truncate":
            data = data[:spot]
        elif action == "repeat":
            data = data[:spot] + data[spot : spot + draw(st.integers(1, 200))] + data[spot:]
        elif action == "bom":
            data = b"\xef\xbb\xbf" + data
    return data


_TOKENS = [
    b"NaN",
    b"-Infinity",
    b"1e400",
    b"9" * 5000,
    b'"\\ud800"',
    b"\\ud800",
    b"[" * 300,
    b"{",
    b"}",
    b'"',
    b",",
    b"\x00",
    b"\xff",
    "ŵŷ".encode(),
    "ŵŷ".encode("cp1252", "replace"),
    b"\r\n",
    b";",
    b"\t",
]
"""Short byte runs that break parsers in interesting ways, spliced into otherwise good files."""
