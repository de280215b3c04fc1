"""F5 on the laptop: the window becomes the room's screen, with nothing on it but the board.

A mirrored projector shows the room exactly what the laptop shows, so while presenting the
window goes full screen and every piece of chrome (menus, toolbars, status bar, panels, the
minimap, the find bar and the touch toolbar) is put away; leaving puts back exactly what was
there and the window's own size. The window's shortcuts keep working with the menus hidden,
because the window carries its actions itself. Chrome that would show itself meanwhile (the pen
bar, when P is pressed mid-show) hears `changed` and waits for the end of the presentation.
Tooltips are chrome too: a note's, popping up where the pointer rests, would show the room.
"""

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMenuBar,
    QStatusBar,
    QToolBar,
    QToolTip,
    QWidget,
)
from shiboken6 import Shiboken

from codesign.canvas.minimap import Minimap
from codesign.ui.editing.find_bar import FindBar
from codesign.ui.editing.touch_toolbar import TouchToolbar

CHROME: tuple[type[QWidget], ...] = (
    QMenuBar,
    QToolBar,
    QStatusBar,
    QDockWidget,
    Minimap,
    FindBar,
    TouchToolbar,
)
"""What a presentation puts away."""


class PresentingWindow(QObject):
    changed = Signal(bool)
    """Presenting began (True) or ended (False), after the chrome was put away or back."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._hidden: list[QWidget] = []
        self._state: Qt.WindowState | None = None

    @property
    def presenting(self) -> bool:
        return self._state is not None

    def set_presenting(self, on: bool) -> None:
        app = QApplication.instance()
        if on and self._state is None:
            self._enter()
            QToolTip.hideText()
            if app is not None:
                app.installEventFilter(self)
            self.changed.emit(True)
        elif not on and self._state is not None:
            if app is not None:
                app.removeEventFilter(self)
            self._leave()
            self.changed.emit(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """No tooltip in this window while it is the room's screen."""
        if event.type() == QEvent.Type.ToolTip and isinstance(watched, QWidget):
            return watched.window() is self.window
        return False

    def _enter(self) -> None:
        window = self.window
        self._state = window.windowState()
        self._hidden = [
            widget
            for kind in CHROME
            for widget in window.findChildren(kind)
            if widget.isVisible() and not widget.isWindow()
        ]
        for widget in self._hidden:
            widget.hide()
        window.showFullScreen()

    def _leave(self) -> None:
        """Chrome back as it was; a widget thrown away meanwhile (another board's minimap)
        is skipped."""
        state, self._state = self._state, None
        for widget in self._hidden:
            if Shiboken.isValid(widget):
                widget.show()
        self._hidden = []
        assert state is not None
        if state & Qt.WindowState.WindowFullScreen:
            return
        self.window.setWindowState(state)
        if not state & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowMinimized):
            self.window.showNormal()
