"""Room mode: phones and other Codesigns join the board over the local network.

The laptop's document stays the authority. The shared Yjs document (pycrdt) lives on the
server's asyncio thread; every remote change crosses to the Qt UI thread as plain values and is
applied there as a command, or refused and undone in the shared document for everyone.
See docs/room.md for the layout, the protocol and the threat model.
"""

from codesign.room.room import Room
from codesign.room.settings import Guest, RoomError, RoomSettings

__all__ = ["Guest", "Room", "RoomError", "RoomSettings"]
