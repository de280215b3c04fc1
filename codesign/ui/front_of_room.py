"""The window's front-of-the-room tools: presentation, projector, timer and participant mode.

They outlive any one board: the timer keeps running and the projector stays on its screen when
the facilitator opens another board, so `attach` moves them to the new board's view.
"""

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QScreen
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from codesign.canvas.lifetime import Held
from codesign.canvas.view import BoardView
from codesign.document import BoardDocument
from codesign.ui.frame_list import FrameList
from codesign.ui.participant_mode import ParticipantLock, deletion_allowed
from codesign.ui.pin_dialog import ParticipantModeBadge, PinDialog
from codesign.ui.presentation import PresentationController
from codesign.ui.projector import ProjectorWindow, available_screens, preferred_screen
from codesign.ui.settings import Settings, load_settings
from codesign.ui.timer import WorkshopTimer
from codesign.ui.timer_widget import TimerControl


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
        self._actions: Mapping[str, QAction] = {}
        self.frames_dock = QDockWidget(_tr("Frames"), window)
        self.frames_dock.setObjectName("FramesDock")
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.frames_dock)
        self.frames_dock.hide()
        self.screen_menu = QMenu(_tr("Projector &screen"), window)
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        QGuiApplication.instance().screenRemoved.connect(self._forget_screen)
        window.statusBar().addWidget(ParticipantModeBadge(self.lock))
        window.statusBar().addPermanentWidget(TimerControl(self.timer))

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {
            "present": lambda: self._presenter().toggle(),
            "frames_panel": self.frames_dock.setVisible,
            "save_view": self._save_view,
            "projector": self.show_projector,
            "projector_follow": self._set_following,
            "projector_contrast": self._set_high_contrast,
            "projector_large_text": self._set_large_text,
            "timer_toggle": self.timer.toggle,
            "timer_reset": self.timer.reset,
            "participant_mode": self.ask_for_pin,
        }

    def install(self, actions: Mapping[str, QAction], present_menu: QMenu) -> None:
        present_menu.insertMenu(actions["projector_follow"], self.screen_menu)
        self.frames_dock.visibilityChanged.connect(actions["frames_panel"].setChecked)
        actions["projector_follow"].setChecked(self.following)
        self.lock.guard_actions(actions)
        self._actions = actions
        self.apply_settings(load_settings())

    def apply_settings(self, settings: Settings) -> None:
        """The projector's look starts from the settings and follows a change to them; the
        Present menu toggles still change it for this session alone."""
        self._actions["projector_contrast"].setChecked(settings.projector_high_contrast)
        self._actions["projector_large_text"].setChecked(settings.projector_large_text)

    def attach(self, document: BoardDocument, view: BoardView) -> None:
        """Show the first board, or follow the window to a newly opened one."""
        if self.presenter is None:
            self.presenter = PresentationController(document, view, parent=self)
            self.frames_dock.setWidget(FrameList(self.presenter))
            return
        self.presenter.attach(document, view)
        if self.projector is not None:
            self.projector.set_scene(view.board_scene)

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

    def guard_deletion(
        self, delete: Callable[[], object], kinds: Callable[[], list[str]]
    ) -> Callable[[], None]:
        """Wrap a delete or cut handler: participants may delete notes, never themes or maps."""

        def guarded() -> None:
            if deletion_allowed(self.lock.is_locked, kinds()):
                delete()
            else:
                self.message.emit(_tr("In participant mode themes and journey maps stay put"))

        return guarded

    def may_close(self) -> bool:
        if self.lock.is_locked:
            self.message.emit(_tr("The board is in participant mode: unlock it to close"))
            return False
        return True

    # --- projector -------------------------------------------------------------------------

    def show_projector(self, shown: bool) -> None:
        """Checkable actions pass their new state, so a menu tick and the window never disagree."""
        if not shown:
            if self.projector is not None:
                self.projector.hide()
            return
        if self.projector is None:
            presenter = self._presenter()
            self.projector = ProjectorWindow(presenter.view.board_scene, self.timer)
            self.projector.set_following(self.following)
            self.projector.set_high_contrast(self.high_contrast)
            self.projector.set_large_text(self.large_text)
            presenter.set_projector(self.projector)
        self.projector.show_on(self.screen or preferred_screen())

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
