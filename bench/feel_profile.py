"""Where the time of one `bench.feel` scenario goes: cProfile over real paints of the window.

Run from the checkout: .venv/bin/python -m bench.feel_profile SCENARIO [NOTES]
SCENARIO is `zoom` (continuous Ctrl+wheel zoom at 50 %), `jump` (Fit -> 100 %), `board` (a
whole-board frame) or `tap` (a voting tap). Prints the top functions by cumulative and by own
time; time spent in Qt's C++ shows under the Python call that led to it (`processEvents`).
"""

import cProfile
import os
import pstats
import sys
import tempfile
from pathlib import Path

from bench.feel import SAMPLES, _frame, open_window, settle, wheel_event


def run(scenario: str, notes: int, board: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    app, window, _memory = open_window(board)
    view = window.view
    viewport = view.viewport()
    centre = view.board_scene.board_rect().center()
    themes = [r for r in view.board_scene.board_items() if type(r).__name__ == "ClusterItem"]
    profile = cProfile.Profile()
    if scenario == "zoom":
        view.set_zoom(0.5)
        view.centerOn(centre)
        settle(app)
        profile.enable()
        for step in range(SAMPLES):
            delta = 30 if (step // 10) % 2 == 0 else -30
            _frame(app, wheel_event(viewport, delta, ctrl=True))
        profile.disable()
    elif scenario == "jump":
        for index in range(SAMPLES // 2):
            target = themes[index * len(themes) // (SAMPLES // 2)].board_rect().center()
            view.fit_board()
            view.centerOn(target)
            settle(app, 0.2)
            profile.enable()
            _frame(app, view.reset_zoom)
            profile.disable()
    elif scenario == "board":
        view.fit_board()
        settle(app)
        profile.enable()
        for _ in range(SAMPLES):
            _frame(app, viewport.update)
        profile.disable()
    elif scenario == "tap":
        from codesign.commands.votes import add_anonymous_voters, start_round

        voters = add_anonymous_voters(window.document, 2).made
        start_round(window.document, "What matters most?", budget=1000)
        window.voting.choose_voter(voters[0])
        window.actions["voting_mode"].setChecked(True)
        view.set_zoom(1.0)
        notes_ = [n for n in view.board_scene.board_items() if type(n).__name__ == "NoteItem"]
        for index in range(SAMPLES // 2):
            note = notes_[index * len(notes_) // (SAMPLES // 2)]
            view.centerOn(note.board_rect().center())
            settle(app, 0.3)  # as bench.feel: the scroll's repaint is not the tap's
            pos = view.mapFromScene(note.board_rect().center())
            profile.enable()
            _frame(app, lambda p=pos: QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=p))
            profile.disable()
    stats = pstats.Stats(profile)
    stats.sort_stats("cumulative").print_stats(25)
    stats.sort_stats("tottime").print_stats(15)


def main() -> None:
    from bench.workshop import generated_board
    from codesign.storage import save_board

    scenario = sys.argv[1]
    notes = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    with tempfile.TemporaryDirectory() as folder:
        os.environ.update(HOME=folder, XDG_CONFIG_HOME=folder, XDG_DATA_HOME=folder)
        board = Path(folder) / "b.codesign.json"
        save_board(generated_board(notes), board, keep_backup=False)
        run(scenario, notes, board)
    os._exit(0)


if __name__ == "__main__":
    main()
