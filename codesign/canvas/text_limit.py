"""The cap on a note's text, kept while typing and pasting into an editor.

Loading, importing and pasting lines all stop at `MAX_NOTE_TEXT`; an editor has to stop there
too, or ten megabytes pasted into one note would freeze the window while its text is laid out.
"""

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
