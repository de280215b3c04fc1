"""Tooltips that show board text as written.

Qt draws a tooltip as rich text when it looks like HTML, and a tooltip has no plain-text
switch: a note reading `<img src='…'>` would show a picture from the disk. Escaping the text
into a paragraph shows the characters themselves (and lets a long one wrap).
"""

from PySide6.QtGui import Qt

LONGEST_TIP = 600
"""Characters shown: a note is capped, but a theme title or a path is not."""


def plain_tip(text: str) -> str:
    if not text:
        return ""
    if len(text) > LONGEST_TIP:
        text = text[: LONGEST_TIP - 1] + "…"
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
