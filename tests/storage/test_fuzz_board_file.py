"""Fuzzing the board loader: whatever bytes arrive, the answer is a board that saves and loads
back unchanged, or a one-line BoardFileError that names the file. Never a traceback.

Example counts come from the hypothesis profile (tests/conftest.py): HYPOTHESIS_PROFILE=thorough
runs many more.
"""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codesign.model import Board, UnknownItem
from codesign.resources import templates_folder
from codesign.storage import BoardFileError, board_to_bytes, load_board, parse_board
from tests.boards import themed_board
from tests.fuzzing import damaged_bytes, damaged_values, deep, json_bytes, json_values
from tests.strategies import boards

SOURCE = "Gweithdy ŵyr – fuzzed.codesign.json"
fuzz = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _newer_kind_board() -> Board:
    """A board holding an item from a newer Codesign: free JSON the loader must keep as it is."""
    sticker = UnknownItem.model_validate(
        {"id": "s1", "kind": "sticker", "shape": {"points": [[0, 0], [1, 2.5]]}, "label": "ŵ"}
    )
    board = themed_board()
    return board.model_copy(update={"items": (*board.items, sticker)})


SEEDS = [path.read_bytes() for path in sorted(templates_folder().glob("*.json"))] + [
    board_to_bytes(themed_board()),
    board_to_bytes(_newer_kind_board()),
]
seed_files = st.sampled_from(SEEDS) | boards().map(board_to_bytes)


def assert_board_or_clean_error(data: bytes, source: str = SOURCE) -> Board | None:
    """The property every loader input must keep; returns the board when there is one."""
    try:
        board = parse_board(data, source)
    except BoardFileError as error:
        assert_one_line_naming(str(error), source)
        return None
    saved = board_to_bytes(board)
    again = parse_board(saved, "saved copy")
    assert again == board
    assert board_to_bytes(again) == saved
    return board


def assert_one_line_naming(message: str, source: str) -> None:
    assert message.startswith(f"{source}: "), message
    assert len(message.splitlines()) == 1, message
    assert len(message) < 600, message


@fuzz
@given(st.binary(max_size=3000))
def test_arbitrary_bytes(data):
    assert_board_or_clean_error(data)


@fuzz
@given(json_values.flatmap(json_bytes))
def test_arbitrary_json(data):
    assert_board_or_clean_error(data)


@fuzz
@given(
    json_values.flatmap(
        lambda board: json_bytes({"format": "codesign-board", "version": 1, "board": board})
    )
)
def test_arbitrary_json_in_a_good_wrapper(data):
    assert_board_or_clean_error(data)


@fuzz
@given(seed_files.flatmap(damaged_bytes))
def test_byte_damage_to_good_files(data):
    assert_board_or_clean_error(data)


@fuzz
@given(seed_files.map(json.loads).flatmap(damaged_values).flatmap(json_bytes))
def test_json_damage_to_good_files(data):
    assert_board_or_clean_error(data)


def test_the_seeds_themselves_load():
    for data in SEEDS:
        assert assert_board_or_clean_error(data) is not None


WRAPPER = '{"format": "codesign-board", "version": 1, "board": {"items": [%s]}}'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (WRAPPER % '{"id": "s", "kind": "sticker", "v": NaN}', "not a finite number (NaN)"),
        (WRAPPER % '{"id": "s", "kind": "sticker", "v": 1e400}', "$.board.items[0].v"),
        (WRAPPER % '{"id": "s", "kind": "note", "text": "\\ud800"}', "not valid Unicode"),
        ('{"format": "codesign-board", "version": 1, "board": {"title": "a\\udc00"}}', "title"),
        (WRAPPER % '{"id": "s", "kind": "note", "z": %s}' % ("9" * 5000), "too many digits"),
        (WRAPPER % '{"id": "s", "kind": "sticker", "v": %s}' % json.dumps(deep(1, 600)), "deeply"),
        ('{"format": "codesign-board", "version": 1%s, "board": {}}' % ("0" * 4000), "found 1000"),
        (WRAPPER % '{"id": "s", "kind": "note", "odd\\nkey": 1}', '$.board.items[0]["odd\\nkey"]'),
        (WRAPPER % '{"id": "s", "kind": "note", "z": 1%s}' % ("0" * 400), "items[0].z"),
        (WRAPPER % '{"id": "\\u0000frame-order", "kind": "note"}', "printable text"),
        (WRAPPER % '{"id": "s", "kind": "note", "text": "%s"}' % ("x" * 5001), "items[0].text"),
        ('{"format": "codesign-board", "version": true, "board": {}}', "found True"),
        ('{"format": "codesign-board", "version": "1", "board": {}}', "found '1'"),
        ('{"format": "codesign-board", "version": 1.0, "board": {}}', "found 1.0"),
    ],
)
def test_what_would_not_save_back_is_refused_at_load(text, expected):
    """Each of these once loaded, then crashed or changed on the next save."""
    with pytest.raises(BoardFileError) as caught:
        parse_board(text.encode(), SOURCE)
    assert expected in str(caught.value)
    assert_one_line_naming(str(caught.value), SOURCE)


def test_a_surrogate_pair_written_as_escapes_is_one_character():
    board = parse_board(
        (b'{"format": "codesign-board", "version": 1, "board": {"title": "\\ud83d\\ude00"}}'),
        SOURCE,
    )
    assert board.title == "\U0001f600"


def test_newer_kinds_still_round_trip():
    board = _newer_kind_board()
    assert parse_board(board_to_bytes(board), SOURCE) == board


@pytest.mark.parametrize(
    "data",
    [
        b"[" * 100_000,
        b"[" * 100_000 + b"]" * 100_000,
        b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
        b'{"format": "codesign-board", "version": 1, "board": ' + b"[" * 100_000,
        b'{"format": "codesign-board", "version": 1, "board": {"title": "'
        + "ŵ".encode() * 2_000_000
        + b'", "x": 1}}',
        b'{"format": "codesign-board", "version": 1, "board": {"items": ['
        + b'{"id": "n", "kind": "note"},' * 20_000
        + b'{"id": "n", "kind": "note"}]}}',
        b"9" * 1_000_000,
    ],
    ids=[
        "open arrays",
        "closed arrays",
        "objects",
        "board of arrays",
        "4 MB title",
        "dup ids",
        "digits",
    ],
)
@pytest.mark.timeout(120)
def test_pathological_files_fail_promptly(data, tmp_path):
    """Deep nesting, a huge string, 20,000 clashing ids: a clean error, never a hang (a hang
    guard, not a stopwatch: bench/io.py measures how long it takes)."""
    path = tmp_path / "huge.codesign.json"
    path.write_bytes(data)
    with pytest.raises(BoardFileError) as caught:
        load_board(path)
    assert_one_line_naming(str(caught.value), str(path))
