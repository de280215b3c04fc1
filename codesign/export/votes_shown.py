"""Which votes an export shows: those of the latest round, unless its tally is still hidden.

A round with a hidden tally that is still open is a secret ballot in progress: the canvas shows
each voter only their own dots so early votes cannot sway later ones, and an export made
mid-round must not give the game away either. Once the round closes, its dots show.
"""

from collections import Counter

from codesign.model import Board, VotingRound


def shown_round(board: Board) -> VotingRound | None:
    if not board.rounds:
        return None
    latest = board.rounds[-1]
    return None if tally_hidden(latest) else latest


def tally_hidden(voting: VotingRound) -> bool:
    return voting.hide_tally and voting.status == "open"


def shown_tally(board: Board) -> dict[str, int]:
    """Dots per note id in the round an export shows (empty when none is shown)."""
    voting = shown_round(board)
    return voting.tally() if voting else {}


def ranked(tally: dict[str, int]) -> list[tuple[str, str, int]]:
    """(rank, note id, dots) from most dots down; equal totals share a rank, marked "=" as in
    league tables."""
    order = sorted(tally.items(), key=lambda pair: -pair[1])
    sharing = Counter(tally.values())
    rows = []
    first: dict[int, int] = {}
    for position, (note_id, dots) in enumerate(order, start=1):
        rank = first.setdefault(dots, position)
        rows.append((f"={rank}" if sharing[dots] > 1 else str(rank), note_id, dots))
    return rows
