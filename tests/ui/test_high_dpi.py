"""Sharp on 125-200 % screens: cached pictures and icons are made at the screen's pixel ratio."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from codesign.canvas import style
from codesign.canvas.device_pixels import device_ratio
from codesign.canvas.items import card
from codesign.ui.common.swatches import new_note_icon, swatch_icon
from codesign.ui.editing import touch_toolbar

ROOT = Path(__file__).resolve().parents[2]


def picture(ratio: float, paint) -> QImage:
    image = QImage(QSize(100, 100) * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint(painter)
    painter.end()
    return image


def largest_difference(first: QImage, second: QImage) -> int:
    worst = 0
    for y in range(first.height()):
        for x in range(first.width()):
            a, b = QColor(first.pixel(x, y)), QColor(second.pixel(x, y))
            worst = max(worst, abs(a.red() - b.red()), abs(a.green() - b.green()))
            worst = max(worst, abs(a.blue() - b.blue()))
    return worst


@pytest.mark.parametrize("ratio", [1.0, 1.5, 2.0])
def test_a_cached_note_paper_is_as_sharp_as_one_painted_directly(qapp, ratio):
    """At 200 % a cache made at the logical scale is stretched: every edge is two pixels wide."""
    rect = QRectF(20, 20, 60, 60)
    cached = picture(ratio, lambda painter: card.paint_card(painter, "yellow", rect))
    direct = picture(ratio, lambda painter: card.paint_paper(painter, "yellow", rect))
    assert largest_difference(cached, direct) <= 12


@pytest.mark.parametrize(
    "pen", [lambda r: style.edge_pen("blue", ratio=r), style.selection_outline]
)
def test_selection_lines_are_as_thick_on_every_screen(qapp, pen):
    """Cosmetic widths count device pixels: scaled by the ratio they stay 2 logical pixels."""

    def thickness(ratio: float) -> float:
        def paint(painter: QPainter) -> None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.scale(0.25, 0.25)  # any zoom: cosmetic pens ignore it
            painter.setPen(pen(device_ratio(painter)))
            painter.drawLine(0, 200, 400, 200)

        image = picture(ratio, paint)
        column = int(40 * ratio)
        inked = sum(
            1 for y in range(image.height()) if QColor(image.pixel(column, y)).lightness() < 200
        )
        return inked / ratio

    assert thickness(1.0) == thickness(2.0) == 2.0


def test_icons_have_a_pixmap_for_every_screen(qapp):
    for icon in (swatch_icon("pink"), new_note_icon(), touch_toolbar._glyph_icon(lambda p: None)):
        pixmap = icon.pixmap(QSize(16, 16), 2.0)
        assert pixmap.devicePixelRatio() == 2.0
        assert pixmap.width() == 32
        sizes = [size.width() for size in icon.availableSizes()]
        assert max(sizes) >= touch_toolbar.ICON_SIZE * 2, "a touch button at 200 % is not stretched"
        assert 24 in sizes, "a 16 px menu icon at 150 % is drawn for, not squeezed"


def test_the_window_draws_at_200_percent(tmp_path):
    """Qt's scale factor is read once at start, so a fresh process draws the window at 2×."""
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.high_dpi_session"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_SCALE_FACTOR": "2"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["policy"] == "PassThrough"
    assert report["window"] == report["grab"] == 2.0
    assert report["cards"] == [2.0]
    assert report["grid"] == report["overview"] == report["minimap"] == 2.0
    assert report["thumbnail"] == [640, 2.0]
    assert 40 in report["line_icon_sizes"], "a 20 px toolbar icon gets 40 px drawn for it"
