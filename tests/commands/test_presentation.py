import pytest

from codesign.commands import record_change
from codesign.commands.presentation import (
    add_bookmark,
    delete_bookmark,
    document_frames,
    move_frame_by,
    reorder_frames,
)
from codesign.document import BoardDocument
from codesign.model.bookmarks import FRAME_ORDER_KEY, Bookmark
from tests.boards import themed_board


@pytest.fixture
def document(qapp):
    return BoardDocument(themed_board())


def _ids(document):
    return [frame.id for frame in document_frames(document)]


def test_adding_a_bookmark_is_one_step_and_puts_it_last(document):
    bookmark_id = add_bookmark(document, (-500, -300, 1280, 720)).made_id
    bookmark = document.get(bookmark_id)
    assert isinstance(bookmark, Bookmark)
    assert bookmark.title == "View 1"
    assert (bookmark.x, bookmark.width) == (-500, 1280)
    assert _ids(document) == ["c1", "c2", bookmark_id]
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Add saved view"
    board = document.board()
    assert board.bookmarks == (bookmark,)
    assert board.frame_order == ("c1", "c2", bookmark_id)
    document.undo_stack.undo()
    assert document.get(bookmark_id) is None
    assert _ids(document) == ["c1", "c2"]


def test_delete_a_bookmark(document):
    bookmark_id = add_bookmark(document, (0, 0, 100, 100), "Agenda").made_id
    delete_bookmark(document, bookmark_id)
    assert document.get(bookmark_id) is None
    assert bookmark_id not in document.get(FRAME_ORDER_KEY).frames
    document.undo_stack.undo()
    assert _ids(document) == ["c1", "c2", bookmark_id]
    with pytest.raises(KeyError):
        delete_bookmark(document, "c1")


def test_reordering_frames_is_one_undo_step_each(document):
    bookmark_id = add_bookmark(document, (0, 0, 100, 100)).made_id
    reorder_frames(document, [bookmark_id])
    assert _ids(document) == [bookmark_id, "c1", "c2"]
    move_frame_by(document, "c2", -1)
    assert _ids(document) == [bookmark_id, "c2", "c1"]
    assert not move_frame_by(document, bookmark_id, -1).pushed
    assert document.undo_stack.count() == 3
    document.undo_stack.undo()
    assert _ids(document) == [bookmark_id, "c1", "c2"]
    reorder_frames(document, ["c2"])
    assert _ids(document) == ["c2", "c1", bookmark_id]
    with pytest.raises(KeyError):
        reorder_frames(document, ["n1"])


def test_deleting_an_ordered_cluster_keeps_the_board_valid(document):
    reorder_frames(document, ["c2", "c1"])
    record_change(document, "Delete", removed=["c2", "e1"])
    assert document.board().frame_order == ("c1",)
    document.undo_stack.undo()
    assert _ids(document) == ["c2", "c1"]


def test_a_saved_order_reopens(document, tmp_path):
    bookmark_id = add_bookmark(document, (10, 20, 300, 200), "Agenda").made_id
    reorder_frames(document, [bookmark_id])
    document.save(tmp_path / "board.codesign.json")
    again = BoardDocument.open(tmp_path / "board.codesign.json")
    assert _ids(again) == [bookmark_id, "c1", "c2"]
    assert again.get(bookmark_id).title == "Agenda"
