"""The window's room: starts and stops it from the Room panel, keeps the panel and the
projector's join card in step with it, and ends it with the board.

The room belongs to one board: opening another board, or closing the window, stops it, so no
phone ever writes into a board the facilitator has put away.
"""

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from codesign.canvas.lifetime import Held
from codesign.canvas.view import BoardView
from codesign.document import BoardDocument
from codesign.room import RoomError, RoomSettings
from codesign.room.net import private_addresses
from codesign.room.settings import DEFAULT_PORT
from codesign.ui.common.language import shown_language
from codesign.ui.room.join_card import WallJoinCard
from codesign.ui.room.presence_overlay import PresenceOverlay
from codesign.ui.room.quit_question import stop_room_and_join, stop_room_and_quit
from codesign.ui.room.room_panel import RoomPanel

if TYPE_CHECKING:
    from codesign.room.room import Room


class RoomControl(QObject):
    message = Signal(str)
    wall_card = Held[WallJoinCard]()
    presence = Held[PresenceOverlay]()
    port = DEFAULT_PORT
    """The port phones connect to; 0 lets the system choose (tests run rooms side by side)."""

    def __init__(self, window: QMainWindow, wall: Callable[[], QWidget | None]) -> None:
        super().__init__(window)
        self.window = window
        self._wall = wall
        self.document: BoardDocument | None = None
        self.room: Room | None = None
        self.panel = RoomPanel(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.panel.hide()
        self.panel.start_wanted.connect(self.start)
        self.panel.stop_wanted.connect(self.stop)
        self.panel.remove_wanted.connect(self._on_remove)
        self.panel.open_changed.connect(self._on_open_changed)
        self.panel.can_changed.connect(self._on_can_changed)
        self.panel.language_changed.connect(self._on_language_changed)
        self.panel.visibilityChanged.connect(self._on_panel_shown)
        # However the app ends (a signal, the session closing), the room ends first.
        QCoreApplication.instance().aboutToQuit.connect(self.stop)

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {"room_panel": self.panel.setVisible}

    def install(self, actions: Mapping[str, QAction]) -> None:
        action = actions["room_panel"]
        self.panel.visibilityChanged.connect(action.setChecked)
        # Connected after the front of the room's own handler: the projector exists by then.
        actions["projector"].toggled.connect(lambda _on: self._show_on_wall())

    def attach(self, document: BoardDocument) -> None:
        """A new board in the window: the room of the old one ends with it."""
        if document is not self.document:
            self.stop()
        self.document = document

    @property
    def running(self) -> bool:
        return self.room is not None

    def may_close(self) -> bool:
        """True when no room is open, or the facilitator chose to stop it and quit."""
        if self.room is None:
            return True
        phones = len(self.room.guests)
        return stop_room_and_quit(self.window, phones)

    def may_join(self) -> bool:
        """True when no room is open, or the facilitator chose to stop it to join another;
        the room is not stopped here: joining replaces the board, and that stops it."""
        if self.room is None:
            return True
        return stop_room_and_join(self.window, len(self.room.guests))

    def start(self, interface: str) -> None:
        if self.room is not None or self.document is None:
            return
        settings = RoomSettings(
            interface=interface,
            port=self.port,
            language="cy" if shown_language() == "cy" else "en",
            can=frozenset(self.panel.can()),
        )
        from codesign.room.room import Room  # the network stack, loaded when a room opens

        room = Room(self.document, settings, self)
        try:
            room.start()
        except RoomError as error:
            room.deleteLater()
            self.panel.show_status(str(error), error=True)
            return
        self.room = room
        room.guests_changed.connect(self._on_guests_changed)
        room.error.connect(lambda text: self.panel.show_status(text, error=True))
        view = getattr(self.window, "view", None)
        if isinstance(view, BoardView):
            self.presence = PresenceOverlay(view, room)
        self.panel.show_running(True, room.url, room.pin)
        self.panel.show_guests(room.guests)
        self._show_on_wall()
        self.message.emit(self.tr("The room is open at {url}").format(url=room.url))

    def stop(self) -> None:
        room, self.room = self.room, None
        overlay = self.presence
        if overlay is not None:
            overlay.deleteLater()
            self.presence = None
        if room is not None:
            room.stop()
            room.deleteLater()
            self.message.emit(self.tr("The room is closed"))
        self.panel.show_running(False)
        self._show_on_wall()

    def _on_panel_shown(self, shown: bool) -> None:
        if shown and not self.running:
            self.panel.set_interfaces(self._interfaces())
        if shown:
            self._give_panel_room()

    def _give_panel_room(self) -> None:
        """Share a tab with a panel already open on the right (Voting, say) rather than split
        its height: the QR code needs the whole panel to be read from the room."""
        window = self.window
        for dock in window.findChildren(QDockWidget):
            if (
                dock is not self.panel
                and dock.isVisible()
                and not dock.isFloating()
                and window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
                and self.panel not in window.tabifiedDockWidgets(dock)
            ):
                window.tabifyDockWidget(dock, self.panel)
                self.panel.raise_()
                return

    def _interfaces(self) -> list[tuple[str, str]]:
        """Every private address, the first the likeliest venue network, loopback last;
        all of them too."""
        choices = [(address, address) for address in private_addresses()]
        return [*choices, (self.tr("Every network of this laptop"), "0.0.0.0")]

    def _on_guests_changed(self) -> None:
        if self.room is not None:
            self.panel.show_guests(self.room.guests)

    def _on_remove(self, guest_id: str) -> None:
        if self.room is not None:
            self.room.remove(guest_id)
            self.panel.show_guests(self.room.guests)

    def _on_open_changed(self, open_: bool) -> None:
        if self.room is not None:
            self.room.set_open_to_joins(open_)

    def _on_can_changed(self, can: set[str]) -> None:
        if self.room is not None:
            self.room.set_can(set(can))

    def _on_language_changed(self) -> None:
        if self.room is not None:
            self.room.set_language(shown_language())

    def _show_on_wall(self) -> None:
        """The join card on the projector while the room is open and the projector shows."""
        wall = self._wall()
        card = self.wall_card
        if self.room is None or wall is None:
            if card is not None:
                card.hide()
            return
        if card is None or card.parentWidget() is not wall:
            if card is not None:
                card.deleteLater()
            view = getattr(wall, "view", None)
            card = WallJoinCard(wall, view if isinstance(view, BoardView) else None)
            self.wall_card = card
        card.show_room(self.room.url, self.room.pin)
        card.place()
        card.show()
