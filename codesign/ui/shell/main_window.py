"""The facilitator's window: one open board, its menus, toolbar, find bar and status bar."""

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from codesign.canvas.view import BoardView
from codesign.document import BoardDocument
from codesign.model import Note
from codesign.model.participant_policy import Refusal
from codesign.ui.common.actions import (
    build_actions,
    fill_menu_bar,
    fill_toolbar,
    joined_handlers,
    retranslate,
)
from codesign.ui.common.language import install_language
from codesign.ui.common.plain_text import plain_tip
from codesign.ui.common.responsiveness import settle_after_opening
from codesign.ui.common.swatches import action_icons, style_toolbar
from codesign.ui.dialogs.about_dialog import show_about
from codesign.ui.dialogs.settings_dialog import open_settings_dialog
from codesign.ui.dialogs.shortcuts_sheet import show_shortcuts
from codesign.ui.editing.bilingual_actions import BilingualActions
from codesign.ui.editing.clipboard_actions import ClipboardActions
from codesign.ui.editing.draw_actions import DrawActions
from codesign.ui.editing.edit_actions import EditActions
from codesign.ui.editing.find_bar import FindBar
from codesign.ui.editing.pen_bar import PenBar
from codesign.ui.editing.picture_actions import PictureActions
from codesign.ui.editing.touch_toolbar import TouchTools
from codesign.ui.files import recent_files
from codesign.ui.files.file_commands import FileCommands
from codesign.ui.files.picture_sweep import sweep_pictures
from codesign.ui.files.recovery_actions import RecoveryActions
from codesign.ui.files.template_dialog import TemplateOpener
from codesign.ui.front_of_room.front_of_room import FrontOfRoom
from codesign.ui.front_of_room.pin_dialog import refusal_text
from codesign.ui.journeys.journey_actions import JourneyActions
from codesign.ui.room.join_room import JoinRoomActions
from codesign.ui.room.room_control import RoomControl
from codesign.ui.shell.board_area import make_board_area
from codesign.ui.shell.context_menu import build_context_menu, pop_up
from codesign.ui.shell.enabled_states import update_enabled, update_undo
from codesign.ui.shell.view_actions import ViewActions
from codesign.ui.shell.window_state import save_window_state
from codesign.ui.themes.cluster_actions import ClusterActions
from codesign.ui.voting.voting_actions import VotingActions

READABLE_ZOOM = 0.75
"""Find zooms in to at least this, so a match found on a fitted 10,000-note board can be read."""


class MainWindow(QMainWindow):
    settings_changed = Signal(object)
    """Edit > Settings stored new `Settings`: whatever follows a setting listens here."""

    def __init__(self, document: BoardDocument | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.resize(1280, 800)
        self.document = document or BoardDocument()
        self.view: BoardView | None = None
        self.files = FileCommands(
            self,
            lambda: self.document,
            lambda: self.view,
            self.replace_document,
            self.keep_recovery_copy,
        )
        self.edit = EditActions(self._current_view, self)
        self.clip = ClipboardActions(self._current_view, lambda: self.edit.new_note_colour, self)
        self.pictures = PictureActions(self._current_view, self.files._folder, self)
        self.clip.pictures = self.pictures
        self.view_settings = ViewActions(self._current_view, self)
        self.clusters = ClusterActions(self._current_view, self)
        self.draw = DrawActions(self._current_view, self)
        self.voting = VotingActions(self._current_view, self)
        self.journeys = JourneyActions(self._current_view, self)
        self.bilingual = BilingualActions(self._current_view, self)
        self.templates = TemplateOpener(self.files, self)
        self.room = FrontOfRoom(self)
        self.touch = TouchTools(self.edit, self)
        self.live_room = RoomControl(self, lambda: self.room.projector)
        self.join_room = JoinRoomActions(  # a joined board is shown fitted, as an opened one
            self, self.files.maybe_save, self.files.show_board, self.live_room
        )
        self.recovery = RecoveryActions(  # a restored board is shown fitted, as an opened one
            self, self.files.maybe_save, self.files.claim_file, self.files.show_board
        )
        for source in (
            self.edit,
            self.clip,
            self.draw,
            self.clusters,
            self.voting,
            self.room,
            self.journeys,
            self.bilingual,
            self.join_room,
            self.live_room,
            self.pictures,
        ):
            source.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        handlers = {k: self.room.lock.guarded(k, h) for k, h in self._handlers().items()}
        self.actions = build_actions(self, handlers, action_icons())
        self._actions_timer = QTimer(self, singleShot=True, interval=0)
        self._actions_timer.timeout.connect(self._update_actions)
        self._recent_menu = QMenu(self.tr("Open &Recent"), self)
        self._recent_menu.aboutToShow.connect(self._fill_recent_menu)
        recent = self._recent_menu.menuAction()
        self.room.lock.changed.connect(lambda locked: recent.setEnabled(not locked))
        self._build_chrome()
        self._show_document()

    # --- chrome ----------------------------------------------------------------------------

    def _handlers(self) -> dict[str, Callable[[], object]]:
        own: dict[str, Callable[[], object]] = {
            "quit": self.close,
            "undo": lambda: self.document.undo_stack.undo(),
            "redo": lambda: self.document.undo_stack.redo(),
            "find": lambda: self.find_bar.open_bar(),
            "find_next": lambda: self.find_bar.next(),
            "find_previous": lambda: self.find_bar.previous(),
            "shortcuts": lambda: show_shortcuts(self),
            "about": lambda: show_about(self),
            "settings": lambda: open_settings_dialog(self, self.settings_changed.emit),
        }
        return joined_handlers(
            own,
            self.files.handlers(),
            self.edit.handlers(),
            self.clip.handlers(),
            self.pictures.handlers(),
            self.view_settings.handlers(),
            self.clusters.handlers(),
            self.draw.handlers(),
            self.voting.handlers(),
            self.journeys.handlers(),
            self.templates.handlers(),
            self.room.handlers(),
            self.live_room.handlers(),
            self.touch.handlers(),
            self.recovery.handlers(),
            self.bilingual.handlers(),
            self.join_room.handlers(),
        )

    def _build_chrome(self) -> None:
        self._menus = menus = fill_menu_bar(self.menuBar(), self.actions)
        file_menu = menus["file"]
        save_group = file_menu.actions()[file_menu.actions().index(self.actions["save"]) - 1]
        file_menu.insertMenu(save_group, self._recent_menu)
        self._toolbar = toolbar = QToolBar(self.tr("Tools"), self)
        toolbar.setObjectName("MainToolbar")
        toolbar.setMovable(False)
        fill_toolbar(toolbar, self.actions)
        style_toolbar(toolbar)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.pen_bar = PenBar(self.draw, self)
        # The window carries every action itself, so shortcuts work with the menus hidden (F5).
        self.addActions(list(self.actions.values()))
        self.settings_changed.connect(self.room.apply_settings)
        self.settings_changed.connect(self.recovery.apply_settings)
        self.settings_changed.connect(lambda settings: install_language(settings.language))
        self.find_bar = FindBar(lambda: self.document.records_of(Note), self._show_match, self)
        self.find_bar.hide()
        self.find_bar.closed.connect(self._on_find_closed)
        self._board_holder = QWidget(self)
        layout = QVBoxLayout(self._board_holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.find_bar)
        self.setCentralWidget(self._board_holder)
        self.touch.install(self.actions, self._board_holder)
        self.room.install(self.actions, menus["present"], self._board_holder)
        self.room.presenting_window.changed.connect(self.pen_bar.set_presenting)
        self.room.presenting_window.changed.connect(self.draw.set_presenting)
        self.bilingual.install(menus["view"], menus["present"])
        self.live_room.install(self.actions)
        self.statusBar().addPermanentWidget(self.view_settings.selection_label)
        self.statusBar().addPermanentWidget(self.view_settings.zoom_label)
        self.statusBar().setSizeGripEnabled(False)
        self.clip.clipboard.dataChanged.connect(self._schedule_actions_update)

    def _current_view(self) -> BoardView:
        assert self.view is not None
        return self.view

    @Slot()
    def _fill_recent_menu(self) -> None:
        self._recent_menu.clear()
        paths = recent_files.recent_files()
        for path in paths:
            action = self._recent_menu.addAction(path.name)
            action.setToolTip(plain_tip(str(path)))
            action.triggered.connect(lambda _checked=False, p=path: self.files.open_if_allowed(p))
        if not paths:
            self._recent_menu.addAction(self.tr("No recent boards")).setEnabled(False)

    # --- the open document -----------------------------------------------------------------

    def _show_document(self) -> None:
        document = self.document
        stack = document.undo_stack
        stack.cleanChanged.connect(self._update_title)
        document.path_changed.connect(self._update_title)
        document.records_changed.connect(self._on_records_changed)
        document.edit_refused.connect(self._on_edit_refused)
        document.lock_changed.connect(self._update_undo)  # the barrier greys Undo out
        stack.indexChanged.connect(self._schedule_actions_update)
        stack.indexChanged.connect(self._update_undo)
        stack.cleanChanged.connect(self._update_undo)
        old = self.view
        self.view = make_board_area(document, self._board_holder)
        self._board_holder.layout().insertWidget(0, self.view, 1)
        self.pictures.attach(self.view)
        self.view.show()  # now, not queued: hidden, it could not take the keyboard from `old`
        if old is not None:
            self._board_holder.layout().removeWidget(old)
            old.hide()
            old.deleteLater()
        self.view.scene().selectionChanged.connect(self._schedule_actions_update)
        self.view.board_scene.editor.text_capped.connect(
            lambda text: self.statusBar().showMessage(text, 8000)
        )
        # On a scroll area the signal's position is in viewport coordinates, as itemAt wants.
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_context_menu)
        self.view_settings.attach(self.view)
        self.clusters.attach(self.view, self.actions)
        self.draw.attach(self.view, self.actions)
        self.voting.attach(self.view, self.actions)
        self.journeys.attach(self.view)
        self.bilingual.attach(document)
        self.room.attach(document, self.view)
        self.live_room.attach(document)
        self.recovery.follow(document)
        self.recovery.follow_editor(self.view.board_scene.editor)
        self.files.follow_file(document)
        self.touch.attach(self.view)
        self.actions["minimap"].setChecked(self.view_settings.minimap_shown)
        self.actions["snap"].setChecked(self.view_settings.snap_to_grid)
        self.view.setFocus()
        self._update_title()
        self._update_undo()
        self._update_actions()

    def keep_recovery_copy(self) -> None:
        self.recovery.keep_now()

    def replace_document(self, document: BoardDocument) -> None:
        old = self.document
        self.document = document
        self._show_document()
        old.deleteLater()
        sweep_pictures()
        settle_after_opening(collect=next(iter(old.items()), None) is not None)

    @Slot(object)
    def _on_records_changed(self, _keys: object) -> None:
        self._update_title()
        self.find_bar.refresh()

    @Slot(object)
    def _on_edit_refused(self, reason: Refusal) -> None:
        self.statusBar().showMessage(refusal_text(reason), 6000)

    @Slot()
    def _update_title(self) -> None:
        if not shiboken6.isValid(self.document.undo_stack):  # at the end it goes first
            return
        path = self.document.path
        name = path.name if path is not None else self.document.info.title
        title = self.tr("{name}[*] — Codesign").format(name=name)
        # Set only when it changed: each edit (every voting tap) asks, and each set tells the
        # window system again.
        if title != self.windowTitle():
            self.setWindowTitle(title)
        if self.document.is_dirty != self.isWindowModified():
            self.setWindowModified(self.document.is_dirty)

    @Slot()
    def _schedule_actions_update(self) -> None:
        """Update at once for the first signal, then once more after the burst it starts.

        A click and the Delete key that follows must find Delete enabled, while Select all on
        10,000 notes emits 10,000 selection signals that must not each re-read the selection.
        """
        if not self._actions_timer.isActive():
            self._update_actions()
        self._actions_timer.start()

    @Slot()
    def _update_actions(self) -> None:
        if self.view is not None:
            selected = self.view.scene().selected_ids()
            update_enabled(self.actions, self.document, selected, self.clip.can_paste())
            self.view_settings.show_selection_count(len(selected))

    @Slot()
    def _update_undo(self) -> None:
        stack = self.document.undo_stack
        if shiboken6.isValid(stack):  # a stack being destroyed still emits cleanChanged
            update_undo(self.actions, stack)

    @Slot(QPoint)
    def _on_context_menu(self, pos: QPoint) -> None:
        assert self.view is not None
        menu = build_context_menu(
            self.view,
            self.actions,
            pos,
            self.edit,
            self.clip,
            self.journeys,
            self.bilingual,
            self.pictures,
            self.draw,
        )
        pop_up(menu, self.view, pos)

    def _show_match(self, note_id: str) -> None:
        """Select and centre a match, zooming in far enough to read it from a fitted board."""
        assert self.view is not None
        self.view.scene().select_ids([note_id])
        self.view.board_scene.lifted.lift(note_id)
        if self.view.zoom() < READABLE_ZOOM:
            self.view.set_zoom(READABLE_ZOOM)
        self.view.centre_on_item(note_id)

    def _on_find_closed(self) -> None:
        """The board takes the keyboard back; the last match drops back into its place."""
        view = self._current_view()
        view.board_scene.lifted.lift(None)
        view.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        """A language chosen in Settings: menus, toolbar and title change at once."""
        if event.type() == QEvent.Type.LanguageChange:
            retranslate(self.actions, self._menus)
            self.bilingual.retranslate()
            self._recent_menu.setTitle(self.tr("Open &Recent"))
            self._toolbar.setWindowTitle(self.tr("Tools"))
            self._update_title()
            self._update_undo()
            self._recount_in_new_language()
        super().changeEvent(event)

    def _recount_in_new_language(self) -> None:
        """Texts built from values ("2 notes · 1 vote", a round's rules) are written again."""
        for item in self._current_view().board_scene.board_items():
            item.take_record(item.record)
            item.update()
        self.voting.refresh()
        self.clusters.panel.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Participants can never close the board; the facilitator unlocks first. The board's
        lock goes last, once any automatic save still queued has reached its file."""
        if not (self.room.may_close() and self.live_room.may_close() and self.files.maybe_save()):
            event.ignore()
            return
        self.recovery.close()
        self.join_room.leave()
        self.live_room.stop()
        self.room.close_projector()
        save_window_state(self)
        self.files.let_go_of_files()
        sweep_pictures(leaving=self)
        event.accept()
