"""HTTP and WebSocket on one port: the phone page, joining with the PIN, and y-websocket sync.

aiohttp on the room's own asyncio thread. Every request from outside loopback and the private
ranges is refused before anything else happens; nothing here calls out to the internet.
"""

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiohttp import WSMsgType, web
from pycrdt import Map

from codesign.room.guests import GuestBook, GuestEntry, PinGate
from codesign.room.hub import Connection, Hub, take_queued
from codesign.room.media_routes import MediaRoutes
from codesign.room.net import is_local_peer
from codesign.room.private_votes import VOTE_TIMEOUT, PrivateDots, VoteRequest, answer_from
from codesign.room.settings import CAN_ALL

log = logging.getLogger(__name__)
STATIC = Path(__file__).with_name("static")
MAX_JOIN_BODY = 4096
MAX_NAME = 60
PHONE_MESSAGE = 256 * 1024
"""Bytes of one message from a phone: its whole offline stack of notes at the 5,000-character
cap fits; a co-editing Codesign may send more (a pasted board), up to CODESIGN_MESSAGE."""
CODESIGN_MESSAGE = 16 * 1024 * 1024
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class Policy:
    """What the host says now; read on every request, changed from the Qt side through the
    loop."""

    session: str
    language: str
    can: frozenset[str] = CAN_ALL
    open_to_joins: bool = True


class RoomServer:
    def __init__(
        self,
        hub: Hub,
        policy: Policy,
        pin: str,
        on_join: Callable[[GuestEntry], None],
        on_guests: Callable[[], None],
        on_vote: Callable[[VoteRequest], None] | None = None,
    ) -> None:
        self.hub = hub
        self.policy = policy
        self.gate = PinGate(pin)
        self.book = GuestBook()
        self._on_join = on_join
        self._on_guests = on_guests
        self._on_vote = on_vote
        self.private = PrivateDots()
        """Each voter's own dots while the open round's tally is hidden (set by the host)."""
        self._runner: web.AppRunner | None = None
        self._sockets: set[web.WebSocketResponse] = set()

    async def start(self, interface: str, port: int) -> int:
        """Listen; returns the port (the one the system chose when `port` is 0)."""
        app = web.Application(middlewares=[_local_only], client_max_size=MAX_JOIN_BODY)
        app.router.add_get("/", self._page)
        app.router.add_get("/static/{name}", self._asset)
        app.router.add_post("/join", self._join)
        app.router.add_get("/room/state", self._state)
        app.router.add_post("/room/vote", self._vote)
        app.router.add_get("/room/{session}", self._socket)
        MediaRoutes(self.book, self.hub).register(app.router)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, interface, port, reuse_address=False)
        await site.start()
        server = site._server
        sockets = getattr(server, "sockets", None) or []
        return int(sockets[0].getsockname()[1]) if sockets else port

    async def stop(self) -> None:
        for socket in list(self._sockets):
            await socket.close(code=1001, message=b"room ended")
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def remove(self, guest_id: str) -> None:
        self.book.remove(guest_id)
        self.hub.drop(guest_id)
        self._on_guests()

    # --- HTTP -------------------------------------------------------------------------------

    async def _page(self, request: web.Request) -> web.StreamResponse:
        page = STATIC / "index.html"
        if not page.is_file():
            return web.Response(text="Codesign room: the phone page is not built.", status=503)
        return web.FileResponse(page, headers=_NO_STORE)

    async def _asset(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        path = STATIC / name
        if "/" in name or "\\" in name or name.startswith(".") or not path.is_file():
            raise web.HTTPNotFound()
        return web.FileResponse(path)

    async def _join(self, request: web.Request) -> web.StreamResponse:
        peer = request.remote or ""
        if not self.policy.open_to_joins:
            return _error(403, "This room is closed to new people.")
        wait = self.gate.wait(peer)
        if wait > 0:
            retry = str(int(wait) + 1)
            return _error(429, "Too many wrong PINs: wait a moment.", {"Retry-After": retry})
        body = await _json_object(request)
        if isinstance(body, web.Response):
            return body
        if not self.gate.check(peer, body.get("pin")):
            return _error(401, "Wrong PIN.")
        kind = "codesign" if body.get("kind") == "codesign" else "phone"
        wanted = body.get("participant")
        entry = self.book.admit(
            _name(body.get("name")), kind, wanted if isinstance(wanted, str) else None
        )
        self._on_join(entry)
        self._on_guests()
        return web.json_response(
            {
                "token": entry.token,
                "participant": entry.id,
                "session": self.policy.session,
                "ws": f"/room/{self.policy.session}",
                "language": self.policy.language,
                "can": sorted(self.policy.can),
            },
            headers=_NO_STORE,
        )

    async def _state(self, request: web.Request) -> web.StreamResponse:
        guest = self.book.by_token(request.query.get("token"))
        if guest is None:
            return _error(401, "Join the room first.")
        shared = self.hub.doc.get("room", type=Map).to_py() or {}
        round_id = shared.get("open_round")
        rounds = self.hub.doc.get("rounds", type=Map).to_py() or {}
        return web.json_response(
            {
                "can": sorted(self.policy.can),
                "round": rounds.get(round_id) if round_id else None,
                "language": self.policy.language,
                "mine": self.private.mine(guest.id) if round_id == self.private.round_id else [],
            },
            headers=_NO_STORE,
        )

    async def _vote(self, request: web.Request) -> web.StreamResponse:
        """A dot placed or taken back while the tally is hidden: checked and applied on the
        board, and the answer (this voter's own dots) goes to this phone only."""
        body = await _json_object(request)
        if isinstance(body, web.Response):
            return body
        token = body.get("token")
        guest = self.book.by_token(token if isinstance(token, str) else None)
        if guest is None:
            return _error(401, "Join the room first.")
        round_id, note, delta = body.get("round"), body.get("note"), body.get("delta")
        if not isinstance(round_id, str) or not isinstance(note, str) or delta not in (1, -1):
            return _error(400, "Send the round, the note and a delta of 1 or -1.")
        if self._on_vote is None or not guest.spend():
            return _error(429, "Too many votes at once: wait a moment.")
        future, answer = answer_from(asyncio.get_running_loop())
        self._on_vote(VoteRequest(guest.id, round_id, note, int(delta), answer))
        try:
            status, reply = await asyncio.wait_for(future, VOTE_TIMEOUT)
        except TimeoutError:
            return _error(503, "The board is busy: try again.")
        return web.json_response(reply, status=status, headers=_NO_STORE)

    # --- WebSocket --------------------------------------------------------------------------

    async def _socket(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["session"] != self.policy.session:
            return _error(404, "This room session has ended: join again.")
        guest = self.book.by_token(request.query.get("token"))
        if guest is None:
            return _error(401, "Join the room first.")
        limit = CODESIGN_MESSAGE if guest.kind == "codesign" else PHONE_MESSAGE
        socket = web.WebSocketResponse(max_msg_size=limit, heartbeat=30.0)
        await socket.prepare(request)
        connection = Connection(guest)
        guest.connections += 1
        self._sockets.add(socket)
        self._on_guests()
        sender = asyncio.create_task(_pump(connection, socket))
        try:
            self.hub.opened(connection)
            await self._receive(socket, connection)
        finally:
            self.hub.closed(connection)
            guest.connections -= 1
            self._sockets.discard(socket)
            connection.close()
            await sender
            self._on_guests()
        return socket

    async def _receive(self, socket: web.WebSocketResponse, connection: Connection) -> None:
        async for message in socket:
            if message.type != WSMsgType.BINARY:
                await socket.close(code=1003, message=b"binary y-websocket messages only")
                return
            if self.book.by_token(connection.guest.token) is not connection.guest:
                await socket.close(code=4403, message=b"removed from the room")
                return
            if not connection.guest.spend():
                await socket.close(code=1008, message=b"too many messages")
                return
            try:
                self.hub.received(connection, message.data)
            except ValueError as error:
                log.info("closing %s: %s", connection.guest.id, error)
                await socket.close(code=1003, message=b"malformed message")
                return


async def _pump(connection: Connection, socket: web.WebSocketResponse) -> None:
    """Send what the hub queued for this client, in order, until it is closed."""
    open_ = True
    while open_:
        for message in take_queued(connection, await connection.queue.get()):
            if message is None:
                open_ = False
                break
            try:
                await socket.send_bytes(message)
            except (ConnectionError, RuntimeError):
                open_ = False
                break
    if not socket.closed:
        await socket.close()


@web.middleware
async def _local_only(request: web.Request, handler: Handler) -> web.StreamResponse:
    if not is_local_peer(request.remote or ""):
        return _error(403, "Only the local network may join this room.")
    return await handler(request)


_NO_STORE = {"Cache-Control": "no-store"}


async def _json_object(request: web.Request) -> dict[str, Any] | web.Response:
    """The request's body as a JSON object, or the 400 answer saying what it is instead."""
    try:
        body = await request.json()
    except (ValueError, UnicodeDecodeError):
        return _error(400, "Send JSON.")
    if not isinstance(body, dict):
        return _error(400, "Send a JSON object.")
    return body


def _error(status: int, text: str, headers: dict[str, str] | None = None) -> web.Response:
    return web.json_response(
        {"error": text}, status=status, headers={**_NO_STORE, **(headers or {})}
    )


def _name(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    clean = " ".join("".join(c for c in value if c.isprintable()).split())[:MAX_NAME]
    return clean or None
