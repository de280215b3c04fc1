"""Fuzzing the importers: JSON Canvas, CSV, plain text and Codesign PDFs, random or damaged,
give a board that saves and loads back unchanged, or one ImportFailed line naming the file.

Seeds are files our own exporters wrote, so the damage starts from something real. Example
counts come from the hypothesis profile (tests/conftest.py).
"""

import csv
import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codesign.export.canvas_export import board_to_canvas
from codesign.export.canvas_import import board_from_canvas
from codesign.export.csv_notes import board_from_csv, notes_to_csv
from codesign.export.errors import ImportFailed
from codesign.export.pdf import PdfOptions, export_pdf
from codesign.export.pdf_import import board_from_pdf
from codesign.export.plain_text import board_from_text
from codesign.model import Board, UnknownItem
from codesign.storage import board_to_bytes, parse_board
from codesign.storage.templates import board_from_template, list_templates
from tests.boards import themed_board
from tests.fuzzing import damaged_bytes, damaged_values, json_bytes, json_values, odd_text
from tests.strategies import boards

SOURCE = "Gweithdy ŵyr – fuzzed"
fuzz = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _sample_boards() -> list[Board]:
    sticker = UnknownItem.model_validate({"id": "s1", "kind": "sticker", "shape": [1, 2]})
    board = themed_board()
    with_newer_kind = board.model_copy(update={"items": (*board.items, sticker)})
    return [board, with_newer_kind, *(board_from_template(t.name) for t in list_templates())]


SAMPLES = _sample_boards()
canvas_seeds = st.sampled_from([board_to_canvas(b)[0] for b in SAMPLES]) | boards().map(
    lambda board: board_to_canvas(board)[0]
)
csv_seeds = st.sampled_from([notes_to_csv(b) for b in SAMPLES]) | boards().map(notes_to_csv)


def assert_board_or_clean_error(read, data: bytes) -> Board | None:
    """Either a board Codesign can save and open again, with one-line warnings, or one line."""
    try:
        board, warnings = read(data, f"{SOURCE}.in", "Imported")
    except ImportFailed as error:
        assert_one_line_naming(str(error))
        return None
    for warning in warnings:
        assert len(warning.splitlines()) == 1 and len(warning) < 600, warning
    saved = board_to_bytes(board)
    assert parse_board(saved, "saved copy") == board
    return board


def assert_one_line_naming(message: str) -> None:
    assert message.startswith(f"{SOURCE}.in: "), message
    assert len(message.splitlines()) == 1, message
    assert len(message) < 600, message


# JSON Canvas


@fuzz
@given(st.binary(max_size=2000) | json_values.flatmap(json_bytes))
def test_canvas_from_random_input(data):
    assert_board_or_clean_error(board_from_canvas, data)


@fuzz
@given(canvas_seeds.flatmap(damaged_bytes))
def test_canvas_with_byte_damage(data):
    assert_board_or_clean_error(board_from_canvas, data)


@fuzz
@given(canvas_seeds.map(json.loads).flatmap(damaged_values).flatmap(json_bytes))
def test_canvas_with_json_damage(data):
    assert_board_or_clean_error(board_from_canvas, data)


def _node(**fields) -> bytes:
    node = {"id": "a", "type": "text", "x": 0, "y": 0, "width": 10, "height": 10} | fields
    return json.dumps({"nodes": [node]}).encode()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (_node(x=10**400), "has no number for 'x'"),
        (_node(codesign={"box": [10**400, 0, 10, 10]}), None),
        (_node(text="\ud800"), "not valid Unicode"),
        (_node(codesign={"z": float("nan")}), "not a finite number (NaN)"),
        (b'{"nodes": [], "codesign": {"unknown_items": 7}}', None),
        (
            b'{"nodes": [], "codesign": {"unknown_items": [{"id": "x", "kind": "note", "q": 1}]}}',
            "a field a board does not have",
        ),
        (
            b'{"nodes": [{"id": "a", "type": "text", "x": 0, "y": 0, "width": 9, "height": 9}],'
            b' "edges": [{"id": "e", "fromNode": ["a"], "toNode": "a"}]}',
            "points at missing node ['a']",
        ),
        (b'{"nodes": ' + b"[" * 5000 + b"]" * 5000 + b"}", "nested too deeply"),
    ],
)
def test_canvas_inputs_that_once_crashed_or_did_not_save(data, expected):
    """Each of these raised a traceback or made a board whose file would not load again."""
    if expected is None:
        assert assert_board_or_clean_error(board_from_canvas, data) is not None
        return
    with pytest.raises(ImportFailed) as caught:
        board_from_canvas(data, f"{SOURCE}.in", "Imported")
    assert expected in str(caught.value)
    assert_one_line_naming(str(caught.value))


# CSV


@st.composite
def damaged_rows(draw: st.DrawFn, data: bytes) -> bytes:
    """A CSV file after a spreadsheet round: cells changed, rows ragged, another delimiter."""
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    for _ in range(draw(st.integers(1, 4))):
        row = draw(st.integers(0, len(rows) - 1))
        cells = rows[row]
        spot = draw(st.integers(0, len(cells)))
        action = draw(st.sampled_from(["cell", "cell", "add", "drop", "row", "blank"]))
        if action == "cell" and cells:
            cells[min(spot, len(cells) - 1)] = draw(odd_text)
        elif action == "add":
            cells.insert(spot, draw(odd_text))
        elif action == "drop" and cells:
            del cells[min(spot, len(cells) - 1)]
        elif action == "row":
            rows.insert(row, draw(st.lists(odd_text, max_size=7)))
        elif action == "blank":
            rows[row] = []
    stream = io.StringIO()
    csv.writer(stream, delimiter=draw(st.sampled_from(",;\t")), lineterminator="\r\n").writerows(
        rows
    )
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
    return stream.getvalue().encode(encoding, "surrogatepass" if "8" in encoding else "replace")


@fuzz
@given(
    st.binary(max_size=2000)
    | st.lists(odd_text).map(lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass"))
)
def test_csv_from_random_input(data):
    assert_board_or_clean_error(board_from_csv, data)


@fuzz
@given(csv_seeds.flatmap(damaged_bytes))
def test_csv_with_byte_damage(data):
    assert_board_or_clean_error(board_from_csv, data)


@fuzz
@given(csv_seeds.flatmap(damaged_rows))
def test_csv_with_spreadsheet_damage(data):
    assert_board_or_clean_error(board_from_csv, data)


def test_a_header_with_a_line_break_is_reported_on_one_line():
    data = b'"no\ntext",other\r\na,b\r\n'
    with pytest.raises(ImportFailed) as caught:
        board_from_csv(data, f"{SOURCE}.in", "Imported")
    assert_one_line_naming(str(caught.value))
    _board, warnings = board_from_csv(b'text,"odd\ncolumn"\r\na,b\r\n', f"{SOURCE}.in", "x")
    assert warnings and all(len(w.splitlines()) == 1 for w in warnings)


# Plain text


@fuzz
@given(
    st.binary(max_size=2000)
    | csv_seeds.flatmap(damaged_bytes)
    | odd_text.map(lambda text: text.encode("utf-8", "surrogatepass"))
)
def test_plain_text_from_anything(data):
    assert_board_or_clean_error(board_from_text, data)


# Codesign PDF


@pytest.fixture(scope="module")
def exported_pdf(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("pdf") / "record.pdf"
    export_pdf(themed_board(), path, PdfOptions())
    return path.read_bytes()


@settings(fuzz, max_examples=max(10, settings().max_examples // 5))
@given(data=st.data())
def test_pdf_with_byte_damage(exported_pdf, data):
    damaged = data.draw(damaged_bytes(exported_pdf), label="pdf")
    assert_board_or_clean_error(
        lambda raw, source, _title: (board_from_pdf(raw, source), []), damaged
    )


# Never a hang


@pytest.mark.parametrize(
    ("read", "data"),
    [
        (board_from_canvas, b'{"nodes": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"),
        (board_from_canvas, b'{"nodes": [' + b'{"id": "a"},' * 50_000 + b"1]}"),
        (board_from_csv, b"text\n" + b"x" * 3_000_000),
        (board_from_csv, b"text,a\n" + b"1,2,3\n" * 200_000),
        (board_from_text, b"\x00" * 3_000_000),
    ],
    ids=["nested canvas", "50k bad nodes", "3 MB cell", "ragged rows", "NUL text"],
)
@pytest.mark.timeout(120)
def test_pathological_imports_fail_promptly(read, data):
    """A hang guard, not a stopwatch: the machines are shared, so only a run that never ends
    fails (bench/ measures how long these take)."""
    with pytest.raises(ImportFailed) as caught:
        read(data, f"{SOURCE}.in", "Imported")
    assert_one_line_naming(str(caught.value))
