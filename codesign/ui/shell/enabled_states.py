"""Which actions make sense right now: the Edit menu never offers what would do nothing."""

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from codesign.document import BoardDocument
from codesign.model import BoxItem
from codesign.model.items import Picture

NEEDS_SELECTION = ("cut", "copy", "delete", "duplicate", "front", "back", "fit_selection")
NEEDS_TWO = ("align.left", "align.centre", "align.right", "align.top", "align.middle")
NEEDS_THREE = ("distribute.horizontal", "distribute.vertical")


def update_enabled(
    actions: Mapping[str, QAction], document: BoardDocument, selected: list[str], can_paste: bool
) -> None:
    boxes = sum(isinstance(document.get(key), BoxItem) for key in selected)
    for key in NEEDS_SELECTION:
        actions[key].setEnabled(bool(selected))
    for key in (*NEEDS_TWO, "align.bottom"):
        actions[key].setEnabled(boxes >= 2)
    for key in NEEDS_THREE:
        actions[key].setEnabled(boxes >= 3)
    actions["paste"].setEnabled(can_paste)
    pictures = any(isinstance(document.get(key), Picture) for key in selected)
    for key in ("crop_picture", "lock_background"):
        actions[key].setEnabled(pictures)


def update_undo(actions: Mapping[str, QAction], stack: QUndoStack) -> None:
    undo_step = QT_TRANSLATE_NOOP("actions", "&Undo {step}")
    redo_step = QT_TRANSLATE_NOOP("actions", "&Redo {step}")
    _name_step(actions["undo"], undo_step, "&Undo", stack.canUndo(), stack.undoText())
    _name_step(actions["redo"], redo_step, "&Redo", stack.canRedo(), stack.redoText())


def _name_step(action: QAction, named: str, plain: str, enabled: bool, step: str) -> None:
    """ "Undo Move notes": the menu says what will be undone, as the issue asks."""
    action.setEnabled(enabled)
    if enabled and step:
        text = QCoreApplication.translate("actions", named).format(step=step)
    else:
        text = QCoreApplication.translate("actions", plain)
    action.setText(text)
    tip = text.replace("&", "")
    if not action.shortcut().isEmpty():
        tip += f" ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
    action.setToolTip(tip)
