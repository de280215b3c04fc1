"""Let go of the pictures no open window still needs, when a board is closed or replaced.

Every window's board and undo stack count, and so does Codesign's own clipboard (a picture
copied from a board that is then closed still pastes whole).
"""

import re

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from codesign.commands.clipboard import MIME_TYPE
from codesign.document import BoardDocument
from codesign.document.media_use import sweep

_DIGEST = re.compile(rb'"media"\s*:\s*"([0-9a-f]{64})"')


def sweep_pictures(leaving: QWidget | None = None) -> int:
    """Free what no window but `leaving` (one closing) holds; returns how many went."""
    documents = [
        document
        for window in QApplication.topLevelWidgets()
        if window is not leaving
        and isinstance(document := getattr(window, "document", None), BoardDocument)
    ]
    return sweep(documents, _on_clipboard())


def _on_clipboard() -> set[str]:
    data = QGuiApplication.clipboard().mimeData()
    if data is None or not data.hasFormat(MIME_TYPE):
        return set()
    return {match.decode() for match in _DIGEST.findall(bytes(data.data(MIME_TYPE).data()))}
