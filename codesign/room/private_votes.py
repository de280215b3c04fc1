"""Votes in a round with a hidden tally: they never enter the shared document until revealed.

Every joined client holds the whole shared document, so a dot written there is seen by all. While
a round's tally is hidden, a phone votes through `POST /room/vote` instead: the request crosses to
the Qt UI thread (`VoteRequest`), is checked by the round's rules and applied as a command, and
the answer tells that phone alone how its own dots stand. The host keeps each voter's own dots
here (`PrivateDots`, on the server's thread) for `GET /room/state`, and the shared round holds no
dots until the tally is revealed, when the host writes them all at once.
"""

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

VOTE_TIMEOUT = 5.0
"""Seconds a phone's vote may wait for the board (a modal dialog open on the laptop, say)."""


@dataclass(frozen=True)
class VoteRequest:
    """One dot placed (+1) or taken back (-1) by a phone; `answer` may be called from any
    thread, once: (HTTP status, JSON body)."""

    guest: str
    round_id: str
    note: str
    delta: int
    answer: Callable[[int, dict[str, Any]], None]


@dataclass
class PrivateDots:
    """Each voter's own dots in the open round whose tally is hidden: voter -> note -> count."""

    round_id: str | None = None
    by_voter: dict[str, dict[str, int]] = field(default_factory=dict)

    def mine(self, voter: str) -> list[dict[str, Any]]:
        dots = self.by_voter.get(voter, {})
        return [{"note": note, "count": count} for note, count in dots.items()]

    def replace(self, round_id: str | None, by_voter: dict[str, dict[str, int]]) -> None:
        self.round_id, self.by_voter = round_id, by_voter


def answer_from(loop: asyncio.AbstractEventLoop) -> tuple[asyncio.Future[Any], Callable[..., None]]:
    """A future on `loop` and a thread-safe way to settle it once."""
    future: asyncio.Future[Any] = loop.create_future()

    def settle(status: int, body: dict[str, Any]) -> None:
        def set_result() -> None:
            if not future.done():
                future.set_result((status, body))

        if not loop.is_closed():
            loop.call_soon_threadsafe(set_result)

    return future, settle
