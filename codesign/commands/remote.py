"""Edits that came from the room (a phone, a co-editing Codesign) as commands of their own.

A remote edit is a `ChangeRecords` like any other, checked by the participant lock, but it goes
on the room's own stack, not the facilitator's: Ctrl+Z undoes the facilitator's own steps only.
So that an old local step can never put back what someone else changed since, every local step
that holds a record a remote edit has just changed is rebased onto the new value: undoing it
then leaves that record as the room made it. The board turns dirty (never clean until saved),
so autosave and the close prompt see remote work too.
"""

from collections.abc import Iterable

from PySide6.QtGui import QUndoStack

from codesign.commands.change_records import ChangeRecords
from codesign.document import BoardDocument, RecordValue


def apply_remote(
    document: BoardDocument,
    steps: QUndoStack,
    text: str,
    new_values: Iterable[RecordValue] = (),
    removed: Iterable[str] = (),
) -> ChangeRecords | None:
    """Apply one remote edit as a step on `steps`; None when it changes nothing or the lock
    refuses it (the caller then puts the shared document back as the board has it)."""
    after: dict[str, RecordValue | None] = {value.id: value for value in new_values}  # type: ignore[union-attr]
    after.update({key: None for key in removed})
    before = {key: document.get(key) for key in after}
    if before == after or not document.admits(before, after):
        return None
    command = ChangeRecords(document, text, before, after)
    steps.push(command)
    rebase_local_steps(document.undo_stack, after)
    document.undo_stack.resetClean()
    return command


def rebase_local_steps(stack: QUndoStack, values: dict[str, RecordValue | None]) -> None:
    """Make every local step that holds one of these records hold its new value on both sides."""
    for index in range(stack.count()):
        command = stack.command(index)
        if not isinstance(command, ChangeRecords):
            continue
        for key, value in values.items():
            if key in command.before or key in command.after:
                command.before[key] = value
                command.after[key] = value
