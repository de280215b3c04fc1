import json

from hypothesis import HealthCheck, given, settings

from codesign.storage import board_to_bytes, load_board, parse_board, save_board
from tests.boards import themed_board
from tests.strategies import boards


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(boards())
def test_any_valid_board_saves_and_loads_equal(board):
    assert parse_board(board_to_bytes(board), "memory") == board


def test_output_is_deterministic_indented_and_wrapped(tmp_path):
    path = tmp_path / "aitt.codesign.json"
    save_board(themed_board(), path)
    first = path.read_bytes()
    save_board(load_board(path), path)
    assert path.read_bytes() == first
    text = first.decode()
    assert text.startswith('{\n  "format": "codesign-board",\n  "version": 2,\n  "board": {')
    assert list(json.loads(text)["board"]["items"][0])[:2] == ["id", "kind"]


def test_welsh_text_is_written_as_itself():
    text = board_to_bytes(themed_board()).decode()
    assert "yn Gymraeg" in text
