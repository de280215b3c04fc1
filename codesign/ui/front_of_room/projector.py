"""The projector view: the same live board on the wall, with nothing but the board on it.

It is a second `BoardView` on the laptop's own `BoardScene`, so an edit shows on the wall in
the same frame it shows on the laptop, with no copy to keep in step. It takes no input that
could change the board, hides the pointer when it is still, and either follows the frame the
facilitator is presenting (and the laptop's Fit) or is left free.

On its own screen it is frameless and full screen and never takes the keyboard: the clicker's
keys keep reaching the laptop. On the laptop's own screen (one screen, or two mirrored) it
opens as an ordinary window instead, which can always be moved, closed or seen past.
"""

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QCloseEvent,
    QColor,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QVBoxLayout, QWidget

from codesign.canvas.items import NoteItem
from codesign.canvas.items.base import MIN_TEXT_PROPERTY, PRESENTING_PROPERTY
from codesign.canvas.scene import BoardScene
from codesign.canvas.view import BoardView
from codesign.ui.front_of_room.blank_cover import BlankCover
from codesign.ui.front_of_room.timer import WorkshopTimer
from codesign.ui.front_of_room.timer_widget import LargeTimerDisplay
from codesign.ui.front_of_room.view_animation import ViewAnimator

CURSOR_IDLE_MS = 2000
PROJECTOR_MIN_TEXT = 24.0
"""Screen pixels on the wall: the smallest note text a room reads from the back, at any zoom."""
WINDOWED_SHARE = 0.5
"""On the laptop's own screen the projector is a window this share of the screen's size."""
WINDOW_FRAME = 24
"""Pixels kept free for a window manager's title bar and borders round that window."""
HIGH_CONTRAST_BACKGROUND = QColor("#FFFFFF")


def available_screens() -> list[tuple[str, QScreen]]:
    """(menu text, screen) for every connected screen, the primary one marked."""
    primary = QGuiApplication.primaryScreen()
    screens = []
    for number, screen in enumerate(QGuiApplication.screens(), start=1):
        size = screen.geometry().size()
        text = QCoreApplication.translate("projector", "Screen {0}: {1} ({2} × {3})").format(
            number, screen.name() or screen.model(), size.width(), size.height()
        )
        if screen is primary:
            text += QCoreApplication.translate("projector", " (this laptop)")
        screens.append((text, screen))
    return screens


def shares_screen(screen: QScreen, other: QScreen | None) -> bool:
    """The same screen, or two that show the same pixels (mirrored) or overlap."""
    if other is None:
        return False
    if screen is other:
        return True
    siblings = screen.virtualSiblings()  # X screens apart each start at (0, 0)
    return other in siblings and screen.geometry().intersects(other.geometry())


def preferred_screen() -> QScreen | None:
    """A projector is usually the screen that is not the primary one."""
    primary = QGuiApplication.primaryScreen()
    others = [screen for screen in QGuiApplication.screens() if screen is not primary]
    return others[0] if others else primary


class ProjectorBoardView(BoardView):
    """A look-only view: the scene gets no pointer events from it, so nothing on the wall can
    be selected, moved, created or edited; it can still be panned and zoomed."""

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.high_contrast = False
        self.setInteractive(False)
        self.setDragMode(BoardView.DragMode.NoDrag)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.viewport().setProperty(PRESENTING_PROPERTY, True)
        self.setAccessibleName(QCoreApplication.translate("projector", "Projector view"))

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        if self.high_contrast:
            painter.fillRect(rect, QBrush(HIGH_CONTRAST_BACKGROUND))
        else:
            super().drawBackground(painter, rect)


class ProjectorWindow(QWidget):
    """The wall's window: the projector view, the large timer, and a black cover for blanking."""

    closed = Signal()
    """Escape, or the window closed another way: the Present menu unticks it."""

    def __init__(self, scene: BoardScene, timer: WorkshopTimer | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(QCoreApplication.translate("projector", "Codesign projector"))
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.following = True
        self.focus_rect: QRectF | None = None
        self.high_contrast = False
        self.large_text = False
        self.windowed = False
        self.timer_display: LargeTimerDisplay | None = None
        self.timer: WorkshopTimer | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(CURSOR_IDLE_MS)
        self._idle.timeout.connect(self._hide_cursor)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.view = self._make_view(scene)
        self.animator = ViewAnimator(self.view)
        self.blank_cover = BlankCover(self)
        self._idle.start()
        if timer is not None:
            self.set_timer(timer)

    def set_scene(self, scene: BoardScene) -> None:
        """Show another board (the laptop opened one) in place of the current one."""
        self.animator.stop()
        old = self.view
        self.view = self._make_view(scene)
        self.animator = ViewAnimator(self.view)
        self._layout.removeWidget(old)
        old.deleteLater()
        self.focus_rect = None
        self.set_blank(self.is_blank())

    def _make_view(self, scene: BoardScene) -> ProjectorBoardView:
        view = ProjectorBoardView(scene, self)
        view.high_contrast = self.high_contrast
        self._apply_large_text(view)
        self._keep_timer_clear(view)
        view.overlays_changed.connect(self._on_overlays_changed)
        view.viewport().setMouseTracking(True)
        view.viewport().installEventFilter(self)
        self._layout.addWidget(view)
        return view

    # --- where it shows ------------------------------------------------------------------------

    def show_on(self, screen: QScreen | None, laptop: QScreen | None = None) -> None:
        """Full screen on `screen`, or a window on it when that is the `laptop`'s own screen
        (one screen, or mirrored): a full-screen wall there would hide the laptop."""
        screen = screen or preferred_screen()
        self.windowed = screen is not None and shares_screen(screen, laptop)
        flags = Qt.WindowType.Window
        if not self.windowed:
            flags |= Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowDoesNotAcceptFocus
        if self.windowFlags() != flags:
            self.setWindowFlags(flags)
        if screen is not None:
            self.setScreen(screen)
            area = screen.availableGeometry() if self.windowed else screen.geometry()
            if self.windowed:
                width, height = (
                    int(area.width() * WINDOWED_SHARE),
                    int(area.height() * WINDOWED_SHARE),
                )
                # Room for the window manager's title bar and edges round the window.
                self.setGeometry(
                    area.right() - width - WINDOW_FRAME,
                    area.bottom() - height - 2 * WINDOW_FRAME,
                    width,
                    height,
                )
            else:
                self.setGeometry(area)
        # show(), not showFullScreen(), which would also ask for the keyboard.
        self.setWindowState(
            Qt.WindowState.WindowNoState if self.windowed else Qt.WindowState.WindowFullScreen
        )
        self.show()
        if self.focus_rect is not None:
            self.animator.animate_to(self.focus_rect, animated=False)

    # --- what it shows -------------------------------------------------------------------------

    def follow(self, rect: QRectF, animated: bool = True) -> None:
        """The facilitator's focus moved: ease to it, unless the projector has been set free."""
        self.focus_rect = QRectF(rect)
        if self.following:
            self.animator.animate_to(rect, animated)

    def set_following(self, on: bool) -> None:
        """Free lets the wall stay on an overview while the facilitator works elsewhere."""
        self.following = on
        if on and self.focus_rect is not None:
            self.animator.animate_to(self.focus_rect)
        elif not on:
            self.animator.stop()

    def show_rect(self, rect: QRectF) -> None:
        """Show `rect` now, following or not: where the wall starts when it is opened."""
        self.focus_rect = QRectF(rect)
        self.animator.animate_to(rect, animated=False)

    def show_board(self) -> None:
        self.animator.animate_to(self.view.board_scene.board_rect())

    def set_blank(self, on: bool) -> None:
        """A black wall (a clicker's B or '.'), with a running timer still on it."""
        self.blank_cover.set_shown(on)
        if self.timer_display is not None:
            self.timer_display.raise_()

    def is_blank(self) -> bool:
        return not self.blank_cover.isHidden()

    def set_large_text(self, on: bool) -> None:
        """Note text never smaller than PROJECTOR_MIN_TEXT screen pixels on the wall (a note
        then shows fewer words, and says so)."""
        self.large_text = on
        self._apply_large_text(self.view)
        for item in self.view.board_scene.items():
            if isinstance(item, NoteItem):
                item.redraw()  # every view's cached pixmap: update() would leave the wall's
            else:
                item.update()

    def _apply_large_text(self, view: BoardView) -> None:
        view.viewport().setProperty(
            MIN_TEXT_PROPERTY, PROJECTOR_MIN_TEXT if self.large_text else None
        )

    def set_high_contrast(self, on: bool) -> None:
        self.high_contrast = self.view.high_contrast = on
        self.view.viewport().update()

    def set_timer(self, timer: WorkshopTimer) -> None:
        self.timer = timer
        self.timer_display = LargeTimerDisplay(timer, self)
        self._keep_timer_clear(self.view)
        self.timer_display.set_shown(True)

    def _keep_timer_clear(self, view: BoardView) -> None:
        """Frames fit beside the large timer, not under it (a theme's count badge sits in its
        top-right corner, where the timer is)."""
        if self.timer_display is not None:
            view.keep_clear(self.timer_display)

    def _on_overlays_changed(self) -> None:
        """The timer was set going or put away: the followed frame fits round it again."""
        if self.following and self.focus_rect is not None:
            self.animator.animate_to(self.focus_rect, animated=False)

    # --- pointer and layout --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseMove:
            self.view.viewport().unsetCursor()
            self._idle.start()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Full screen arrives after the window is shown: fit the wall's frame again."""
        super().resizeEvent(event)
        if self.focus_rect is not None and not self.animator.is_running():
            self.animator.animate_to(self.focus_rect, animated=False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape closes the wall: the way back when it was clicked and took the keyboard."""
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.animator.stop()
        super().closeEvent(event)
        self.closed.emit()

    def cursor_hidden(self) -> bool:
        return self.view.viewport().cursor().shape() == Qt.CursorShape.BlankCursor

    def _hide_cursor(self) -> None:
        self.view.viewport().setCursor(Qt.CursorShape.BlankCursor)
