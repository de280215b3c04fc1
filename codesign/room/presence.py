"""Who else is in the room and where they look, read from y-websocket awareness. No Qt.

Awareness states come from other clients, so they are untrusted: a name is cut to a line of
plain text, a view must be four finite numbers of a sane size, anything else is left out.
"""

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

MAX_NAME = 60
MAX_PEERS = 200
"""Peers shown at most: a room of sixty phones and a few tables, with room to spare."""
LIMIT = 1e7
"""Board coordinates beyond this are not a view anyone has."""

View = tuple[float, float, float, float]


@dataclass(frozen=True)
class Peer:
    name: str
    kind: str
    view: View | None


def peers_from(states: Mapping[int, Any], own: int | None) -> list[Peer]:
    """Every other client's presence, co-editing Codesigns first, then by name."""
    peers: list[Peer] = []
    for client, state in states.items():
        if client == own or not isinstance(state, Mapping):
            continue
        name = state.get("name")
        text = " ".join(str(name).split())[:MAX_NAME] if isinstance(name, str) else ""
        kind = "codesign" if state.get("kind") == "codesign" else "phone"
        peers.append(Peer(text, kind, _view(state.get("view"))))
        if len(peers) >= MAX_PEERS:
            break
    return sorted(peers, key=lambda p: (p.kind != "codesign", p.name.casefold()))


def view_state(x: float, y: float, w: float, h: float) -> dict[str, float]:
    return {"x": round(x, 1), "y": round(y, 1), "w": round(w, 1), "h": round(h, 1)}


def _view(value: Any) -> View | None:
    if not isinstance(value, Mapping):
        return None
    numbers = [value.get(name) for name in ("x", "y", "w", "h")]
    if not all(isinstance(n, int | float) and not isinstance(n, bool) for n in numbers):
        return None
    x, y, w, h = (float(n) for n in numbers)  # type: ignore[arg-type]
    if not all(math.isfinite(n) and abs(n) < LIMIT for n in (x, y, w, h)) or w <= 0 or h <= 0:
        return None
    return (x, y, w, h)
