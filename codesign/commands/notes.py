"""Restyling and restacking a selection: note colour and z-order, one undo step each."""

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from codesign.commands.change_records import record_change
from codesign.commands.outcome import NOTHING, Outcome
from codesign.document import BoardDocument
from codesign.model import Item, Note
from codesign.model.kinds import COLOURABLE


def recolour_items(document: BoardDocument, ids: Iterable[str], colour: str) -> Outcome:
    found = (document.get(key) for key in ids)
    changed = [
        item.model_copy(update={"colour": colour}) for item in found if isinstance(item, COLOURABLE)
    ]
    text = QCoreApplication.translate("commands", "Change colour")
    return record_change(document, text, changed)


def restack(items: Iterable[Item], ids: Iterable[str], to_front: bool) -> list[Item]:
    """The chosen items moved above (or below) everything else, keeping their own order.

    Only the chosen items change, so the step stays small on a 10,000-note board.
    """
    chosen = set(ids)
    everything = list(items)
    others = [item.z for item in everything if item.id not in chosen]
    moving = sorted((i for i in everything if i.id in chosen), key=lambda i: (i.z, i.id))
    if not moving:
        return []
    base = max(others, default=0) + 1 if to_front else min(others, default=0) - len(moving)
    return [item.model_copy(update={"z": base + n}) for n, item in enumerate(moving)]


def bring_to_front(document: BoardDocument, ids: Iterable[str]) -> Outcome:
    text = QCoreApplication.translate("commands", "Bring to front")
    return record_change(document, text, restack(document.items(), ids, to_front=True))


def send_to_back(document: BoardDocument, ids: Iterable[str]) -> Outcome:
    text = QCoreApplication.translate("commands", "Send to back")
    return record_change(document, text, restack(document.items(), ids, to_front=False))


def resize_note(document: BoardDocument, note_id: str, width: float, height: float) -> Outcome:
    """A note's new size, from a resize handle or from growing it to fit its text."""
    note = document.get(note_id)
    if not isinstance(note, Note):
        return NOTHING
    text = QCoreApplication.translate("commands", "Resize note")
    return record_change(
        document, text, [note.model_copy(update={"width": width, "height": height})]
    )
