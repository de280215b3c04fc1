"""File > Join room…: this Codesign becomes a co-editor of a board hosted elsewhere.

The window's board is replaced by the room's, kept live by `codesign.room.client.CoEditor`;
opening another board, or closing the window, leaves the room (the board stays open, unsaved,
so it can be saved as a copy). A room this window hosts is stopped only once the facilitator
has agreed, and a refused join brings the dialog back with what was typed.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

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


class OwnRoom(Protocol):
    """The room this window hosts (`RoomControl`), as joining another sees it."""

    def may_join(self) -> bool: ...

    def stop(self) -> None: ...


class JoinRoomActions(QObject):
    message = Signal(str)
    presence = Held[PresenceOverlay]()

    def __init__(
        self,
        window: QMainWindow,
        maybe_save: Callable[[], bool],
        show_board: Callable[[BoardDocument], None],
        own_room: "OwnRoom",
    ) -> None:
        """`maybe_save` is the unsaved-changes guard (False: stay on this board);
        `show_board` shows the room's board in the window, fitted; `own_room` is the room
        this window hosts, which joining another stops."""
        super().__init__(window)
        self._window = window
        self._maybe_save = maybe_save
        self._show_board = show_board
        self._own_room = own_room
        self.dialog: JoinRoomDialog | None = None
        self.editor: CoEditor | None = None

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {"join_room": self.ask}

    def ask(self) -> None:
        self._open_dialog(JoinRoomDialog(self._window), settled_for=None)

    def _open_dialog(self, dialog: JoinRoomDialog, settled_for: object) -> None:
        """`settled_for`: the board whose questions (stop the room, save) were answered
        before a refused attempt, so trying again does not ask them twice."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._answered(dialog, result, settled_for))
        self.dialog = dialog
        dialog.open()

    def _answered(self, dialog: JoinRoomDialog, result: int, settled_for: object) -> None:
        self.dialog = None
        if result != QDialog.DialogCode.Accepted:
            return
        board = getattr(self._window, "document", None)
        if settled_for is not board and not self._may_leave_board():
            return
        address, pin, typed_name = dialog.address.text(), dialog.pin.text(), dialog.name.text()
        name = typed_name.strip() or self.tr("Codesign")
        from codesign.room.client import CoEditor  # the network stack, loaded on joining

        editor = CoEditor(address, pin, name, self)
        try:
            document = editor.start()
        except RoomError as error:
            editor.deleteLater()
            self.message.emit(str(error))
            again = JoinRoomDialog(self._window)
            again.show_refusal(address, pin, typed_name, str(error))
            self._open_dialog(again, settled_for=board)
            return
        self.leave()
        self.editor = editor
        editor.ended.connect(self._on_ended)
        document.destroyed.connect(editor.stop)
        self._show_board(document)
        view = getattr(self._window, "view", None)
        if isinstance(view, BoardView):
            self.presence = PresenceOverlay(view, editor)
        self.message.emit(self.tr("Joined the room as {name}").format(name=name))

    def _may_leave_board(self) -> bool:
        """Ask everything that stands between this board and the room's before anything is
        stopped or replaced: the hosted room first (its phones are the most to lose), then
        unsaved changes; only when both are answered is the hosted room stopped."""
        if not (self._own_room.may_join() and self._maybe_save()):
            return False
        self._own_room.stop()
        return True

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
