"""The floor for bench.feel: a bare QWidget that draws the same notes as rectangles from the
same JSON, at the same zoom; and the small tools the bench shares (paint areas, RSS, rows)."""

import bisect
import json
import statistics
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from bench.workshop import p95


class FloorView(QWidget):
    """Notes sorted by x, so a frame looks up the visible ones with a bisect, as an index would."""

    def __init__(self, board: Path, size: QSize) -> None:
        super().__init__()
        with board.open(encoding="utf-8") as stream:
            items = json.load(stream)["board"]["items"]
        notes = sorted((i for i in items if i["kind"] == "note"), key=lambda i: i["x"])
        self._xs = [n["x"] for n in notes]
        self._notes = [
            (QRectF(n["x"], n["y"], n.get("width", 160), n.get("height", 160)), QColor(n["colour"]))
            for n in notes
        ]
        self._zoom = 1.0
        self._centre = QPointF()
        self.resize(size)

    def set_view(self, zoom: float, centre: QPointF) -> None:
        self._zoom, self._centre = zoom, QPointF(centre)
        self.update()

    def zoom_by(self, factor: float) -> None:
        self.set_view(self._zoom * factor, self._centre)

    def pan_by(self, dx: float, dy: float) -> None:
        self.set_view(self._zoom, self._centre + QPointF(dx, dy) / self._zoom)

    def paintEvent(self, _event: object) -> None:
        half_w, half_h = self.width() / 2 / self._zoom, self.height() / 2 / self._zoom
        left, right = self._centre.x() - half_w - 160, self._centre.x() + half_w
        top, bottom = self._centre.y() - half_h - 160, self._centre.y() + half_h
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#f7f7f5"))
        painter.translate(self.width() / 2, self.height() / 2)
        painter.scale(self._zoom, self._zoom)
        painter.translate(-self._centre)
        for rect, colour in self._notes[
            bisect.bisect_left(self._xs, left) : bisect.bisect_right(self._xs, right)
        ]:
            if top <= rect.y() <= bottom:
                painter.fillRect(rect, colour)
        painter.end()


class Painted(QObject):
    """Records the share of the viewport each paint covers (1.0: the whole viewport)."""

    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self._viewport = viewport
        self.shares: list[float] = []
        viewport.installEventFilter(self)

    def clear(self) -> None:
        self.shares = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            area = sum(r.width() * r.height() for r in event.region())  # type: ignore[attr-defined]
            self.shares.append(area / (self._viewport.width() * self._viewport.height()))
        return False

    def median_share(self) -> float:
        return statistics.median(self.shares) if self.shares else 0.0


def rss_kb() -> float:
    import os

    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1024


def summary(ours: list[float], bare: list[float]) -> dict:
    return {
        "median": statistics.median(ours),
        "p95": p95(ours),
        "floor median": statistics.median(bare),
        "floor p95": p95(bare),
    }


def print_table(row: dict, window: dict) -> None:
    """One size's table; `window` is the memory floor, the same window with no notes."""
    print(f"\n{row['notes']} notes, viewport {row['viewport']}, load {row['load']:.1f}")
    print(
        f"| {'what':<24} | {'median':>7} | {'p95':>7} | {'floor':>7} | {'fl p95':>7} "
        f"| {'p95/fl':>6} |"
    )
    print(f"| {'-' * 24} | {'-' * 6}: | {'-' * 6}: | {'-' * 6}: | {'-' * 6}: | {'-' * 5}: |")
    for name, value in row.items():
        if isinstance(value, dict) and "median" in value:
            ratio = value["p95"] / value["floor p95"] if value["floor p95"] else 0
            extra = f" repaint {value['area']:.0%} of the viewport" if "area" in value else ""
            extra += f" ({value['dots']} dots placed)" if "dots" in value else ""
            print(
                f"| {name:<24} | {value['median']:7.1f} | {value['p95']:7.1f} "
                f"| {value['floor median']:7.1f} | {value['floor p95']:7.1f} "
                f"| {ratio:5.1f}x |{extra}"
            )
    notes = row["notes"]
    for name, floor in (("after open", window["open"]), ("after browsing", window["browsed"])):
        whole = row[f"KB/note {name}"]
        print(
            f"KB/note {name}: {whole:.1f}; over the window with no notes "
            f"({floor / 1024:.0f} MB): {whole - floor / notes:.1f}"
        )
    built = row["built after first frame"]
    print(f"Note items built in the background after the first frame: {built:.1f} s")
    fit = row["fit"]
    print(f"Fit board: zoom {fit['zoom']:.1%}, whole board shown: {fit['whole']}")
