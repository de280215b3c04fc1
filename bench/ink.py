"""Ink on the canvas: pan frame times on a board of 1,000 strokes of 200 points each.

Run: .venv/bin/python -m bench.ink [STROKES] [POINTS]   (default 1000 200)

A graphic recorder fills a wall with strokes; the board must still pan at full frame rate
(<= 16 ms a frame). Each frame renders the whole 1920x1080 view offscreen (`view.render`),
harsher than a real pan, which repaints only the strip scrolled in. The floor, measured in the
same run, draws the same visible strokes as plain cached QPainterPaths straight onto the image
(no scene, no items): the ratio is what the canvas costs over bare path drawing. Load is the
time from the board's JSON values to a shown view; the machine's load average is printed, as
two shared cores make every figure noisy.
"""

import math
import os
import random
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WIDTH, HEIGHT = 1920, 1080
PAN_STEPS = 40
WARM_UP = 5


def stroke_data(count: int, points: int) -> list[dict]:
    """Strokes as a recorder draws them: wavy lines and loops laid out on a wall."""
    from codesign.model.ink import make_stroke

    rng = random.Random(7)
    columns = max(1, int(math.sqrt(count * 1.6)))
    strokes = []
    for index in range(count):
        left, top = (index % columns) * 260.0, (index // columns) * 180.0
        phase, size = rng.uniform(0, 6.3), rng.uniform(60, 110)
        samples = [
            (
                left + 20 + 220 * step / points,
                top + 90 + size * math.sin(phase + step / 12) * 0.6,
                0.3 + 0.4 * abs(math.sin(step / 30)),
            )
            for step in range(points)
        ]
        stroke = make_stroke(f"s{index}", samples, "#1F5FAD", 4.0, z=index)
        strokes.append(stroke.model_dump(mode="json"))
    return strokes


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main(count: int, points: int) -> None:
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPen
    from PySide6.QtWidgets import QApplication

    from codesign.canvas.items.stroke import StrokeItem, ink_path
    from codesign.canvas.scene import BoardScene
    from codesign.canvas.view import BoardView
    from codesign.document import BoardDocument
    from codesign.model import Board
    from codesign.model.ink import pen_width, stroke_points
    from codesign.text import register_fonts

    app = QApplication.instance() or QApplication([])
    register_fonts()
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    data: dict = {"title": "Ink", "items": []}
    data["items"] = stroke_data(count, points)

    start = time.perf_counter()
    board = Board.model_validate(data)
    view = BoardView(BoardScene(BoardDocument(board)))
    view.resize(WIDTH, HEIGHT)
    view.show()
    app.processEvents()
    load_ms = (time.perf_counter() - start) * 1000

    paths = {s.id: (ink_path(stroke_points(s)), s) for s in board.items}

    def view_frame() -> float:
        begin = time.perf_counter()
        painter = QPainter(image)
        view.render(painter)
        painter.end()
        return (time.perf_counter() - begin) * 1000

    def floor_frame() -> float:
        """The same visible strokes, as cached paths drawn directly: no scene, no items."""
        shown = view.visible_rect()
        transform = view.viewportTransform()
        begin = time.perf_counter()
        painter = QPainter(image)
        painter.fillRect(image.rect(), QColor("#F7F6F3"))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(transform)
        for path, stroke in paths.values():
            if shown.intersects(path.boundingRect().translated(stroke.x, stroke.y)):
                pen = QPen(QColor(stroke.colour), pen_width(stroke))
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                painter.setPen(pen)
                painter.save()
                painter.translate(QPointF(stroke.x, stroke.y))
                painter.drawPath(path)
                painter.restore()
        painter.end()
        return (time.perf_counter() - begin) * 1000

    rows = []
    centre = view.board_scene.board_rect().center()
    for name, zoom in (("100%", 1.0), ("50%", 0.5), ("20%", 0.2), ("board", None)):
        if zoom is None:
            view.fit_board()
        else:
            view.set_zoom(zoom)
            view.centerOn(centre)
        canvas_times, floor_times = [], []
        for step in range(WARM_UP + PAN_STEPS):
            view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 37)
            view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 11)
            app.processEvents()
            canvas_ms, floor_ms = view_frame(), floor_frame()
            if step >= WARM_UP:
                canvas_times.append(canvas_ms)
                floor_times.append(floor_ms)
        visible = sum(
            1 for item in view.items(view.viewport().rect()) if isinstance(item, StrokeItem)
        )
        rows.append((name, visible, canvas_times, floor_times))

    load = os.getloadavg()
    print(f"ink: {count} strokes x {points} points, frames {WIDTH}x{HEIGHT}, full re-render")
    print(f"load (JSON values -> shown view): {load_ms:.0f} ms")
    print(f"load average: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} ({os.cpu_count()} cores)")
    print()
    print(
        f"{'zoom':<6} {'strokes':>7} {'median':>8} {'p95':>8} {'floor p95':>10} {'ratio':>6}"
        f" {'<=16 ms':>8}"
    )
    for name, visible, canvas_times, floor_times in rows:
        p95, floor95 = percentile(canvas_times, 0.95), percentile(floor_times, 0.95)
        print(
            f"{name:<6} {visible:>7} {statistics.median(canvas_times):>7.1f}m {p95:>7.1f}m"
            f" {floor95:>9.1f}m {p95 / max(floor95, 1e-6):>6.2f} {'yes' if p95 <= 16 else 'no':>8}"
        )


if __name__ == "__main__":
    arguments = [int(value) for value in sys.argv[1:3]]
    main(*(arguments + [1000, 200][len(arguments) :]))
