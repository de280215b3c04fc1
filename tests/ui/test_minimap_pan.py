"""With the minimap shown, a pan repaints only the strip it exposes (and the minimap's corner),
not the whole board: the viewport's pixels are scrolled, and the minimap stays in its corner."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from codesign.canvas.minimap import Minimap
from tests.ui.conftest import make_window


class PaintedShare(QObject):
    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.shares: list[float] = []
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            area = sum(r.width() * r.height() for r in event.region())
            self.shares.append(area / (self._widget.width() * self._widget.height()))
        return False


def two_finger_pan(viewport, dx: int, dy: int) -> None:
    centre = QPointF(viewport.width() / 2, viewport.height() / 2)
    event = QWheelEvent(
        centre,
        QPointF(viewport.mapToGlobal(centre.toPoint())),
        QPoint(dx, dy),
        QPoint(dx, dy),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


OWN_PROCESS = "CODESIGN_MINIMAP_PAN_PROCESS"
"""Set in the fresh process that plays the pan (see the last test)."""


@pytest.mark.skipif(os.environ.get(OWN_PROCESS) != "1", reason="played in its own process")
def test_a_pan_repaints_the_exposed_strip_only(qtbot):
    window = make_window(qtbot)
    if not window.actions["minimap"].isChecked():
        window.actions["minimap"].trigger()
    minimap = window.findChild(Minimap)
    qtbot.waitUntil(minimap.isVisible)
    corner = minimap.mapTo(window, QPoint(0, 0))
    viewport = window.view.viewport()
    qtbot.wait(50)
    painted = PaintedShare(viewport)
    for _ in range(5):
        two_finger_pan(viewport, -37, -11)
        QApplication.processEvents()
    assert painted.shares and max(painted.shares) < 0.25
    assert minimap.mapTo(window, QPoint(0, 0)) == corner


def test_pans_scroll_pixels_in_a_fresh_process():
    """Played in a process of its own, as a facilitator starts the app: after a bare view
    walked with Tab earlier in the same test run, the offscreen platform repaints whole
    viewports on every scroll, whatever the app does."""
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"{__file__}::test_a_pan_repaints_the_exposed_strip_only",
        ],
        cwd=root,
        env={**os.environ, OWN_PROCESS: "1"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0 and "1 passed" in result.stdout, result.stdout[-2000:]
