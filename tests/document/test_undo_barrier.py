"""Undo and redo stop where participant mode began, whatever happened before it."""

import pytest

from codesign.commands import record_change
from codesign.commands.clusters import make_cluster
from codesign.document import BoardDocument
from codesign.model import Note
from codesign.model.bookmarks import FRAME_ORDER_KEY, FrameOrder
from codesign.model.pin_key import PinKey
from tests.boards import themed_board


@pytest.fixture
def document(qapp):
    return BoardDocument(themed_board())


def _lock(document):
    document.lock(PinKey.make("2468", iterations=1000))


def test_undo_stops_at_the_barrier_and_redo_cannot_cross_it(document):
    record_change(document, "Add", [Note(id="f1", text="Facilitator's")])
    record_change(document, "Undone", [Note(id="f2", text="Undone before the lock")])
    document.undo_stack.undo()
    _lock(document)
    assert not document.undo_stack.canUndo() and not document.undo_stack.canRedo()
    document.undo_stack.redo()
    assert "f2" not in document
    record_change(document, "Add", [Note(id="p1n", text="Participant's")])
    assert document.undo_stack.undoText() == "Add"
    for _ in range(5):
        document.undo_stack.undo()
    assert "p1n" not in document and "f1" in document
    document.undo_stack.redo()
    assert "p1n" in document
    document.undo_stack.setIndex(0)
    assert "f1" in document and "p1n" not in document


def test_a_step_never_merges_across_the_barrier(document):
    record_change(document, "Type", [Note(id="n1", text="a")], merge_key="typing n1")
    _lock(document)
    record_change(document, "Type", [Note(id="n1", text="ab")], merge_key="typing n1")
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.get("n1").text == "a", "the facilitator's step stays"


def test_unlocking_lifts_the_barrier_and_a_new_lock_sets_a_new_one(document):
    make_cluster(document, ["n3"], "Alone")
    _lock(document)
    record_change(document, "Add", [Note(id="x1")])
    document.unlock()
    assert document.undo_stack.canUndo()
    _lock(document)
    assert not document.undo_stack.canUndo(), "the last session's steps are behind the new one"
    document.unlock()
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert document.undo_stack.index() == 0


def test_a_refused_change_pushes_nothing_and_says_why(document):
    said, redrawn = [], []
    document.edit_refused.connect(said.append)
    document.records_changed.connect(redrawn.append)
    _lock(document)
    revision = document.revision
    assert not record_change(document, "Delete", removed=["n1"]).pushed
    assert document.undo_stack.count() == 0 and document.revision == revision
    assert [r.value for r in said] == ["facilitators_item"]
    assert redrawn == [], "nothing was shown deleted: nothing to redraw"
    assert not record_change(document, "Reorder", [FrameOrder(frames=("c2", "c1"))]).pushed
    assert redrawn[-1] == frozenset({FRAME_ORDER_KEY}), "a dragged list goes back"
