"""The boards and timing every benchmark shares, so their figures describe the same wall.

A generated board looks like a big workshop: square themes of notes (10 by 10 for 100 notes),
ten themes to a row, texts of 4 to 15 words in English and Welsh, 60 participants.
"""

import json
import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any

from codesign.model import Board, Cluster, Note, Participant
from codesign.model.palette import STICKY_PALETTE
from codesign.storage import board_to_bytes

WORDS = [
    "tell",
    "it",
    "once",
    "plain",
    "english",
    "waiting",
    "forms",
    "named",
    "contact",
    "croeso",
    "gymraeg",
    "evidence",
    "lift",
    "off",
    "collaboration",
    "influence",
    "advocacy",
    "letters",
    "phone",
    "ring",
    "back",
    "ŵyr",
    "ŷd",
]
NOTE_PITCH = 180.0
THEME_PITCH = 2000.0


def generated_board(notes: int, clusters: int = 100, words: Sequence[str] = WORDS) -> Board:
    """`notes` notes shared out over `clusters` square themes, each fitted round its notes."""
    colours = list(STICKY_PALETTE)
    per_cluster = max(1, -(-notes // clusters))
    side = max(1, round(per_cluster**0.5 + 0.499))
    pitch = max(THEME_PITCH, side * NOTE_PITCH + 200)
    items: list = []
    for index in range(notes):
        group, place = divmod(index, per_cluster)
        items.append(
            Note(
                id=f"n{index}",
                x=(group % 10) * pitch + 20 + (place % side) * NOTE_PITCH,
                y=(group // 10) * pitch + 70 + (place // side) * NOTE_PITCH,
                text=" ".join(words[(index * 7 + k) % len(words)] for k in range(4 + index % 12)),
                colour=colours[index % len(colours)],
                author=f"Participant {index % 60}",
            )
        )
    for group in range(-(-notes // per_cluster)):
        members = tuple(
            f"n{i}" for i in range(group * per_cluster, min(notes, (group + 1) * per_cluster))
        )
        items.append(
            Cluster(
                id=f"c{group}",
                x=(group % 10) * pitch,
                y=(group // 10) * pitch,
                width=side * NOTE_PITCH + 20,
                height=side * NOTE_PITCH + 70,
                title=f"Theme {group + 1}: {WORDS[group % len(WORDS)]}",
                members=members,
            )
        )
    participants = tuple(Participant(id=f"p{i}", name=f"Participant {i}") for i in range(60))
    return Board(title="Benchmark board", participants=participants, items=tuple(items))


def board_data(notes: int, clusters: int = 100) -> dict[str, Any]:
    """The same board as loaded JSON, for timing validation as part of opening a file."""
    return json.loads(board_to_bytes(generated_board(notes, clusters)))["board"]


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def timed(
    label: str, action: Callable[[], object], undo: Callable[[], object], runs: int = 15
) -> None:
    """Print a table row: median and p95 of `action` in ms, undoing after each run."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
        undo()
    print(f"| {label:<46} | {statistics.median(samples):8.2f} | {p95(samples):8.2f} |")
