"""A file whose items are all of known kinds is read through the faster known-kinds model and
comes back as the very `Board` the general model makes; a newer kind still takes the general
path and is kept whole."""

import json

from codesign.model import Board, UnknownItem
from codesign.storage import board_to_bytes, parse_board
from codesign.storage.fileformat import BoardFile
from tests.boards import themed_board


def test_a_board_of_known_kinds_loads_as_the_general_model_would():
    data = board_to_bytes(themed_board())
    board = parse_board(data, "b.codesign.json")
    assert type(board) is Board
    assert board == BoardFile.model_validate_json(data).board == themed_board()
    assert board.model_fields_set == BoardFile.model_validate_json(data).board.model_fields_set


def test_a_newer_kind_still_loads_and_is_kept():
    raw = json.loads(board_to_bytes(themed_board()))
    raw["board"]["items"].append({"id": "s1", "kind": "sketch", "strokes": [[0, 1], [2, 3]]})
    board = parse_board(json.dumps(raw).encode(), "b.codesign.json")
    newer = [item for item in board.items if isinstance(item, UnknownItem)]
    assert [item.id for item in newer] == ["s1"]
