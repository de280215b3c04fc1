"""Adding a note and ending a text edit: the one rule, shared by every editor.

The inline editor on the canvas and the large editor for touchscreens both end here, so they
cannot drift apart: ending an edit keeps the text (Escape, Ctrl+Enter, Done, a click away), and
only an explicit cancel throws the typing away. A note just added and its first text are one
"Add note" step (they share a merge key); a new note left empty, or cancelled, goes away in that
same step, so undo never shows an empty note nobody meant to make.
"""

from PySide6.QtCore import QCoreApplication

from codesign.commands.change_records import record_change
from codesign.commands.outcome import NOTHING, Outcome
from codesign.document import BoardDocument
from codesign.model import Label, Note


def new_note_merge_key(note_id: str) -> str:
    return f"new-note:{note_id}"


def add_note(document: BoardDocument, note: Note) -> Outcome:
    """Put a new note on the board, its "Add note" step left open for its first text."""
    label = QCoreApplication.translate("commands", "Add note")
    return record_change(document, label, [note], merge_key=new_note_merge_key(note.id))


def finish_text_edit(document: BoardDocument, item_id: str, text: str, new_note: bool) -> Outcome:
    """Keep `text` on the note or label: one step, none if nothing changed or it has gone."""
    record = document.get(item_id)
    if not isinstance(record, Note | Label):
        return NOTHING
    if new_note:
        if not text.strip():
            return cancel_text_edit(document, item_id, new_note)
        label = QCoreApplication.translate("commands", "Add note")
    elif isinstance(record, Note):
        label = QCoreApplication.translate("commands", "Edit note text")
    else:
        label = QCoreApplication.translate("commands", "Edit label text")
    merge_key = new_note_merge_key(item_id) if new_note else None
    return record_change(
        document, label, [record.model_copy(update={"text": text})], merge_key=merge_key
    )


def cancel_text_edit(document: BoardDocument, item_id: str, new_note: bool) -> Outcome:
    """Leave the text as it was; a note just added is taken away in its own "Add note" step."""
    if not new_note or document.get(item_id) is None:
        return NOTHING
    label = QCoreApplication.translate("commands", "Add note")
    return record_change(document, label, removed=[item_id], merge_key=new_note_merge_key(item_id))
