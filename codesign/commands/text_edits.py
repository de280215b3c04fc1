"""Adding a note and ending a text edit: the one rule, shared by every editor.

The inline editor on the canvas and the large editor for touchscreens both end here, so they
cannot drift apart: ending an edit keeps the text (Escape, Ctrl+Enter, Done, a click away), and
only an explicit cancel throws the typing away. A note just added and its first text are one
"Add note" step (they share a merge key); a new note left empty, or cancelled, goes away in that
same step, so undo never shows an empty note nobody meant to make.
"""

from typing import Literal

from PySide6.QtCore import QCoreApplication

from codesign.commands.board_edit import BoardEdit
from codesign.commands.change_records import ChangeRecords, record_change
from codesign.commands.outcome import NOTHING, Outcome
from codesign.document import BoardDocument
from codesign.model import Label, Note, Shape
from codesign.model.clustering import cluster_for_note
from codesign.model.items import MAX_NOTE_TEXT
from codesign.text import layout_label_text, text_width


def new_note_merge_key(note_id: str) -> str:
    return f"new-note:{note_id}"


def add_note(document: BoardDocument, note: Note) -> Outcome:
    """Put a new note on the board, its "Add note" step left open for its first text. A note
    made inside a theme joins it, as a note dropped there does (N over a theme while
    presenting put it on top of the theme's notes, belonging to nothing)."""
    label = QCoreApplication.translate("commands", "Add note")
    edit = BoardEdit(document)
    edit.put(note)
    theme = cluster_for_note(note, edit.clusters())
    if theme is not None:
        edit.join(theme.id, [note.id])
    return edit.push(label, merge_key=new_note_merge_key(note.id))


def finish_text_edit(
    document: BoardDocument,
    item_id: str,
    text: str,
    new_note: bool,
    field: Literal["text", "text_alt"] = "text",
    second: str | None = None,
) -> Outcome:
    """Keep `text` on the note or label: one step, none if nothing changed or it has gone.

    On a bilingual board `field` is the language typed in (`text_alt` when the board shows
    only its second language), and `second`, when given, the second-language text typed
    beside it (the large editor's second field), kept in the same step."""
    record = document.get(item_id)
    if not isinstance(record, Note | Label | Shape):
        return NOTHING
    if new_note:
        if not text.strip():
            return cancel_text_edit(document, item_id, new_note)
        label = QCoreApplication.translate("commands", "Add note")
        if isinstance(record, Label):
            label = QCoreApplication.translate("commands", "Add text")
    elif isinstance(record, Note):
        label = QCoreApplication.translate("commands", "Edit note text")
    elif isinstance(record, Shape):
        label = QCoreApplication.translate("commands", "Edit shape text")
    else:
        label = QCoreApplication.translate("commands", "Edit label text")
    merge_key = new_note_merge_key(item_id) if new_note else None
    update: dict[str, object] = {field: text[:MAX_NOTE_TEXT]}
    if second is not None:
        update["text_alt"] = second[:MAX_NOTE_TEXT]
    if new_note and isinstance(record, Label) and field == "text":
        update.update(_fitted_box(record, text[:MAX_NOTE_TEXT]))
    return record_change(document, label, [record.model_copy(update=update)], merge_key=merge_key)


def _fitted_box(label: Label, text: str) -> dict[str, float]:
    """A new text's box drawn in to its words, so its selection, handles and arrows hug what
    was typed rather than the wide box it was opened with; it lays out to the same lines."""
    layout = layout_label_text(text, label.width, label.height, label.font_size, label.bold)
    widest = max(
        (text_width(line, layout.font_size, label.bold) for line in layout.lines), default=0
    )
    slack = layout.font_size * 0.3
    return {
        "width": min(label.width, max(widest + slack, layout.font_size)),
        "height": max(layout.height, layout.line_height),
    }


def cancel_text_edit(document: BoardDocument, item_id: str, new_note: bool) -> Outcome:
    """Leave the text as it was; a note just added is taken away in its own "Add note" step."""
    if not new_note or document.get(item_id) is None:
        return NOTHING
    label = QCoreApplication.translate("commands", "Add note")
    merge_key = new_note_merge_key(item_id)
    top = document.undo_stack.command(document.undo_stack.index() - 1)
    if isinstance(top, ChangeRecords) and top.id() == ChangeRecords.id_of(merge_key):
        before = top.undone_values()  # the theme it joined goes back as it was too
        kept = [value for value in before.values() if value is not None]
        gone = [key for key, value in before.items() if value is None]
        return record_change(document, label, kept, removed=gone, merge_key=merge_key)
    return record_change(document, label, removed=[item_id], merge_key=merge_key)
