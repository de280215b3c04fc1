"""Journey map edits on a big board: a 10,000-note wall with a 7x5 map holding 350 notes.

Run: .venv/bin/python -m bench.journeys [NOTES]
Every edit here runs once per gesture (on release), so the goal is well under a frame (16 ms)
for the pure rules and a few frames for a whole undo step. Prints median and p95 of many runs.
"""

import statistics
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from codesign.commands import journeys
from codesign.commands.moves import move_items
from codesign.document import BoardDocument
from codesign.model import Board, JourneyMap, Note, Placement
from codesign.model import journey_ops as ops
from codesign.model.journey_drops import drop_note
from codesign.model.journey_geometry import cell_rect

RUNS = 41
PER_CELL = 10


def generated_board(loose_notes: int) -> Board:
    journey = ops.new_journey(
        0,
        -4000,
        "ServiceLand",
        [f"Stage {s}" for s in range(7)],
        [f"Lane {lane}" for lane in range(5)],
        "How it feels",
        "journey",
    )
    notes: dict[str, Note] = {}
    placements = []
    for stage in journey.stages:
        for lane in journey.lanes[:-1]:
            for n in range(PER_CELL):
                note = Note(id=f"{stage.id}-{lane.id}-{n}", text="Six weeks and no news")
                notes[note.id] = note
                placements.append(Placement(note=note.id, stage=stage.id, lane=lane.id))
    journey = journey.model_copy(update={"placements": tuple(placements)})
    edit = ops.settle(journey, notes)
    notes.update({note.id: note for note in edit.notes})
    loose = [
        Note(id=f"n{i}", x=(i % 100) * 180.0, y=(i // 100) * 180.0, text="Tell it once")
        for i in range(loose_notes - len(notes))
    ]
    return Board(title="Benchmark", items=(edit.journey, *notes.values(), *loose))


def timed(action: Callable[[], object]) -> list[float]:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    QCoreApplication([])
    document = BoardDocument(generated_board(total))
    journey = document.get("journey")
    assert isinstance(journey, JourneyMap)
    placed = journeys.placed_notes(document, journey)
    stage, lane = journey.stages[3].id, journey.lanes[2].id
    x, y, w, h = cell_rect(journey, stage, lane)
    dragged = Note(id="n0", x=x + w / 2 - 80, y=y + h / 2 - 80)
    undo = document.undo_stack.undo
    rows = [
        ("settle (pure, 350 placed notes)", timed(lambda: ops.settle(journey, placed))),
        ("drop one note (pure)", timed(lambda: drop_note(journey, placed, dragged))),
        (
            "drag end: moved_records (10k-note board)",
            timed(lambda: journeys.moved_records(document, [dragged])),
        ),
        (
            "move command (drop into a cell) + undo",
            timed(lambda: (move_items(document, {"n0": (dragged.x, dragged.y)}), undo())),
        ),
        (
            "move map with 350 notes + undo",
            timed(lambda: (move_items(document, {"journey": (500, -4000)}), undo())),
        ),
        (
            "reorder stage + undo",
            timed(lambda: (journeys.move_stage(document, "journey", stage, 0), undo())),
        ),
        (
            "resize lane + undo",
            timed(lambda: (journeys.resize_lane(document, "journey", lane, 900), undo())),
        ),
    ]
    print(f"{total} notes on the board, {len(placed)} in the map, {RUNS} runs")
    print(f"{'edit':44} {'median ms':>10} {'p95 ms':>10}")
    for name, times in rows:
        p95 = statistics.quantiles(times, n=20)[-1]
        print(f"{name:44} {statistics.median(times):10.2f} {p95:10.2f}")


if __name__ == "__main__":
    main()
