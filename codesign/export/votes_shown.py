"""Which votes an export shows: those of the latest round, unless its tally is still hidden.

A round with a hidden tally that is still open is a secret ballot in progress: the canvas shows
each voter only their own dots so early votes cannot sway later ones, and an export made
mid-round must not give the game away either. Once the round closes, its dots show.
"""

from collections.abc import Sequence

from codesign.model import Board, VotingRound


def shown_round(board: Board) -> VotingRound | None:
    return latest_shown(board.rounds)


def latest_shown(rounds: Sequence[VotingRound]) -> VotingRound | None:
    """The round an export shows out of the board's rounds in file order (the PNG asks with
    the open board's records, the PDF with a Board)."""
    if not rounds:
        return None
    latest = rounds[-1]
    return None if tally_hidden(latest) else latest


def tally_hidden(voting: VotingRound) -> bool:
    return voting.hide_tally and voting.status == "open"


def shown_tally(board: Board) -> dict[str, int]:
    """Dots per note id in the round an export shows (empty when none is shown)."""
    voting = shown_round(board)
    return voting.tally() if voting else {}
