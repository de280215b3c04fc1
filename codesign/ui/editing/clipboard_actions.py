"""Copy, Cut and Paste through the system clipboard, between boards and Codesign windows.

Copy offers two forms: Codesign's own items (lossless, for pasting into a board) and the notes'
text one per line (for an email or a document). Paste prefers the first and otherwise turns
each line of copied text into a note, which is how typed-up paper notes come in.
"""

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QPointF, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

from codesign.canvas.view import BoardView
from codesign.commands.clipboard import (
    DUPLICATE_OFFSET,
    MIME_TYPE,
    Point,
    copied_items,
    from_payload,
    paste_items,
    paste_lines,
    to_payload,
    to_plain_text,
)
from codesign.commands.removal import delete_items
from codesign.document import BoardDocument
from codesign.model.items import MAX_NOTE_TEXT
from codesign.ui.editing.picture_actions import PictureActions, has_pictures

log = logging.getLogger(__name__)


class ClipboardActions(QObject):
    message = Signal(str)
    """A short note for the status bar, such as why a paste did nothing."""

    def __init__(
        self,
        view: Callable[[], BoardView],
        note_colour: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._note_colour = note_colour
        self._last_paste: dict[str, tuple[Point, int]] = {}
        self.pictures: PictureActions | None = None
        """Takes a paste of an image or of picture files, when the window has set it."""
        self._can_paste: bool | None = None
        """What the clipboard offers, asked again only once it has changed: asking X11 or
        Wayland is a round trip to the program holding it, and the window asks after every
        edit (each voting tap) to enable Paste."""
        self.clipboard.dataChanged.connect(self._forget_clipboard)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):  # a copy made elsewhere while this was away
            app.applicationStateChanged.connect(self._forget_clipboard)

    @property
    def clipboard(self) -> QClipboard:
        return QGuiApplication.clipboard()

    @property
    def document(self) -> BoardDocument:
        return self._view().scene().document

    def handlers(self) -> dict[str, Callable[[], None]]:
        return {"copy": self.copy, "cut": self.cut, "paste": lambda: self.paste()}

    def can_paste(self) -> bool:
        if self._can_paste is None:
            data = self.clipboard.mimeData()
            self._can_paste = data is not None and (
                data.hasFormat(MIME_TYPE) or bool(data.text().strip()) or has_pictures(data)
            )
        return self._can_paste

    def _forget_clipboard(self, *_: object) -> None:
        self._can_paste = None

    def copy(self) -> bool:
        items = copied_items(self.document.items(), self._view().scene().selected_ids())
        if not items:
            return False
        data = QMimeData()
        data.setData(MIME_TYPE, to_payload(items).encode("utf-8"))
        data.setText(to_plain_text(items))
        self.clipboard.setMimeData(data)
        return True

    def cut(self) -> None:
        if self.copy():
            text = QCoreApplication.translate("commands", "Cut")
            delete_items(self.document, self._view().scene().selected_ids(), text)

    def paste(self, where: QPointF | None = None) -> None:
        """Paste centred on `where`, or on the pointer."""
        data = self.clipboard.mimeData()
        if data is None:
            return
        view = self._view()
        pointer = where if where is not None else view.pointer_scene_pos()
        if self.pictures is not None and not data.hasFormat(MIME_TYPE) and has_pictures(data):
            self.pictures.paste(data, pointer)
            return
        if data.hasFormat(MIME_TYPE):
            content = bytes(data.data(MIME_TYPE).data()).decode("utf-8", errors="replace")
        else:
            content = data.text()
        at = self._cascaded(content, (pointer.x(), pointer.y()))
        try:
            if data.hasFormat(MIME_TYPE):
                pasted = paste_items(self.document, from_payload(content), at).made
            else:
                pasted = paste_lines(self.document, content, at, self._note_colour()).made
                message = self._notes_made(len(pasted))
                if any(len(line) > MAX_NOTE_TEXT for line in content.splitlines()):
                    message += " · " + self.tr(
                        "a line longer than {count} characters was cut to fit a note"
                    ).format(count=f"{MAX_NOTE_TEXT:,}")
                self.message.emit(message)
        except ValueError as error:
            log.warning("paste refused: %s", error)
            self.message.emit(self.tr("Nothing pasted: the clipboard does not hold board items"))
            return
        if pasted:
            view.scene().select_ids(pasted)

    def _notes_made(self, count: int) -> str:
        if count == 1:
            return self.tr("1 note made from the pasted text")
        return self.tr("%n note(s) made from the pasted lines (Ctrl+Z takes them away)", "", count)

    def _cascaded(self, content: str, at: Point) -> Point:
        """Where to paste: the same content pasted again at the same spot steps down and right,
        so a second Ctrl+V never hides an exact copy under the first."""
        spot, repeats = self._last_paste.get(content, (None, 0))
        repeats = repeats + 1 if spot == at else 0
        self._last_paste = {content: (at, repeats)}
        step = DUPLICATE_OFFSET * repeats
        return at[0] + step, at[1] + step
