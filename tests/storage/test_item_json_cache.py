from codesign.model import Board, Note
from codesign.storage import board_to_bytes, load_board
from codesign.storage.item_json_cache import ItemJsonCache
from codesign.storage.templates import board_from_template, list_templates
from tests.boards import themed_board


def test_same_bytes_as_a_save_for_every_template_and_a_themed_board():
    cache = ItemJsonCache()
    boards = [themed_board(), *(board_from_template(t.name) for t in list_templates())]
    for board in boards:
        assert cache.board_bytes(board) == board_to_bytes(board)


def test_an_edit_after_caching_is_written(tmp_path):
    board = themed_board()
    cache = ItemJsonCache()
    cache.board_bytes(board)
    note = next(board.of_kind(Note))
    edited = note.model_copy(update={"text": "Diolch yn fawr: lift off!"})
    items = tuple(edited if item.id == note.id else item for item in board.items)
    changed = board.model_copy(update={"items": items})
    data = cache.board_bytes(changed)
    assert data == board_to_bytes(changed)
    path = tmp_path / "b.codesign.json"
    path.write_bytes(data)
    assert load_board(path) == changed


def test_an_empty_board():
    assert ItemJsonCache().board_bytes(Board()) == board_to_bytes(Board())
