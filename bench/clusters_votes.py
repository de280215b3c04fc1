"""Cluster and vote commands on a generated 10,000-note board (100 clusters, 60 voters).

Run from the checkout: .venv/bin/python -m bench.clusters_votes [NOTES]
What a facilitator feels: the end of a drag of 200 notes, tidying a 100-note cluster, one dot,
the results table, and "Suggest clusters" over every note. Prints median and p95 in ms.
"""

import sys

from PySide6.QtCore import QCoreApplication

from bench.workshop import generated_board, timed
from codesign.commands.cluster_suggestions import suggestions
from codesign.commands.clusters import tidy_cluster
from codesign.commands.moves import move_items
from codesign.commands.votes import (
    add_anonymous_voters,
    place_dot,
    round_results,
    start_round,
    take_back_dot,
)
from codesign.document import BoardDocument
from codesign.model import Board, Cluster, Note

RUNS = 15


def main() -> None:
    notes = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    _app = QCoreApplication.instance() or QCoreApplication([])
    board = generated_board(notes)
    document = BoardDocument(board)
    undo = document.undo_stack.undo
    cluster = next(document.records_of(Cluster))
    free = list(document.records_of(Note))[:200]
    voters = add_anonymous_voters(document, 60).made
    round_id = start_round(document, "What matters most?", budget=3).made_id
    print(f"{notes} notes, {RUNS} runs, times in ms")
    print(f"| {'action':<44} | {'median':>8} | {'p95':>8} |")
    print(f"| {'-' * 44} | {'-' * 8}:| {'-' * 8}:|")
    timed(
        "drop 200 notes (membership follows)",
        lambda: move_items(document, {n.id: (n.x + 37, n.y + 11) for n in free}),
        undo,
    )
    timed(
        "move a cluster with its notes",
        lambda: move_items(document, {cluster.id: (cluster.x + 500, cluster.y)}),
        undo,
    )
    timed(
        f"tidy a {len(cluster.members)}-note cluster",
        lambda: tidy_cluster(document, cluster.id),
        undo,
    )
    timed(
        "place a dot",
        lambda: place_dot(document, round_id, voters[0], cluster.members[0]),
        undo,
    )
    for index, voter in enumerate(voters):
        place_dot(document, round_id, voter, f"n{index * 7 % notes}")
    timed(
        "take back a dot (60 voters have voted)",
        lambda: take_back_dot(document, round_id, voters[0], "n0"),
        undo,
    )
    unclustered = BoardDocument(
        Board(items=tuple(i for i in board.items if not isinstance(i, Cluster)))
    )
    timed(
        "results: rank every note and cluster",
        lambda: round_results(document, round_id),
        lambda: None,
    )
    timed(
        "suggest clusters (all notes unclustered)", lambda: suggestions(unclustered), lambda: None
    )


if __name__ == "__main__":
    main()
