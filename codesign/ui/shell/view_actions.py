"""Handlers for the View menu, and the zoom level shown in the status bar.

Minimap and snap to grid are the facilitator's preferences rather than the board's, so they
carry over to the next board and the next session.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QLabel, QWidget

from codesign.canvas.minimap import Minimap
from codesign.canvas.view import BoardView
from codesign.ui.shell.view_prefs import ViewPrefs, load_prefs, save_prefs


class ViewActions(QObject):
    def __init__(self, view: Callable[[], BoardView], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._prefs = load_prefs()
        self.minimap_shown = self._prefs.minimap
        self.snap_to_grid = self._prefs.snap_to_grid
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("ZoomLevel")
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.zoom_label.setMinimumWidth(56)
        self.zoom_label.setToolTip(self.tr("Zoom level"))
        self.selection_label = QLabel()
        self.selection_label.setObjectName("SelectionCount")
        for label in (self.selection_label, self.zoom_label):
            label.setStyleSheet("QLabel { color: #5C5A55; padding: 0 10px; }")

    def handlers(self) -> dict[str, Callable[[], object]]:
        view = self._view
        return {
            "zoom_in": lambda: view().zoom_in(),
            "zoom_out": lambda: view().zoom_out(),
            "zoom_reset": lambda: view().reset_zoom(),
            "fit_board": lambda: view().fit_board(),
            "fit_selection": lambda: view().fit_selection(),
            "minimap": self.show_minimap,
            "snap": self.set_snap_to_grid,
        }

    def attach(self, view: BoardView) -> None:
        """Follow a newly shown board view: its zoom, and the window's view settings."""
        view.zoom_changed.connect(self._on_zoom_changed)
        self._on_zoom_changed(view.zoom())
        self.show_minimap(self.minimap_shown)
        self.set_snap_to_grid(self.snap_to_grid)

    def minimap(self) -> QWidget | None:
        return self._view().findChild(Minimap)

    @Slot(bool)
    def show_minimap(self, shown: bool) -> None:
        self.minimap_shown = shown
        self._remember()
        minimap = self.minimap()
        if minimap is not None:
            minimap.setVisible(shown)

    @Slot(bool)
    def set_snap_to_grid(self, snap: bool) -> None:
        self.snap_to_grid = snap
        self._remember()
        self._view().snap_to_grid = snap

    def show_selection_count(self, count: int) -> None:
        text = self.tr("%n selected", "", count) if count else ""
        self.selection_label.setText(text)

    def _remember(self) -> None:
        prefs = ViewPrefs(minimap=self.minimap_shown, snap_to_grid=self.snap_to_grid)
        if prefs != self._prefs:
            self._prefs = prefs
            save_prefs(prefs)

    @Slot(float)
    def _on_zoom_changed(self, zoom: float) -> None:
        percent = zoom_percent(zoom)
        text = self.tr("{percent} %") if percent else self.tr("under {percent} %")
        self.zoom_label.setText(text.format(percent=percent or LEAST_SHOWN))


LEAST_SHOWN = "0.01"
"""The smallest zoom written as a number: a board fitted from 0 to 10⁹ is far below it."""


def zoom_percent(zoom: float) -> str:
    """The zoom as a percentage: whole from 1 % up, two figures below (a board fitted at
    0.0042 reads "0.42 %", never "0 %"), and "" below LEAST_SHOWN."""
    percent = zoom * 100
    if percent >= 0.995:
        return str(round(percent))
    if percent >= float(LEAST_SHOWN):
        return f"{percent:.2g}"
    return ""
