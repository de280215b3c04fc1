"""Another Codesign joins a room as a full co-editor (File > Join room…).

The room's shared document is synced into a BoardDocument of our own: what the room changes
arrives as commands on `steps` (so Ctrl+Z here undoes only what was done here), and every local
step is written into the shared document, where the host checks it like any other. Presence
(our name) goes out through awareness. The sync runs on a thread of its own, like the host's.
"""

import asyncio
import logging
from typing import Any

from aiohttp import ClientError
from pycrdt import Map
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoStack

from codesign.commands.remote import apply_remote
from codesign.document import BoardDocument, RecordValue
from codesign.model import Board
from codesign.model.bilingual import BoardLanguages
from codesign.room.hub import RENEW_PRESENCE
from codesign.room.layout import ROOTS, Fields, Key, fields_of, read, record_from, root_of, write
from codesign.room.loop_thread import LoopThread
from codesign.room.media_client import MediaCourier, pictures_named
from codesign.room.presence import peers_from, view_state
from codesign.room.settings import RoomError
from codesign.room.sync_client import JoinRefused, SyncClient
from codesign.storage.media import MediaStore, media_store

log = logging.getLogger(__name__)
JOIN_TIMEOUT = 20.0


class CoEditor(QObject):
    """A live copy of a room's board; stop() leaves the room (the board stays open)."""

    _remote = Signal(object)
    left = Signal()
    ended = Signal()
    """The room closed our connection (the facilitator stopped it, or removed us): the board
    stays open here, no longer live."""
    peers_changed = Signal(object)
    """Everyone else in the room (a list of `presence.Peer`), whenever someone comes, goes or
    looks elsewhere; emitted from the sync thread, delivered queued."""

    def __init__(
        self,
        address: str,
        pin: str,
        name: str,
        parent: QObject | None = None,
        store: MediaStore | None = None,
    ) -> None:
        super().__init__(parent)
        self._media = MediaCourier(store if store is not None else media_store())
        base = address.strip().rstrip("/")
        self._base = base if base.startswith("http") else f"http://{base}"
        self._pin, self._name = pin, name
        self._loop: LoopThread | None = None
        self._client: SyncClient | None = None
        self._touched: dict[Key, None] = {}
        self._ready = False
        self._presence: dict[str, Any] = {}
        self._renewal: asyncio.Future[None] | None = None
        self._watch: asyncio.Future[None] | None = None
        self._subscriptions: list[Any] = []
        self.document: BoardDocument | None = None
        self.steps = QUndoStack(self)
        self._remote.connect(self._on_remote)

    def start(self) -> BoardDocument:
        """Join and sync; the board as the room has it. RoomError (one line) on failure."""
        loop = LoopThread()
        try:
            records, room = loop.call(self._join(), JOIN_TIMEOUT)
            title = room.get("title")
            board = Board(
                title=title if isinstance(title, str) and title else "Room",
                languages=_languages(room.get("languages")),
                **records,
            )
        except JoinRefused as refused:
            loop.close()
            raise RoomError(self._refusal(refused)) from None
        except (ClientError, OSError, TimeoutError, ValueError) as error:
            loop.close()
            raise RoomError(
                self.tr("Cannot join the room at {address}: {reason}").format(
                    address=self._base, reason=str(error).splitlines()[0] if str(error) else ""
                )
            ) from None
        self._loop = loop
        self.document = BoardDocument(board)
        self.document.records_changed.connect(self._on_local)
        return self.document

    def _refusal(self, refused: JoinRefused) -> str:
        if refused.status == 401:
            return self.tr("Wrong PIN: check the PIN shown with the room's address.")
        if refused.status == 429:
            wait = int(refused.retry_after or 1)
            return self.tr("Too many wrong PINs: try again in {seconds} s.").format(seconds=wait)
        if refused.status == 403:
            return self.tr("This room is closed to new people, or not on this network.")
        return self.tr("The room did not let us in (HTTP {status}).").format(status=refused.status)

    def stop(self) -> None:
        loop, client = self._loop, self._client
        if loop is None or client is None:
            return
        self._loop = None
        for task in (self._renewal, self._watch):
            if task is not None:
                loop.post(task.cancel)
        try:
            loop.call(self._leave(client))
        except (TimeoutError, RuntimeError, OSError) as error:
            log.warning("leaving the room: %s", error)
        loop.close()
        self.left.emit()

    async def _leave(self, client: SyncClient) -> None:
        await self._media.drain()  # an upload under way, and the record after it, go first
        await client.close()

    async def _join(self) -> tuple[dict[str, Any], dict[str, Any]]:
        client = SyncClient(self._base)
        self._client = client
        await client.join(self._pin, self._name, kind="codesign")
        self._media.attach(client)
        for root in ROOTS:
            shared = client.doc.get(root, type=Map)
            self._subscriptions.append(shared.observe_deep(self._observer(root)))
        client.on_remote = self._flush
        await client.connect()
        await client.synced()
        self._presence = {
            "name": self._name,
            "participant": client.joined["participant"],
            "kind": "codesign",
            "view": None,
        }
        client.set_presence(self._presence)
        self._subscriptions.append(client.awareness.observe(self._on_awareness))
        self._renewal = asyncio.ensure_future(self._renew_presence())
        self._watch = asyncio.ensure_future(self._watch_end(client))
        self._touched = {}
        self._ready = True  # from here on, what the room changes is news to our board
        values: dict[str, list[Any]] = {"items": [], "participants": [], "rounds": []}
        for root in ROOTS:
            for record_id in client.doc.get(root, type=Map):
                fields = read(client.doc, (root, record_id))
                try:
                    values[root].append(record_from(root, fields or {}))
                except ValueError:
                    log.warning("left out %s %s: not valid", root, record_id)
        await self._media.fetch(pictures_named(values["items"]))
        return values, dict(client.doc.get("room", type=Map).to_py() or {})

    async def _watch_end(self, client: SyncClient) -> None:
        await client.closed.wait()
        if self._loop is not None:  # not our own stop()
            self.peers_changed.emit([])
            self.ended.emit()

    async def _renew_presence(self) -> None:
        """Say again where we are before other clients count us gone (30 s in y-protocols)."""
        while True:
            await asyncio.sleep(RENEW_PRESENCE)
            if self._client is not None:
                self._client.set_presence(self._presence)

    def set_view(self, x: float, y: float, w: float, h: float) -> None:
        """Tell the room where this window looks (the board rect its canvas shows)."""
        if self._loop is not None:
            self._loop.post(self._send_view, view_state(x, y, w, h))

    def _send_view(self, view: dict[str, float]) -> None:
        if self._client is not None and self._presence.get("view") != view:
            self._presence = {**self._presence, "view": view}
            self._client.set_presence(self._presence)

    def _on_awareness(self, topic: str, _change: Any) -> None:
        client = self._client
        if topic == "change" and client is not None:
            states = client.awareness.states
            self.peers_changed.emit(peers_from(states, client.awareness.client_id))

    def _observer(self, root: str) -> Any:
        def observe(events: list[Any]) -> None:
            if self._client is None or not self._client._applying:
                return
            for event in events:
                names = [event.path[0]] if event.path else list(event.keys)
                for name in names:
                    self._touched[(root, str(name))] = None  # type: ignore[index]

        return observe

    def _flush(self) -> None:
        if self._touched and self._client is not None and self._ready:
            changes = [(key, read(self._client.doc, key)) for key in self._touched]
            self._touched = {}
            named = pictures_named(fields for _key, fields in changes)

            async def deliver() -> None:  # a record waits for its picture, in order
                await self._media.fetch(named)
                self._remote.emit(changes)

            self._media.then(deliver)

    @Slot(object)
    def _on_remote(self, changes: list[tuple[Key, Fields | None]]) -> None:
        document = self.document
        if document is None:
            return
        values: list[RecordValue] = []
        removed: list[str] = []
        for (root, record_id), fields in changes:
            if fields is None:
                removed.append(record_id)
                continue
            try:
                values.append(record_from(root, fields))
            except ValueError:
                log.info("waiting for the host to put right %s", record_id)
        apply_remote(document, self.steps, self.tr("Edit from the room"), values, removed)

    @Slot(object)
    def _on_local(self, keys: frozenset[str]) -> None:
        document, loop, client = self.document, self._loop, self._client
        if document is None or loop is None or client is None:
            return
        writes: list[tuple[Key, Fields | None]] = []
        for key in keys:
            record = document.get(key)
            root = root_of(record)
            if record is not None and root is not None:
                writes.append(((root, key), fields_of(record)))  # type: ignore[arg-type]
            elif record is None:
                for shared_root in ROOTS:
                    writes.append(((shared_root, key), None))
        if writes:
            loop.post(self._send, writes)

    def _send(self, writes: list[tuple[Key, Fields | None]]) -> None:
        named = pictures_named(fields for _key, fields in writes)

        async def send() -> None:  # our pictures reach the room before their records
            await self._media.upload(named)
            self._write(writes)

        self._media.then(send)

    def _write(self, writes: list[tuple[Key, Fields | None]]) -> None:
        if self._client is None:
            return
        doc = self._client.doc
        with doc.transaction():
            for key, fields in writes:
                if fields is not None or key[1] in doc.get(key[0], type=Map):
                    write(doc, key, fields)


def _languages(shared: object) -> BoardLanguages | None:
    """The host board's languages (a bilingual board's pair), or None when it has one language
    or sent something that is not a pair."""
    try:
        return BoardLanguages.model_validate(shared) if isinstance(shared, dict) else None
    except ValueError:
        return None
