"""Drawing on the board: connectors, text, shapes and ink, each made or changed in one step.

The canvas tools hand over finished records (a connector between two ids, a shape's box, a
stroke's points); here each becomes one undo step through `record_change`, so the participant
lock sees it as it sees every other edit.
"""

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from codesign.commands.change_records import record_change
from codesign.commands.outcome import NOTHING, Outcome
from codesign.commands.text_edits import new_note_merge_key
from codesign.document import BoardDocument
from codesign.model import Connector, Label, Shape, Stroke
from codesign.model.items import ItemBase

TEXT_SIZES: dict[str, tuple[float, bool]] = {
    "h1": (48.0, True),
    "h2": (32.0, True),
    "body": (20.0, False),
}
"""Heading 1, heading 2 and body text: a label's font size and weight."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("commands", text)


def add_text(document: BoardDocument, label: Label) -> Outcome:
    """A new text or heading, its "Add text" step left open for the words typed into it (the
    editor ends it as it ends a new note: left empty, it goes away again)."""
    return record_change(
        document, _tr("Add text"), [label], merge_key=new_note_merge_key(label.id), made=[label.id]
    )


def add_drawn(document: BoardDocument, record: ItemBase) -> Outcome:
    """Put a new connector, shape, text or stroke on the board: one step named for its kind."""
    names = {
        "connector": _tr("Add connector"),
        "shape": _tr("Add shape"),
        "stroke": _tr("Draw ink"),
        "label": _tr("Add text"),
    }
    return record_change(
        document, names.get(record.kind, _tr("Add item")), [record], made=[record.id]
    )


def next_z(document: BoardDocument, kind: str) -> int:
    """Above every item of its kind, so what is drawn last shows on top."""
    return max((item.z for item in document.items() if item.kind == kind), default=-1) + 1


def erase_strokes(document: BoardDocument, ids: Iterable[str]) -> Outcome:
    """Take the strokes the eraser touched in one gesture off the board: one step."""
    gone = [key for key in dict.fromkeys(ids) if isinstance(document.get(key), Stroke)]
    if not gone:
        return NOTHING
    return record_change(document, _tr("Erase ink"), removed=gone)


def set_connector(document: BoardDocument, ids: Iterable[str], **fields: object) -> Outcome:
    """The chosen connectors' label, arrowheads or colour: one step."""
    changed = [
        item.model_copy(update=fields)
        for item in (document.get(key) for key in ids)
        if isinstance(item, Connector)
    ]
    text = _tr("Edit connector label") if "label" in fields else _tr("Change connector")
    return record_change(document, text, changed)


def set_text_size(document: BoardDocument, ids: Iterable[str], size: str) -> Outcome:
    """Heading 1, heading 2 or body for the chosen text labels: one step."""
    font_size, bold = TEXT_SIZES[size]
    changed = [
        item.model_copy(update={"font_size": font_size, "bold": bold})
        for item in (document.get(key) for key in ids)
        if isinstance(item, Label)
    ]
    return record_change(document, _tr("Change text size"), changed)


def resize_shape(document: BoardDocument, shape_id: str, width: float, height: float) -> Outcome:
    shape = document.get(shape_id)
    if not isinstance(shape, Shape):
        return NOTHING
    return record_change(
        document, _tr("Resize shape"), [shape.model_copy(update={"width": width, "height": height})]
    )
