"""Presentation mode: step through the frames with the keys a presenter clicker sends.

F5 starts, Right/PageDown/Space/Down go forward, Left/PageUp/Up/Backspace go back, Home and End
jump to the ends, Escape leaves and puts the laptop view back where it was. The keys are taken
only while presenting and never from a text field, so typing a note mid-presentation still
works. The frame order is read afresh on every step: a theme drawn out during the session is in
the show at once.
"""

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from shiboken6 import Shiboken

from codesign.canvas.view import BoardView
from codesign.commands.presentation import document_frames
from codesign.document import BoardDocument
from codesign.model.presentation import Frame, step
from codesign.ui.front_of_room.projector import ProjectorWindow
from codesign.ui.front_of_room.view_animation import ViewAnimator

FORWARD_KEYS = frozenset({Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down})
BACK_KEYS = frozenset({Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_Backspace})
_SHOW_KEYS = FORWARD_KEYS | BACK_KEYS | {Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Escape}
_TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


class PresentationController(QObject):
    frame_changed = Signal(str)
    """The id of the frame now shown (empty when there are no frames)."""
    active_changed = Signal(bool)
    attached = Signal()
    """Another board (document and view) took the place of the current one."""

    def __init__(
        self,
        document: BoardDocument,
        view: BoardView,
        projector: ProjectorWindow | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.view = view
        self.projector = projector
        self.animator = ViewAnimator(view)
        view.overlays_changed.connect(self._refit)
        self.current: str | None = None
        self._active = False
        self._return_to: tuple[float, QPointF] | None = None
        self.banner = PresentationBanner(view)

    @property
    def active(self) -> bool:
        return self._active

    def attach(self, document: BoardDocument, view: BoardView) -> None:
        """Follow the window to a newly opened board; presenting stops with the old one."""
        self.stop()
        self.document = document
        self.view = view
        self.animator = ViewAnimator(view)
        view.overlays_changed.connect(self._refit)
        self.banner = PresentationBanner(view)
        self.current = None
        self.attached.emit()

    def frames(self) -> list[Frame]:
        return document_frames(self.document)

    def set_projector(self, projector: ProjectorWindow | None) -> None:
        self.projector = projector
        if projector is not None and self._active and self.current is not None:
            self._show(self.current, animated=False)

    def toggle(self) -> None:
        if self._active:
            self.stop()
        else:
            self.start()

    def start(self, frame_id: str | None = None) -> None:
        """Present from `frame_id`, or from the first frame.

        A text edit in progress is committed and the selection cleared: selection outlines and
        handles are editing marks, not something to show the room.
        """
        if not self._active:
            self._active = True
            if self.view.is_editing():
                self.view.finish_editing()
            self.view.board_scene.select_ids(())
            centre = self.view.map_to_scene(QPointF(self.view.viewport().rect().center()))
            self._return_to = (self.view.zoom(), centre)
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self)
            self.active_changed.emit(True)
        frames = self.frames()
        target = frame_id if any(f.id == frame_id for f in frames) else step(frames, None, 1)
        self._show(target)

    def stop(self) -> None:
        """Leave presenting; the laptop view goes back to where the facilitator was.

        The window may already have thrown the old view away (another board was opened), so
        the view is only touched while it still exists.
        """
        if not self._active:
            return
        self._active = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if self._return_to is not None and Shiboken.isValid(self.view):
            self.banner.hide()
            zoom, centre = self._return_to
            self.animator.stop()
            self.view.set_zoom(zoom)
            self.view.centerOn(centre)
        self.active_changed.emit(False)

    def next(self) -> None:
        self._show(step(self.frames(), self.current, 1))

    def previous(self) -> None:
        self._show(step(self.frames(), self.current, -1))

    def go_to(self, frame_id: str) -> None:
        """Jump to a frame (from the frame list); starts presenting if not yet."""
        if self._active:
            self._show(frame_id)
        else:
            self.start(frame_id)

    def handle_key(self, key: int) -> bool:
        """Act on a clicker or keyboard key while presenting; True when it was used."""
        if not self._active:
            return False
        frames = self.frames()
        if key in FORWARD_KEYS:
            self.next()
        elif key in BACK_KEYS:
            self.previous()
        elif key == Qt.Key.Key_Home and frames:
            self._show(frames[0].id)
        elif key == Qt.Key.Key_End and frames:
            self._show(frames[-1].id)
        elif key == Qt.Key.Key_Escape:
            self.stop()
        else:
            return False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take the show's keys before any shortcut: Backspace must step back, not delete."""
        kind = event.type()
        if (
            kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
            and isinstance(event, QKeyEvent)
            and event.key() in _SHOW_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and self._takes_keys_from(watched, event.key())
        ):
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            return self.handle_key(event.key())
        return super().eventFilter(watched, event)

    def _takes_keys_from(self, watched: QObject, key: int) -> bool:
        """Keys on the laptop's window or the wall's, never from a text field; Escape on the
        wall is left to the wall, which it closes."""
        if not isinstance(watched, QWidget) or isinstance(watched, _TEXT_INPUTS):
            return False
        if key == Qt.Key.Key_Escape and watched.window() is self.projector:
            return False
        if self.view.is_editing():
            return False
        windows = {self.view.window(), self.projector}
        return watched.window() in windows

    def _refit(self) -> None:
        """The large timer came or went while presenting: the frame fits round it again."""
        if self._active and self.current is not None:
            target = self.animator.target
            if target is not None:
                self.animator.animate_to(target, animated=False)

    def _show(self, frame_id: str | None, animated: bool = True) -> None:
        frames = self.frames()
        frame = next((f for f in frames if f.id == frame_id), None)
        if frame is None:
            self.current = None
            self.banner.show_frame(None, 0, len(frames))
            self.frame_changed.emit("")
            return
        self.current = frame.id
        rect = QRectF(*frame.rect)
        self.animator.animate_to(rect, animated)
        if self.projector is not None:
            self.projector.follow(rect, animated)
        self.banner.show_frame(frame, frames.index(frame) + 1, len(frames))
        self.frame_changed.emit(frame.id)


class PresentationBanner(QLabel):
    """A quiet line on the laptop view: which frame of how many, and how to get out."""

    def __init__(self, view: BoardView) -> None:
        super().__init__(view)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet(
            "background: rgba(31, 31, 31, 200); color: white; border-radius: 6px;"
            "padding: 6px 12px; font-size: 13px;"
        )
        self.setAccessibleName(self.tr("Presentation"))
        self.hide()

    def show_frame(self, frame: Frame | None, number: int, count: int) -> None:
        if frame is None:
            text = self.tr("No frames to present yet: add a cluster, journey map or saved view")
        else:
            title = frame.title or self.tr("Untitled")
            text = self.tr("{0} of {1}: {2}").format(number, count, title)
        self.setText(text + self.tr("   ·   ← → to move, Esc to leave"))
        self.adjustSize()
        parent = self.parentWidget()
        if parent is not None:
            self.move((parent.width() - self.width()) // 2, 12)
        self.show()
        self.raise_()
