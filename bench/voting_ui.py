"""The canvas side of themes and voting on a 10,000-note board (100 clusters, 60 voters).

Run from the checkout: .venv/bin/python -m bench.voting_ui [NOTES]
What the person at the screen feels: one tap that places a dot (command, scene update and dots
redrawn), a tap refused over budget, one mouse move of a drag with the theme hint following,
and an edit of a note without dots (the votes layer must not walk the votes). Median and p95, ms.
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from bench.workshop import generated_board, timed
from codesign.canvas.scene import BoardScene
from codesign.canvas.votes_layer import VotesLayer
from codesign.canvas.voting_mode import VotingMode
from codesign.commands import record_change
from codesign.commands.votes import add_anonymous_voters, place_dot, start_round
from codesign.document import BoardDocument
from codesign.model import Cluster, Note

RUNS = 30


def main() -> None:
    notes = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    _app = QApplication.instance() or QApplication([])
    board = generated_board(notes)
    document = BoardDocument(board)
    scene = BoardScene(document)
    layer = VotesLayer(scene)
    mode = VotingMode(layer)
    voters = add_anonymous_voters(document, 60).made
    round_id = start_round(document, "What matters most?", budget=3).made_id
    for index, voter in enumerate(voters[1:], start=1):
        for k in range(3):
            place_dot(document, round_id, voter, f"n{(index * 37 + k * 1009) % notes}")
    layer.set_voter(voters[0])
    undo = document.undo_stack.undo
    cluster = next(document.records_of(Cluster))
    note = document.get(cluster.members[0])
    print(f"{notes} notes, 100 clusters, 177 dots placed, {RUNS} runs, times in ms")
    print(f"| {'action':<46} | {'median':>8} | {'p95':>8} |")
    print(f"| {'-' * 46} | {'-' * 8}:| {'-' * 8}:|")
    timed("tap: place a dot, scene and dots redrawn", lambda: mode.tap("n5"), undo)
    for target in ("n1", "n2", "n3"):
        mode.tap(target)
    timed("tap refused (over budget), message emitted", lambda: mode.tap("n4"), lambda: None)
    hint = scene.gestures.drop_hint
    timed(
        "drag: one mouse move of the theme hint",
        lambda: hint.follow(note, note.x + 40, note.y + 40, ()),
        hint.clear,
    )
    far = next(n for n in document.records_of(Note) if layer.dots_item(n.id) is None)
    timed(
        "edit a note without dots (layer ignores it)",
        lambda: record_change(document, "Edit", [far.model_copy(update={"text": "Croeso"})]),
        undo,
    )
    timed(
        "show/hide votes on the board",
        lambda: layer.set_shown(False),
        lambda: layer.set_shown(True),
    )


if __name__ == "__main__":
    main()
