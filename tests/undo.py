"""The check every command test makes: one action, one undo step, exact undo and redo."""

from codesign.storage import board_to_bytes


def one_step(document, action):
    """Run `action`, check it pushed exactly one step that undoes and redoes byte for byte."""
    before = board_to_bytes(document.board())
    count = document.undo_stack.count()
    result = action()
    assert document.undo_stack.count() == count + 1
    after = board_to_bytes(document.board())
    document.undo_stack.undo()
    assert board_to_bytes(document.board()) == before
    document.undo_stack.redo()
    assert board_to_bytes(document.board()) == after
    return result
