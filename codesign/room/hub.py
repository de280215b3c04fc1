"""The shared document of one room session and the y-websocket sync it speaks with clients.

Runs on the server's asyncio thread only: pycrdt documents are not shared across threads. A
client's update is applied, passed on to every other client, and the records it touched are
handed (as plain values) to `on_remote`, which the Room sends to the Qt UI thread to be checked
and applied as commands. What the host writes back (the board's authority) reaches everyone.
"""

import asyncio
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from pycrdt import (
    Awareness,
    Map,
    YMessageType,
    YSyncMessageType,
    create_awareness_message,
    create_sync_message,
    create_update_message,
    handle_sync_message,
    merge_updates,
    read_message,
)

from codesign.room.guests import GuestEntry
from codesign.room.layout import ROOTS, Fields, Key, new_shared_doc, read, write
from codesign.room.presence import Peer, peers_from

log = logging.getLogger(__name__)
Write = tuple[Key, Fields | None, frozenset[str] | None]
MAX_AWARENESS_STATE = 4096
"""Bytes of one client's presence (name, participant, view): anything more is not presence."""
RENEW_PRESENCE = 15.0
"""Seconds between renewals of a presence: y-protocols clients drop (for everyone) a state not
renewed for 30 seconds, so the host and each co-editor say again where they are."""
QUEUE_LIMIT = 2000
"""Messages waiting for one slow client before it is dropped (it resyncs on reconnecting)."""


@dataclass(frozen=True)
class RemoteBatch:
    """What one client's update changed: the records as the shared document now holds them."""

    guest: str
    changes: tuple[tuple[Key, Fields | None], ...]


@dataclass(frozen=True)
class Update:
    """A document update waiting to go out: those queued together are merged into one."""

    data: bytes


Outgoing = bytes | Update | None
"""A framed message, an update, or None: close the connection."""


@dataclass(eq=False)
class Connection:
    guest: GuestEntry
    queue: asyncio.Queue[Outgoing] = field(default_factory=asyncio.Queue)
    awareness_ids: set[int] = field(default_factory=set)

    def send(self, message: bytes | Update) -> None:
        if self.queue.qsize() < QUEUE_LIMIT:
            self.queue.put_nowait(message)
        else:
            self.close()

    def close(self) -> None:
        self.queue.put_nowait(None)


class Hub:
    def __init__(
        self,
        on_remote: Callable[[RemoteBatch], None],
        on_peers: Callable[[list[Peer]], None] | None = None,
    ) -> None:
        self.doc = new_shared_doc()
        self._on_peers = on_peers
        self.awareness = Awareness(self.doc)
        self.connections: set[Connection] = set()
        self._on_remote = on_remote
        self._origin: Connection | None = None
        self._touched: dict[Key, None] = {}
        self._host_writing = False
        # pycrdt drops an observer whose subscription is no longer referenced: keep them.
        self._subscriptions = [
            self.doc.get(root, type=Map).observe_deep(self._observer(root)) for root in ROOTS
        ]
        self._subscriptions.append(self.doc.observe(self._on_transaction))
        self.awareness.observe(self._on_awareness)

    # --- the host's side ----------------------------------------------------------------

    def write(self, values: Iterable[Write], room: Fields | None = None) -> None:
        """The board's authority, in one transaction: records (None removes) and room fields;
        a round's dots only for the voters named, when some are."""
        self._host_writing = True
        try:
            with self.doc.transaction(origin="host"):
                for key, fields, voters in values:
                    write(self.doc, key, fields, voters)
                if room:
                    shared = self.doc.get("room", type=Map)
                    for name, value in room.items():
                        if shared.get(name) != value:
                            shared[name] = value
        finally:
            self._host_writing = False

    def set_presence(self, state: dict[str, Any]) -> None:
        """The host's own presence (its name, where its canvas looks), to every client."""
        self.awareness.set_local_state(state)
        update = self.awareness.encode_awareness_update([self.awareness.client_id])
        self._broadcast(create_awareness_message(update), None)

    async def keep_presence(self) -> None:
        """Renew the host's presence for as long as the room runs (cancelled when it stops)."""
        while True:
            await asyncio.sleep(RENEW_PRESENCE)
            state = self.awareness.get_local_state()
            if state is not None:
                self.set_presence(state)

    def drop(self, guest_id: str) -> None:
        for connection in [c for c in self.connections if c.guest.id == guest_id]:
            connection.close()

    # --- a client's side ----------------------------------------------------------------

    def opened(self, connection: Connection) -> None:
        """Start the sync: our state vector (the client answers with what we lack), and who
        else is here."""
        self.connections.add(connection)
        connection.send(create_sync_message(self.doc))
        states = list(self.awareness.states)
        if states:
            update = self.awareness.encode_awareness_update(states)
            connection.send(create_awareness_message(update))

    def closed(self, connection: Connection) -> None:
        self.connections.discard(connection)
        gone = list(connection.awareness_ids)
        if gone:
            self.awareness.remove_awareness_states(gone, connection)
            message = create_awareness_message(self.awareness.encode_awareness_update(gone))
            self._broadcast(message, connection)

    def received(self, connection: Connection, message: bytes) -> None:
        """One y-websocket message from a client; raises ValueError when it is malformed."""
        if not message:
            raise ValueError("empty message")
        if message[0] == YMessageType.SYNC:
            self._sync(connection, message[1:])
        elif message[0] == YMessageType.AWARENESS:
            self._presence(connection, message)
        else:
            raise ValueError(f"unknown message type {message[0]}")

    def _sync(self, connection: Connection, body: bytes) -> None:
        if not body or body[0] not in (
            YSyncMessageType.SYNC_STEP1,
            YSyncMessageType.SYNC_STEP2,
            YSyncMessageType.SYNC_UPDATE,
        ):
            raise ValueError("unknown sync message")
        self._origin = connection
        self._touched = {}
        try:
            reply = handle_sync_message(body, self.doc)
        finally:
            self._origin = None
        if reply is not None:
            connection.send(reply)
        if self._touched:
            changes = tuple((key, read(self.doc, key)) for key in self._touched)
            self._touched = {}
            self._on_remote(RemoteBatch(connection.guest.id, changes))

    def _presence(self, connection: Connection, message: bytes) -> None:
        if len(message) > MAX_AWARENESS_STATE:
            raise ValueError("presence too large")
        self.awareness.apply_awareness_update(read_message(message[1:]), connection)
        self._broadcast(message, connection)

    # --- observers ------------------------------------------------------------------------

    def _observer(self, root: str) -> Callable[[list[Any]], None]:
        def observe(events: list[Any]) -> None:
            if self._host_writing:
                return
            for event in events:
                path = event.path
                if path:
                    self._touched[(root, str(path[0]))] = None  # type: ignore[index]
                else:
                    for name in event.keys:
                        self._touched[(root, str(name))] = None  # type: ignore[index]

        return observe

    def _on_transaction(self, event: Any) -> None:
        update = event.update
        if update and update != b"\x00\x00":
            self._broadcast(Update(update), self._origin)

    def _on_awareness(self, topic: str, change: tuple[dict[str, list[int]], Any]) -> None:
        details, origin = change
        if topic == "update" and isinstance(origin, Connection):
            origin.awareness_ids.update(details["added"], details["updated"])
        if topic == "change" and self._on_peers is not None:
            self._on_peers(peers_from(self.awareness.states, self.awareness.client_id))

    def _broadcast(self, message: bytes | Update, skip: Connection | None) -> None:
        for connection in self.connections:
            if connection is not skip:
                connection.send(message)


MERGE_AT_MOST = 256


def take_queued(connection: Connection, first: Outgoing) -> list[bytes | None]:
    """`first` and whatever else is queued for this client, ready to send: a slow client (a
    phone on poor Wi-Fi, or a busy room) gets runs of updates merged into one message."""
    out: list[bytes | None] = []
    run: list[bytes] = []
    items = [first]
    while not connection.queue.empty() and len(items) < MERGE_AT_MOST:
        items.append(connection.queue.get_nowait())
    for item in items:
        if isinstance(item, Update):
            run.append(item.data)
            continue
        if run:
            out.append(create_update_message(merge_updates(*run) if len(run) > 1 else run[0]))
            run = []
        out.append(item)
        if item is None:
            break
    if run:
        out.append(create_update_message(merge_updates(*run) if len(run) > 1 else run[0]))
    return out
