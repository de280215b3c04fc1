"""The window's front-of-the-room tools: presentation, projector, timer and participant mode.

They outlive any one board: the timer keeps running and the projector stays on its screen when
the facilitator opens another board, so `attach` moves them to the new board's view.

The projector opens on what the laptop shows (or the frame being presented), follows the
laptop's Fit and the presentation, and closes with the window: it never keeps the app running.
"""

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

from codesign.canvas.lifetime import Held
from codesign.canvas.view import BoardView
from codesign.document import BoardDocument
from codesign.ui.common.panel_style import PANEL_STYLE
from codesign.ui.common.participant_mode import ParticipantLock
from codesign.ui.common.settings import Settings, load_settings
from codesign.ui.front_of_room.blank_cover import BlankCover
from codesign.ui.front_of_room.frame_list import FrameList
from codesign.ui.front_of_room.pin_dialog import ParticipantModeBadge, PinDialog
from codesign.ui.front_of_room.presentation import PresentationController
from codesign.ui.front_of_room.presenting_window import PresentingWindow
from codesign.ui.front_of_room.projector import ProjectorWindow, available_screens, preferred_screen
from codesign.ui.front_of_room.spotlight_control import SpotlightControl
from codesign.ui.front_of_room.timer import WorkshopTimer
from codesign.ui.front_of_room.timer_widget import LargeTimerDisplay, TimerControl

WALL_KEYS = ("projector", "present", "blank", "spotlight", "timer_toggle", "timer_add_minute")
"""Actions whose shortcuts also work on the projector window, should it be clicked."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("front_of_room", text)


class FrontOfRoom(QObject):
    message = Signal(str)
    pin_dialog = Held[PinDialog]()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.timer = WorkshopTimer(parent=self)
        self.lock = ParticipantLock(self)
        self.presenter: PresentationController | None = None
        self.projector: ProjectorWindow | None = None
        self.screen: QScreen | None = None
        self.following = True
        self.high_contrast = False
        self.large_text = False
        self.spotlight = SpotlightControl(self._wall_view, self)
        self.presenting_window = PresentingWindow(window)
        self.laptop_blank: BlankCover | None = None
        self.laptop_timer: LargeTimerDisplay | None = None
        self._actions: Mapping[str, QAction] = {}
        self.frames_dock = QDockWidget(_tr("Frames"), window)
        self.frames_dock.setObjectName("FramesDock")
        self.frames_dock.setStyleSheet(PANEL_STYLE)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.frames_dock)
        self.frames_dock.hide()
        self.screen_menu = QMenu(_tr("Projector &screen"), window)
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        QGuiApplication.instance().screenRemoved.connect(self._forget_screen)
        # Permanent: a status line (a refusal, say) must never hide the way out of the mode.
        self.badge = ParticipantModeBadge(self.lock)
        window.statusBar().addPermanentWidget(self.badge)
        self.timer_control = TimerControl(self.timer)
        window.statusBar().addPermanentWidget(self.timer_control)

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {
            "present": lambda: self._presenter().toggle(),
            "frames_panel": self.frames_dock.setVisible,
            "save_view": self._save_view,
            "projector": self.show_projector,
            "projector_follow": self._set_following,
            "projector_contrast": self._set_high_contrast,
            "projector_large_text": self._set_large_text,
            "spotlight": self._set_spotlight,
            "blank": self.set_blank,
            "timer_toggle": self.timer.toggle,
            "timer_add_minute": lambda: self.timer.add_seconds(60),
            "timer_reset": self.timer.reset,
            "participant_mode": self.ask_for_pin,
        }

    def install(
        self, actions: Mapping[str, QAction], present_menu: QMenu, board_holder: QWidget
    ) -> None:
        present_menu.insertMenu(actions["projector_follow"], self.screen_menu)
        self.laptop_blank = BlankCover(board_holder)
        self.laptop_timer = LargeTimerDisplay(self.timer, board_holder)
        self.frames_dock.visibilityChanged.connect(actions["frames_panel"].setChecked)
        actions["projector_follow"].setChecked(self.following)
        self.lock.guard_actions(actions)
        self.lock.guard_buttons(self.window)
        screen_choice = self.screen_menu.menuAction()
        self.lock.changed.connect(lambda locked: screen_choice.setEnabled(not locked))
        self._actions = actions
        self.apply_settings(load_settings())

    def apply_settings(self, settings: Settings) -> None:
        """The projector's look starts from the settings and follows a change to them; the
        Present menu toggles still change it for this session alone."""
        self._actions["projector_contrast"].setChecked(settings.projector_high_contrast)
        self._actions["projector_large_text"].setChecked(settings.projector_large_text)

    def attach(self, document: BoardDocument, view: BoardView) -> None:
        """Show the first board, or follow the window to a newly opened one."""
        view.fitted.connect(self._on_fitted)
        view.installEventFilter(self)
        if self.laptop_timer is not None:
            view.keep_clear(self.laptop_timer)  # a presented frame fits beside the large timer
        self.lock.attach(document)
        if self.presenter is None:
            self.presenter = PresentationController(document, view, parent=self)
            self.frames_dock.setWidget(FrameList(self.presenter))
            self.presenter.active_changed.connect(self._on_presenting)
            self.spotlight.attach(self.presenter)
            return
        if self.projector is not None:
            self.projector.set_scene(view.board_scene)
        self.presenter.attach(document, view)

    def _presenter(self) -> PresentationController:
        assert self.presenter is not None, "attach() shows a board first"
        return self.presenter

    # --- participant mode ------------------------------------------------------------------

    def ask_for_pin(self) -> PinDialog:
        dialog = PinDialog(self.lock, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pin_dialog = dialog
        dialog.open()
        return dialog

    def may_close(self) -> bool:
        if self.lock.is_locked:
            self.message.emit(_tr("The board is in participant mode: unlock it to close"))
            return False
        return True

    # --- projector -------------------------------------------------------------------------

    def show_projector(self, shown: bool) -> None:
        """Checkable actions pass their new state, so a menu tick and the window never disagree.

        The wall opens on the frame being presented, else on what the laptop shows.
        """
        if not shown:
            if self.projector is not None:
                self.projector.hide()
                self._actions["blank"].setChecked(False)
            return
        presenter = self._presenter()
        if self.projector is None:
            self.projector = ProjectorWindow(presenter.view.board_scene, self.timer)
            self.projector.set_following(self.following)
            self.projector.set_high_contrast(self.high_contrast)
            self.projector.set_large_text(self.large_text)
            self.projector.addActions([self._actions[key] for key in WALL_KEYS])
            self.projector.closed.connect(lambda: self._actions["projector"].setChecked(False))
            presenter.set_projector(self.projector)
        start = self.spotlight.frame_rect() or presenter.view.visible_rect()
        self.projector.show_on(self.screen or preferred_screen(), self.window.screen())
        self.projector.show_rect(start)
        self.set_blank(self._actions["blank"].isChecked())
        self.spotlight.refresh()
        if self.projector.windowed:
            self.message.emit(
                _tr("One screen: the projector opened in a window. Escape closes it; F5 presents")
            )

    def close_projector(self) -> None:
        """The window is closing: the wall goes with it, whatever screen it is on."""
        if self.projector is not None:
            self.projector.close()
            self.projector.deleteLater()
            self.projector = None
            self._presenter().set_projector(None)

    def set_blank(self, on: bool) -> None:
        """Black on the wall: the projector when it is open, else this screen while it presents
        (a mirrored wall). A stray B on the board at other times leaves the board alone."""
        wall = self.projector if self.projector is not None and self.projector.isVisible() else None
        if on and wall is None and not self._presenter().active:
            self._actions["blank"].setChecked(False)
            self.message.emit(_tr("Blank works on the projector, or while presenting (F5)"))
            return
        if wall is not None:
            wall.set_blank(on)
        if self.laptop_blank is not None:
            self.laptop_blank.set_shown(on and wall is None)
        if self.laptop_timer is not None:
            self.laptop_timer.raise_()

    def _set_spotlight(self, on: bool) -> None:
        self.spotlight.set_on(on)
        if on and self._presenter().view.spotlight() is None:
            self.message.emit(_tr("Spotlight: select a theme, or present, to light it alone"))

    def _wall_view(self) -> BoardView | None:
        return self.projector.view if self.projector is not None else None

    def _on_presenting(self, on: bool) -> None:
        """F5 on the laptop: full screen and bare but for the large timer, as on the wall;
        leaving brings the wall back if blanked."""
        self.presenting_window.set_presenting(on)
        if self.laptop_timer is not None:
            self.laptop_timer.set_shown(on)  # the status bar's timer is put away: the room's
        if not on:
            self._actions["blank"].setChecked(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Escape on the board steps back one level: a presentation takes it first (it
        leaves), then an open projector closes, so the wall always has a key way back."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and not event.modifiers()
            and isinstance(watched, BoardView)
            and not watched.is_editing()
            and self.projector is not None
            and self.projector.isVisible()
        ):
            self.projector.close()
            return True
        return super().eventFilter(watched, event)

    def _on_fitted(self, rect: QRectF) -> None:
        """Fit board or Fit selection on the laptop: the wall shows the same, if it follows."""
        if self.projector is not None and self.projector.isVisible():
            self.projector.follow(rect)

    def _fill_screen_menu(self) -> None:
        self.screen_menu.clear()
        chosen = self.screen or preferred_screen()
        for name, screen in available_screens():
            action = self.screen_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(screen is chosen)
            action.triggered.connect(lambda _checked=False, s=screen: self._use_screen(s))
        if not QGuiApplication.screens():
            self.screen_menu.addAction(_tr("No screens found")).setEnabled(False)

    def _use_screen(self, screen: QScreen) -> None:
        if self.lock.is_locked:  # the projector is the facilitator's
            return
        self.screen = screen
        if self.projector is not None and self.projector.isVisible():
            self.projector.show_on(screen)

    def _forget_screen(self, screen: QScreen) -> None:
        """An unplugged projector's screen is deleted by Qt: choose afresh next time."""
        if screen is self.screen:
            self.screen = None

    def _set_following(self, on: bool) -> None:
        self.following = on
        if self.projector is not None:
            self.projector.set_following(on)

    def _set_high_contrast(self, on: bool) -> None:
        self.high_contrast = on
        if self.projector is not None:
            self.projector.set_high_contrast(on)

    def _set_large_text(self, on: bool) -> None:
        self.large_text = on
        if self.projector is not None:
            self.projector.set_large_text(on)

    def _save_view(self) -> None:
        frames = self.frames_dock.widget()
        assert isinstance(frames, FrameList)
        frames.save_current_view()
        self.message.emit(_tr("The current view is saved as a frame"))
