"""The Room: hosts the open board for phones and other Codesigns on the local network.

A QObject on the UI thread. The server and the shared document run on a thread of their own
(`LoopThread`); what they report crosses back through queued signals (`_Inbox`), so every
change reaches the board on the UI thread, as a command. Each start() is a new room session
with a new id, its shared document built once from the board: clients of an earlier session
are told to join again rather than merged into this one.
"""

import asyncio
import contextlib
import logging
from dataclasses import replace
from typing import Literal

from PySide6.QtCore import QObject, Signal, Slot

from codesign.document import BoardDocument
from codesign.model.ids import new_id
from codesign.room.bridge import Bridge
from codesign.room.guests import GuestEntry
from codesign.room.hub import Hub, RemoteBatch, Write
from codesign.room.layout import Fields
from codesign.room.loop_thread import LoopThread
from codesign.room.net import is_local_peer, url_host
from codesign.room.presence import view_state
from codesign.room.private_votes import VoteRequest
from codesign.room.server import Policy, RoomServer
from codesign.room.settings import CAN_ALL, Guest, RoomError, RoomSettings, new_pin

log = logging.getLogger(__name__)


class _Inbox(QObject):
    """Signals emitted on the server's thread and delivered, queued, on the UI thread."""

    batch = Signal(object)
    joined = Signal(object)
    guests = Signal(object)
    vote = Signal(object)
    peers = Signal(object)


class Room(QObject):
    """One room session per start(); the room ends with stop() or with the board."""

    guests_changed = Signal()
    state_changed = Signal()
    error = Signal(str)
    peers_changed = Signal(object)
    """Everyone in the room with their presence (`presence.Peer`), as awareness changes."""

    def __init__(
        self, document: BoardDocument, settings: RoomSettings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._settings = settings
        self._pin = settings.pin or new_pin()
        self._port = settings.port
        self._guests: list[Guest] = []
        self._loop: LoopThread | None = None
        self._hub: Hub | None = None
        self._renewal: asyncio.Future[None] | None = None
        self._server: RoomServer | None = None
        self.bridge: Bridge | None = None
        self._inbox = _Inbox(self)
        self._inbox.batch.connect(self._on_batch)
        self._inbox.joined.connect(self._on_joined)
        self._inbox.guests.connect(self._on_guests)
        self._inbox.vote.connect(self._on_vote)
        self._inbox.peers.connect(self.peers_changed)
        document.destroyed.connect(self._on_document_gone)

    # --- starting and stopping ------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._loop is not None

    def start(self) -> None:
        """Open a new room session; RoomError (one line) when it cannot listen."""
        if self._loop is not None:
            return
        interface = self._settings.interface
        if interface not in ("0.0.0.0", "") and not is_local_peer(interface):
            raise RoomError(self.tr("A room listens on the local network only."))
        if not (self._pin.isdigit() and 4 <= len(self._pin) <= 8):
            raise RoomError(self.tr("The room PIN must be 4 to 8 digits."))
        session = new_id("room")
        bridge = Bridge(
            self._document,
            self._post_writes,
            session,
            self._settings.language,
            self._post_private,
        )
        bridge.can = frozenset(self._settings.can)
        bridge.flooding.connect(self.remove)
        writes, room = bridge.initial()
        loop = LoopThread()
        try:
            self._port = loop.call(self._open(session, writes, room, interface))
        except OSError as error:
            loop.close()
            bridge.close()
            reason = error.strerror or str(error)
            raise RoomError(
                self.tr("Cannot open the room on port {port}: {reason}").format(
                    port=self._settings.port, reason=reason
                )
            ) from None
        self._loop, self.bridge = loop, bridge
        bridge.publish_private()
        self.state_changed.emit()

    async def _open(self, session: str, writes: list[Write], room: Fields, interface: str) -> int:
        inbox = self._inbox
        self._hub = Hub(inbox.batch.emit, inbox.peers.emit)
        self._hub.set_presence(self._presence(None))
        self._renewal = asyncio.ensure_future(self._hub.keep_presence())
        self._hub.write(writes, room)
        policy = Policy(session, self._settings.language, frozenset(self._settings.can))
        self._server = RoomServer(
            self._hub, policy, self._pin, inbox.joined.emit, self._report_guests, inbox.vote.emit
        )
        try:
            return await self._server.start(interface or "0.0.0.0", self._settings.port)
        except OSError:
            await self._server.stop()
            raise

    def stop(self) -> None:
        """End the room session: every guest is disconnected and every token is void."""
        loop, server = self._loop, self._server
        if loop is None:
            return
        self._loop = None
        renewal, self._renewal = self._renewal, None
        if server is not None:
            try:
                loop.call(_ended(renewal, server))
            except (TimeoutError, RuntimeError, OSError) as error:
                log.warning("room did not stop cleanly: %s", error)
        loop.close()
        if self.bridge is not None:
            self.bridge.close()
        self._hub = self._server = None
        self._guests = []
        self.guests_changed.emit()
        self.state_changed.emit()

    # --- what the panel shows and does -----------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://{url_host(self._settings.interface)}:{self._port}/"

    @property
    def port(self) -> int:
        return self._port

    @property
    def pin(self) -> str:
        return self._pin

    @property
    def session(self) -> str:
        return self._server.policy.session if self._server else ""

    @property
    def guests(self) -> list[Guest]:
        return list(self._guests)

    def remove(self, guest_id: str) -> None:
        """Disconnect a guest and void their token; what they added stays on the board."""
        if self._loop is not None and self._server is not None:
            self._loop.post(self._server.remove, guest_id)

    def set_open_to_joins(self, open_: bool) -> None:
        """Closed: POST /join answers 403; those already in stay."""
        if self._loop is not None and self._server is not None:
            self._loop.post(setattr, self._server.policy, "open_to_joins", bool(open_))
        self.state_changed.emit()

    def set_can(self, can: set[str]) -> None:
        """What phones may do now: a subset of {"write", "vote", "view"}."""
        allowed = frozenset(can) & CAN_ALL
        self._settings = replace(self._settings, can=allowed)
        if self._loop is not None and self._server is not None and self.bridge is not None:
            self._loop.post(setattr, self._server.policy, "can", allowed)
            self.bridge.set_can(allowed)
        self.state_changed.emit()

    def set_view(self, x: float, y: float, w: float, h: float) -> None:
        """Where the facilitator's canvas looks, for the co-editors' canvases."""
        if self._loop is not None and self._hub is not None:
            self._loop.post(self._hub.set_presence, self._presence(view_state(x, y, w, h)))

    def _presence(self, view: dict[str, float] | None) -> dict[str, object]:
        return {"name": self.tr("Facilitator"), "participant": "", "kind": "codesign", "view": view}

    def set_language(self, language: str) -> None:
        """The window changed language: phones that did not choose one themselves follow."""
        code: Literal["cy", "en"] = "cy" if language == "cy" else "en"
        if code == self._settings.language:
            return
        self._settings = replace(self._settings, language=code)
        if self._loop is not None and self._server is not None and self.bridge is not None:
            self._loop.post(setattr, self._server.policy, "language", code)
            self.bridge.set_language(code)
        self.state_changed.emit()

    # --- the server's reports, on the UI thread --------------------------------------------

    def _post_writes(self, writes: list[Write], room: Fields | None) -> None:
        if self._loop is not None and self._hub is not None:
            self._loop.post(self._hub.write, writes, room)

    def _post_private(self, round_id: str | None, mine: dict[str, dict[str, int]]) -> None:
        if self._loop is not None and self._server is not None:
            self._loop.post(self._server.private.replace, round_id, mine)

    def _report_guests(self) -> None:
        if self._server is not None:
            self._inbox.guests.emit(self._server.book.all())

    @Slot(object)
    def _on_batch(self, batch: RemoteBatch) -> None:
        if self.bridge is not None and self._loop is not None:
            self.bridge.apply(batch)

    @Slot(object)
    def _on_vote(self, request: VoteRequest) -> None:
        if self.bridge is not None and self._loop is not None:
            self.bridge.vote(request)
        else:
            request.answer(503, {"error": self.tr("The room is closed.")})

    @Slot(object)
    def _on_joined(self, entry: GuestEntry) -> None:
        if self.bridge is not None:
            self.bridge.joined(entry.id, entry.name, entry.kind)

    @Slot(object)
    def _on_guests(self, guests: list[Guest]) -> None:
        if self._loop is not None:
            self._guests = guests
            self.guests_changed.emit()

    @Slot()
    def _on_document_gone(self) -> None:
        self.stop()


async def _ended(renewal: "asyncio.Future[None] | None", server: RoomServer) -> None:
    """Stop renewing the host's presence (and wait for it), then close every socket."""
    if renewal is not None:
        renewal.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await renewal
    await server.stop()
