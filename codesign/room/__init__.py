"""Room mode: phones and other Codesigns join the board over the local network.

The laptop's document stays the authority. The shared Yjs document (pycrdt) lives on the
server's asyncio thread; every remote change crosses to the Qt UI thread as plain values and is
applied there as a command, or refused and undone in the shared document for everyone.
See docs/room.md for the layout, the protocol and the threat model.

The window imports this package at start; the network stack (aiohttp, pycrdt) loads only when
a room is hosted or joined, through `Room` here or `codesign.room.client`.
"""

from typing import TYPE_CHECKING

from codesign.room.settings import Guest, RoomError, RoomSettings

if TYPE_CHECKING:
    from codesign.room.room import Room

__all__ = ["Guest", "Room", "RoomError", "RoomSettings"]


def __getattr__(name: str) -> object:
    if name == "Room":
        from codesign.room.room import Room

        return Room
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
