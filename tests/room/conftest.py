"""A room on 127.0.0.1 (a port the system picks) and pycrdt clients on a thread of their own.

The test itself runs on the Qt thread, which must keep processing events for remote changes to
reach the board: it waits with qtbot.waitUntil, never by blocking.
"""

import pytest

from codesign.document import BoardDocument
from codesign.model import Board, Note
from codesign.room import Room, RoomSettings
from codesign.room.loop_thread import LoopThread
from codesign.room.sync_client import SyncClient

PIN = "4821"


class Clients:
    """Runs client coroutines on one loop thread; `run` waits for the result."""

    def __init__(self) -> None:
        self.thread = LoopThread()
        self.made: list[SyncClient] = []

    def run(self, coroutine, timeout: float = 20.0):
        return self.thread.call(coroutine, timeout)

    def new(self, room: Room) -> SyncClient:
        async def make() -> SyncClient:
            return SyncClient(f"http://127.0.0.1:{room.port}")

        client = self.run(make())
        self.made.append(client)
        return client

    def join(self, room: Room, name: str | None = "Sam", kind: str = "phone") -> SyncClient:
        client = self.new(room)

        async def go() -> None:
            await client.join(PIN, name, kind)
            await client.connect()
            await client.synced()

        self.run(go())
        return client

    def close(self) -> None:
        for client in self.made:
            self.run(client.close())
        self.thread.close()


@pytest.fixture
def document(qapp):
    board = Board(items=(Note(id="note-a", text="First"),))
    document = BoardDocument(board)
    yield document


@pytest.fixture
def room(document):
    room = Room(document, RoomSettings(interface="127.0.0.1", port=0, pin=PIN))
    room.start()
    yield room
    room.stop()


@pytest.fixture
def clients():
    made = Clients()
    yield made
    made.close()
