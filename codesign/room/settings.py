"""What a room is started with and what it reports about who is in it; no Qt, no network."""

import datetime
import secrets
from dataclasses import dataclass, field
from typing import Literal

DEFAULT_PORT = 8765
CAN_ALL = frozenset({"write", "vote", "view"})
"""What phones may do: add and edit notes, place dots, see the board. "view" alone = read-only."""
GuestKind = Literal["phone", "codesign"]


class RoomError(Exception):
    """A room could not start or do what was asked; the message is one line for the user."""


def new_pin() -> str:
    """Four digits, shown on the wall: short enough to type on a phone."""
    return f"{secrets.randbelow(10_000):04d}"


@dataclass(frozen=True)
class RoomSettings:
    """Where to listen and the PIN phones type; a None PIN means one is drawn at start."""

    interface: str = "0.0.0.0"
    port: int = DEFAULT_PORT
    pin: str | None = None
    language: Literal["cy", "en"] = "en"
    can: frozenset[str] = field(default_factory=lambda: CAN_ALL)


@dataclass(frozen=True)
class Guest:
    """Someone who joined: a phone's browser or another Codesign."""

    id: str
    name: str
    kind: GuestKind
    joined_at: datetime.datetime
    connected: bool
