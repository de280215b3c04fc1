"""The cap on a note's text, kept while typing and pasting into an editor.

Loading, importing and pasting lines all stop at `MAX_NOTE_TEXT`; an editor has to stop there
too, or ten megabytes pasted into one note would freeze the window while its text is laid out.
"""

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from codesign.model.items import MAX_NOTE_TEXT


def keep_within_limit(widget: QPlainTextEdit) -> bool:
    """Take back what was just typed or pasted past the cap; True when something was."""
    excess = len(widget.toPlainText()) - MAX_NOTE_TEXT
    if excess <= 0:
        return False
    cursor = widget.textCursor()
    if cursor.position() >= excess:
        cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, excess)
        cursor.removeSelectedText()
    if len(widget.toPlainText()) > MAX_NOTE_TEXT:  # the cursor was not after the new text
        widget.setPlainText(widget.toPlainText()[:MAX_NOTE_TEXT])
        widget.moveCursor(QTextCursor.MoveOperation.End)
    return True


class CappedTextEdit(QPlainTextEdit):
    """A text field that takes in no more pasted text than the cap leaves room for: a megabyte
    pasted in whole was laid out before `keep_within_limit` could trim it, and froze the window
    for minutes."""

    def insertFromMimeData(self, source: QMimeData) -> None:
        if not source.hasText():
            super().insertFromMimeData(source)
            return
        selected = len(self.textCursor().selectedText())
        room = max(MAX_NOTE_TEXT - len(self.toPlainText()) + selected, 0)
        text = source.text()
        if len(text) > room:
            # One character past the room, so `keep_within_limit` trims it and says so.
            cut = QMimeData()
            cut.setText(text[: room + 1])
            source = cut
        super().insertFromMimeData(source)
