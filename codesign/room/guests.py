"""Who joined a room: tokens, the PIN's back-off and per-guest rate limits. No Qt, no network.

Everything here runs on the server's asyncio thread.
"""

import datetime
import hmac
import secrets
import time
from dataclasses import dataclass, field

from codesign.room.settings import Guest, GuestKind

FREE_TRIES = 3
"""Wrong PINs from one address before it must wait: a typo or two costs nothing."""
LONGEST_WAIT = 300.0
RATE = 30.0
BURST = 120.0
"""Messages a guest may send per second, and in one burst: a phone sending its whole
offline stack at once fits; a script flooding the room does not."""


@dataclass
class GuestEntry:
    id: str
    name: str | None
    kind: GuestKind
    token: str
    joined_at: datetime.datetime
    connections: int = 0
    allowance: float = BURST
    checked: float = field(default_factory=time.monotonic)

    def as_guest(self) -> Guest:
        name = self.name or ""
        return Guest(self.id, name, self.kind, self.joined_at, self.connections > 0)

    def spend(self, now: float | None = None) -> bool:
        """Take one message from the token bucket; False when the guest is over the limit."""
        now = time.monotonic() if now is None else now
        self.allowance = min(BURST, self.allowance + (now - self.checked) * RATE)
        self.checked = now
        if self.allowance < 1.0:
            return False
        self.allowance -= 1.0
        return True


class PinGate:
    """Wrong PINs from one address make it wait 1, 2, 4 ... up to 300 seconds."""

    def __init__(self, pin: str) -> None:
        self.pin = pin
        self._failures: dict[str, int] = {}
        self._until: dict[str, float] = {}

    def wait(self, peer: str) -> float:
        """Seconds `peer` must still wait before trying again (0 = may try now)."""
        return max(0.0, self._until.get(peer, 0.0) - time.monotonic())

    def check(self, peer: str, pin: object) -> bool:
        if isinstance(pin, str) and hmac.compare_digest(pin.encode(), self.pin.encode()):
            self._failures.pop(peer, None)
            self._until.pop(peer, None)
            return True
        failures = self._failures.get(peer, 0) + 1
        self._failures[peer] = failures
        if failures >= FREE_TRIES:
            delay = min(LONGEST_WAIT, 2.0 ** (failures - FREE_TRIES))
            self._until[peer] = time.monotonic() + delay
        return False


class GuestBook:
    """Tokens per participant; a token is void once its guest is removed or the room ends."""

    def __init__(self) -> None:
        self._by_token: dict[str, GuestEntry] = {}
        self._by_id: dict[str, GuestEntry] = {}

    def admit(self, name: str | None, kind: GuestKind, wanted_id: str | None = None) -> GuestEntry:
        """A new guest, or the participant `wanted_id` back when no one connected holds it
        (a phone rejoining after the host restarted)."""
        held = self._by_id.get(wanted_id) if wanted_id else None
        if held is not None and held.connections == 0:
            self._by_token.pop(held.token, None)
            held.token = secrets.token_urlsafe(24)
            held.name = name or held.name
            self._by_token[held.token] = held
            return held
        reuse = wanted_id if wanted_id and wanted_id.startswith("p-") and not held else None
        guest_id = reuse if reuse and _plain(reuse) else f"p-{secrets.token_hex(6)}"
        entry = GuestEntry(
            guest_id, name, kind, secrets.token_urlsafe(24), datetime.datetime.now(datetime.UTC)
        )
        self._by_token[entry.token] = entry
        self._by_id[entry.id] = entry
        return entry

    def by_token(self, token: str | None) -> GuestEntry | None:
        return self._by_token.get(token or "")

    def by_id(self, guest_id: str) -> GuestEntry | None:
        return self._by_id.get(guest_id)

    def remove(self, guest_id: str) -> GuestEntry | None:
        entry = self._by_id.pop(guest_id, None)
        if entry is not None:
            self._by_token.pop(entry.token, None)
        return entry

    def all(self) -> list[Guest]:
        return [entry.as_guest() for entry in self._by_id.values()]


def _plain(guest_id: str) -> bool:
    return len(guest_id) <= 40 and all(c.isalnum() or c == "-" for c in guest_id)
