"""A y-websocket client of a room, in pycrdt: joins with the PIN, then keeps a Doc in sync.

Used by `codesign.room.client` (another Codesign as co-editor), by the tests and by the bench;
any Yjs client (the phone page uses the `yjs` package) speaks the same protocol. No Qt.
"""

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Any

import aiohttp
from pycrdt import (
    Awareness,
    Doc,
    YMessageType,
    YSyncMessageType,
    create_awareness_message,
    create_sync_message,
    create_update_message,
    handle_sync_message,
    read_message,
)

from codesign.room.layout import new_shared_doc

log = logging.getLogger(__name__)


class JoinRefused(Exception):
    """The room said no: `status` is the HTTP status (401 wrong PIN, 403 closed, 429 wait)."""

    def __init__(self, status: int, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


class SyncClient:
    def __init__(self, base_url: str, doc: Doc | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.doc = doc if doc is not None else new_shared_doc()
        self.awareness = Awareness(self.doc)
        self.joined: dict[str, Any] = {}
        self.on_remote: Callable[[], None] = lambda: None
        """Called on the client's loop after each update from the room is applied."""
        self.closed = asyncio.Event()
        self._synced = asyncio.Event()
        self._http: aiohttp.ClientSession | None = None
        self._socket: aiohttp.ClientWebSocketResponse | None = None
        self._reader: asyncio.Task[None] | None = None
        self._applying = False
        self._sending: set[asyncio.Future[None]] = set()
        self._subscription = self.doc.observe(self._on_local)

    async def join(
        self, pin: str, name: str | None = None, kind: str = "phone", participant: str | None = None
    ) -> dict[str, Any]:
        http = self._session()
        body = {"pin": pin, "name": name, "kind": kind, "participant": participant}
        async with http.post(f"{self.base_url}/join", json=body) as response:
            answer = await response.json(content_type=None)
            if response.status != 200:
                retry = response.headers.get("Retry-After")
                message = answer.get("error", "") if isinstance(answer, dict) else ""
                raise JoinRefused(response.status, message, float(retry) if retry else None)
        self.joined = answer
        return answer

    async def connect(self) -> None:
        """Open the socket and start syncing; `synced()` waits for the room's state."""
        ws_url = self.base_url.replace("http", "ws", 1) + self.joined["ws"]
        self._socket = await self._session().ws_connect(
            ws_url, params={"token": self.joined["token"]}, max_msg_size=64 * 1024 * 1024
        )
        self.closed.clear()
        self._synced.clear()
        self._reader = asyncio.create_task(self._read(self._socket))
        await self._socket.send_bytes(create_sync_message(self.doc))

    async def synced(self, timeout: float = 10.0) -> None:
        await asyncio.wait_for(self._synced.wait(), timeout)

    def set_presence(self, state: dict[str, Any] | None) -> None:
        self.awareness.set_local_state(state)
        update = self.awareness.encode_awareness_update([self.awareness.client_id])
        self._send(create_awareness_message(update))

    async def disconnect(self) -> None:
        """Drop the socket (as a phone losing Wi-Fi does); the Doc and its edits stay."""
        if self._socket is not None:
            await self._socket.close()
        if self._reader is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._reader
        self._socket = self._reader = None

    async def close(self) -> None:
        await self.disconnect()
        if self._http is not None:
            await self._http.close()
            self._http = None

    def _session(self) -> aiohttp.ClientSession:
        if self._http is None:
            self._http = aiohttp.ClientSession()
        return self._http

    async def _read(self, socket: aiohttp.ClientWebSocketResponse) -> None:
        try:
            async for message in socket:
                if message.type != aiohttp.WSMsgType.BINARY:
                    continue
                self._handle(message.data)
        finally:
            self.closed.set()

    def _handle(self, data: bytes) -> None:
        if data[0] == YMessageType.SYNC:
            self._applying = True
            try:
                reply = handle_sync_message(data[1:], self.doc)
            finally:
                self._applying = False
            if reply is not None:
                self._send(reply)
            if data[1] == YSyncMessageType.SYNC_STEP2:
                self._synced.set()
            self.on_remote()
        elif data[0] == YMessageType.AWARENESS:
            self.awareness.apply_awareness_update(read_message(data[1:]), "room")

    def _on_local(self, event: Any) -> None:
        if self._applying:
            return
        update = event.update
        if update and update != b"\x00\x00":
            self._send(create_update_message(update))

    def _send(self, message: bytes) -> None:
        socket = self._socket
        if socket is not None and not socket.closed:
            task = asyncio.ensure_future(socket.send_bytes(message))
            self._sending.add(task)
            task.add_done_callback(self._sending.discard)
