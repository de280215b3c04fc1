"""File > Join room…: this Codesign becomes a co-editor of a board hosted elsewhere.

The window's board is replaced by the room's, kept live by `codesign.room.client.CoEditor`;
opening another board, or closing the window, leaves the room (the board stays open, unsaved,
so it can be saved as a copy).
"""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMainWindow

from codesign.canvas.lifetime import Held
from codesign.canvas.view import BoardView
from codesign.document import BoardDocument
from codesign.room import RoomError
from codesign.ui.room.join_dialog import JoinRoomDialog
from codesign.ui.room.presence_overlay import PresenceOverlay

if TYPE_CHECKING:
    from codesign.room.client import CoEditor


class JoinRoomActions(QObject):
    message = Signal(str)
    presence = Held[PresenceOverlay]()

    def __init__(
        self,
        window: QMainWindow,
        maybe_save: Callable[[], bool],
        replace_document: Callable[[BoardDocument], None],
    ) -> None:
        """`maybe_save` is the unsaved-changes guard (False: stay on this board);
        `replace_document` shows the room's board in the window."""
        super().__init__(window)
        self._window = window
        self._maybe_save = maybe_save
        self._replace_document = replace_document
        self.dialog: JoinRoomDialog | None = None
        self.editor: CoEditor | None = None

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {"join_room": self.ask}

    def ask(self) -> None:
        dialog = JoinRoomDialog(self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._answered(dialog, result))
        self.dialog = dialog
        dialog.open()

    def _answered(self, dialog: JoinRoomDialog, result: int) -> None:
        self.dialog = None
        if result != QDialog.DialogCode.Accepted:
            return
        if not self._maybe_save():
            return
        name = dialog.name.text().strip() or self.tr("Codesign")
        from codesign.room.client import CoEditor  # the network stack, loaded on joining

        editor = CoEditor(dialog.address.text(), dialog.pin.text(), name, self)
        try:
            document = editor.start()
        except RoomError as error:
            self.message.emit(str(error))
            return
        self.leave()
        self.editor = editor
        editor.ended.connect(self._on_ended)
        document.destroyed.connect(editor.stop)
        self._replace_document(document)
        view = getattr(self._window, "view", None)
        if isinstance(view, BoardView):
            self.presence = PresenceOverlay(view, editor)
        self.message.emit(self.tr("Joined the room as {name}").format(name=name))

    def _on_ended(self) -> None:
        self.leave()
        self.message.emit(
            self.tr("The room has ended: this board stays open here, no longer shared.")
        )

    def leave(self) -> None:
        overlay = self.presence
        if overlay is not None:
            overlay.deleteLater()
            self.presence = None
        if self.editor is not None:
            self.editor.stop()
            self.editor = None
