"""What a person feels in the window, measured on real paints of the real window's viewport.

Run from the checkout: .venv/bin/python -m bench.feel [NOTES ...]   (default 1000 10000)
Each size opens a generated board file in the real MainWindow (one fresh process per size, on
the display in $DISPLAY, or offscreen) and times input events through to the painted and
flushed frame (`processEvents` after the event). Beside each figure is a floor measured in the
same process: a bare QWidget drawing the same notes as rectangles at the same zoom.
Printed per size: median and p95 in ms, the floor's, the ratio, the 1-minute load average.
Gestures are timed once the board has finished building its note items in the background after
its first frame (that time is printed too). Memory per note is printed whole and over its own
floor: the same window opened on a board with no notes and browsed the same way, in a process
of its own in the same run.
The first frame after a zoom jump is the jump and one synchronous repaint: notes whose text is
not yet pictured show their paper and fill in over the next frames (`items.note_snapshot`).
"""

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.feel_floor import FloorView, Painted, rss_kb, summary

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = 40


def _frame(app: object, action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    app.processEvents()  # type: ignore[attr-defined]
    return (time.perf_counter() - start) * 1000


def first_frame(widget: object, action: Callable[[], object]) -> float:
    """The action and the widget's next frame painted and flushed, and nothing else the event
    loop has waiting (the text that follows a few frames later is not this frame)."""
    start = time.perf_counter()
    action()
    widget.repaint()  # type: ignore[attr-defined]
    return (time.perf_counter() - start) * 1000


def settle(app: object, seconds: float = 0.4) -> None:
    """Let the window finish what it does after a change (pictures made a few a frame, notes
    switched in chunks), as a person looks before the next gesture."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.005)


def settle_until_idle(app: object, cap: float = 60.0) -> float:
    """Seconds until the event loop has had nothing to do for 0.2 s: a large board builds its
    note items after its first frame, and a gesture timed during that times the build too."""
    start = last_busy = time.perf_counter()
    while time.perf_counter() - last_busy < 0.2 and time.perf_counter() - start < cap:
        before = time.perf_counter()
        app.processEvents()  # type: ignore[attr-defined]
        if time.perf_counter() - before > 0.001:
            last_busy = time.perf_counter()
        time.sleep(0.002)
    return last_busy - start


def wheel_event(viewport: object, dy: int, ctrl: bool, dx: int = 0) -> Callable[[], None]:
    """A wheel turn at the viewport's centre, as a callable that sends it (Ctrl: a zoom)."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    centre = QPointF(viewport.width() / 2, viewport.height() / 2)  # type: ignore[attr-defined]
    modifiers = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    where = QPointF(viewport.mapToGlobal(centre.toPoint()))  # type: ignore[attr-defined]

    def send() -> None:
        event = QWheelEvent(
            centre,
            where,
            QPoint(),
            QPoint(dx, dy),
            Qt.MouseButton.NoButton,
            modifiers,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(viewport, event)

    return send


def open_window(board: Path) -> tuple:
    """The app, and its window on `board` shown at 1920x1080 with its first frames out; and the
    process's memory before the window was made (KB)."""
    from codesign.ui.app import create_application
    from codesign.ui.shell.main_window import MainWindow

    app = create_application()
    rss_start = rss_kb()
    window = MainWindow()
    window.resize(1920, 1080)
    window.show()
    window.files.open_path(board)
    for _ in range(20):
        app.processEvents()
    return app, window, rss_start


def measure(notes: int, board: Path) -> dict:
    app, window, rss_start = open_window(board)
    built = settle_until_idle(app)
    view = window.view
    viewport = view.viewport()
    rss_open = rss_kb()
    floor = FloorView(board, viewport.size())
    floor.show()
    painted = Painted(viewport)
    result: dict = {
        "notes": notes,
        "viewport": f"{viewport.width()}x{viewport.height()}",
        "built after first frame": built,
    }

    def pair(name: str, ours: list[float], bare: list[float]) -> None:
        result[name] = summary(ours, bare)

    centre = view.board_scene.board_rect().center()
    for label, zoom in (("zoom 50%", 0.5), ("zoom 40%", 0.4)):
        view.set_zoom(zoom)
        view.centerOn(centre)
        settle(app, 1.0)
        settle_until_idle(app)
        floor.set_view(zoom, centre)
        ours, bare = [], []
        for step in range(SAMPLES):
            delta = 30 if (step // 10) % 2 == 0 else -30  # pinch in and out around the zoom
            ours.append(_frame(app, wheel_event(viewport, delta, ctrl=True)))
            bare.append(_frame(app, lambda d=delta: floor.zoom_by(1.0015**d)))
        pair(f"continuous {label}", ours, bare)
    ours, bare = [], []
    themes = [r for r in view.board_scene.board_items() if type(r).__name__ == "ClusterItem"]
    for index in range(min(SAMPLES // 2, len(themes))):
        target = themes[index * len(themes) // (SAMPLES // 2)].board_rect().center()
        view.fit_board()
        view.centerOn(target)
        settle(app, 0.2)
        ours.append(first_frame(viewport, view.reset_zoom))
        settle(app, 0.2)
        floor.set_view(0.05, target)
        app.processEvents()
        bare.append(first_frame(floor, lambda t=target: floor.set_view(1.0, t)))
    pair("zoom jump fit -> 100%", ours, bare)
    for label, zoom in (("pan 100%", 1.0), ("pan 50%", 0.5)):
        view.set_zoom(zoom)
        view.centerOn(centre)
        settle(app)
        floor.set_view(zoom, centre)
        painted.clear()
        ours = [_frame(app, wheel_event(viewport, -11, ctrl=False, dx=-37)) for _ in range(SAMPLES)]
        bare = [_frame(app, lambda: floor.pan_by(37, 11)) for _ in range(SAMPLES)]
        pair(label, ours, bare)
        result[label]["area"] = painted.median_share()
    view.fit_board()
    settle(app)
    result["fit"] = {
        "zoom": view.zoom(),
        "whole": view.visible_rect().contains(view.board_scene.board_rect()),
    }
    floor.set_view(view.zoom(), view.board_scene.board_rect().center())
    ours = [_frame(app, viewport.update) for _ in range(SAMPLES)]
    bare = [_frame(app, floor.update) for _ in range(SAMPLES)]
    pair("whole board frame", ours, bare)
    browse(app, view, themes)
    result["KB/note after open"] = (rss_open - rss_start) / notes
    result["KB/note after browsing"] = (rss_kb() - rss_start) / notes
    result["tap in voting mode"] = tap_in_voting_mode(app, window, themes)
    result["load"] = os.getloadavg()[0]
    return result


def browse(app: object, view: object, themes: list) -> None:
    """Visit every zoom band, and at each a spread of themes, as a facilitator looks around."""
    for zoom in (1.0, 0.75, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05):
        view.set_zoom(zoom)  # type: ignore[attr-defined]
        for theme in themes[:: max(1, len(themes) // 8)]:
            view.centerOn(theme.board_rect().center())  # type: ignore[attr-defined]
            settle(app, 0.1)
        settle(app, 0.1)


def window_memory(board: Path) -> dict:
    """The memory floor: the same window on a board with no notes, browsed the same way (Qt,
    fonts, Python and the model's code: what a board of any size costs before its notes)."""
    app, window, rss_start = open_window(board)
    rss_open = rss_kb()
    browse(app, window.view, [])
    return {"open": rss_open - rss_start, "browsed": rss_kb() - rss_start}


def tap_in_voting_mode(app: object, window: object, themes: list) -> dict:
    """A voter's tap on a note through the window: the dot placed and the note repainted."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from codesign.commands.votes import add_anonymous_voters, start_round

    document = window.document  # type: ignore[attr-defined]
    view = window.view  # type: ignore[attr-defined]
    voters = add_anonymous_voters(document, 2).made
    start_round(document, "What matters most?", budget=1000)
    window.voting.choose_voter(voters[0])  # type: ignore[attr-defined]
    window.actions["voting_mode"].setChecked(True)  # type: ignore[attr-defined]
    view.set_zoom(1.0)
    samples = []
    notes = [n for n in view.board_scene.board_items() if type(n).__name__ == "NoteItem"]
    for index in range(SAMPLES // 2):
        note = notes[index * len(notes) // (SAMPLES // 2)]
        view.centerOn(note.board_rect().center())
        settle(app, 0.3)  # the voter looks at the note before tapping it
        pos = view.mapFromScene(note.board_rect().center())
        samples.append(
            _frame(
                app,
                lambda p=pos: QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=p),
            )
        )
    from codesign.model import VotingRound

    dots = sum(len(r.dots) for r in document.records_of(VotingRound))
    return {**summary(samples, samples), "dots": dots}


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--one":
        print(json.dumps(measure(int(sys.argv[2]), Path(sys.argv[3]))), flush=True)
        os._exit(0)  # the window is left as it is: no autosave, no questions at exit
    if len(sys.argv) == 3 and sys.argv[1] == "--window":
        print(json.dumps(window_memory(Path(sys.argv[2]))), flush=True)
        os._exit(0)
    from bench.feel_floor import print_table
    from bench.workshop import generated_board
    from codesign.storage import save_board

    sizes = [int(arg) for arg in sys.argv[1:]] or [1000, 10_000]
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "HOME": folder, "XDG_CONFIG_HOME": folder, "XDG_DATA_HOME": folder}
        if not env.get("DISPLAY"):
            env["QT_QPA_PLATFORM"] = "offscreen"

        def run(*args: str) -> dict:
            out = subprocess.run(
                [sys.executable, "-m", "bench.feel", *args],
                check=True,
                cwd=ROOT,
                capture_output=True,
                text=True,
                env=env,
            ).stdout
            return json.loads(out.strip().splitlines()[-1])

        empty = Path(folder) / "empty.codesign.json"
        save_board(generated_board(0), empty, keep_backup=False)
        window = run("--window", str(empty))
        for notes in sizes:
            board = Path(folder) / f"b{notes}.codesign.json"
            save_board(generated_board(notes), board, keep_backup=False)
            print_table(run("--one", str(notes), str(board)), window)


if __name__ == "__main__":
    main()
