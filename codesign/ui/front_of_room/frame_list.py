"""The frame list: the running order of the show, to reorder by drag or buttons and to jump.

Each row names the frame's kind in words as well as its title, so the list reads the same to a
screen reader. Every reorder, rename or delete is one undo step through the commands; the list
itself only ever redraws from the document.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from codesign.commands.presentation import (
    add_bookmark,
    delete_bookmark,
    document_frames,
    move_frame_by,
    reorder_frames,
)
from codesign.model import Cluster, JourneyMap
from codesign.model.bookmarks import FRAME_ORDER_KEY, Bookmark
from codesign.model.presentation import Frame
from codesign.ui.common.panel_style import PANEL_STYLE, give_icon, mark
from codesign.ui.common.participant_mode import mark_button
from codesign.ui.common.plain_text import plain_tip
from codesign.ui.front_of_room.presentation import PresentationController

ID_ROLE = Qt.ItemDataRole.UserRole


class FrameList(QWidget):
    def __init__(self, presenter: PresentationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.document = presenter.document
        self.setAccessibleName(self.tr("Frames"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Presentation order"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.model().rowsMoved.connect(self._on_rows_moved)
        self.list.itemActivated.connect(self._on_activated)
        self.up_button = self._button(
            self.tr("Up"), "arrow-up", lambda: self._move(-1), "frames.up"
        )
        self.down_button = self._button(
            self.tr("Down"), "arrow-down", lambda: self._move(1), "frames.down"
        )
        self.present_button = self._button(
            self.tr("Present"), "presentation", self._present_selected, "present"
        )
        self.save_view_button = self._button(
            self.tr("Save view"), "bookmark-plus", self.save_current_view, "save_view"
        )
        self.delete_button = self._button(
            self.tr("Delete view"), "bookmark-x", self._delete_selected, "frames.delete"
        )
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for button in (self.up_button, self.down_button, self.present_button):
            buttons.addWidget(button)
        views = QHBoxLayout()
        views.setSpacing(6)
        views.addWidget(self.save_view_button)
        views.addWidget(self.delete_button)
        mark(self, "panel")
        self.setStyleSheet(PANEL_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
        hint = mark(QLabel(self.tr("The order of the show: drag to reorder."), self), "hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addLayout(views)
        self._frame_ids: set[str] = set()
        self._refreshing = False
        self.document.records_changed.connect(self._on_records_changed)
        presenter.frame_changed.connect(self._on_frame_changed)
        presenter.attached.connect(self._on_attached)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.refresh()

    def frame_ids(self) -> list[str]:
        return [self.list.item(row).data(ID_ROLE) for row in range(self.list.count())]

    def refresh(self) -> None:
        frames = document_frames(self.document)
        current = self.selected_id()
        self._refreshing = True
        self.list.clear()
        for number, frame in enumerate(frames, start=1):
            item = QListWidgetItem(self._row_text(number, frame))
            item.setData(ID_ROLE, frame.id)
            item.setToolTip(plain_tip(self._kind_text(frame)))
            self.list.addItem(item)
            if frame.id == current:
                self.list.setCurrentItem(item)
        self._frame_ids = {frame.id for frame in frames}
        self._refreshing = False
        self._update_buttons()

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def save_current_view(self) -> str | None:
        """Keep what the laptop view shows now as a saved view, last in the show; its id, or None
        when the lock refused it."""
        view = self.presenter.view
        rect = view.mapToScene(view.viewport().rect()).boundingRect()
        frame = (rect.x(), rect.y(), rect.width(), rect.height())
        frame_id = add_bookmark(self.document, frame).made_id
        if frame_id is not None:
            self._select(frame_id)
        return frame_id

    def _row_text(self, number: int, frame: Frame) -> str:
        title = frame.title or self.tr("Untitled")
        return self.tr("{0}. {1} ({2})").format(number, title, self._kind_text(frame))

    def _kind_text(self, frame: Frame) -> str:
        return {
            "cluster": self.tr("theme"),
            "journey": self.tr("journey map"),
            "bookmark": self.tr("saved view"),
        }[frame.kind]

    def _button(self, text: str, icon: str, slot: Callable[[], object], key: str) -> QPushButton:
        """`key` names the rule participant mode holds the button to."""
        button = mark_button(QPushButton(text), key)
        give_icon(button, icon)
        button.clicked.connect(slot)
        return button

    def _select(self, frame_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == frame_id:
                self.list.setCurrentRow(row)

    def _move(self, delta: int) -> None:
        frame_id = self.selected_id()
        if frame_id is not None:
            move_frame_by(self.document, frame_id, delta)
            self._select(frame_id)

    def _present_selected(self) -> None:
        frame_id = self.selected_id()
        if frame_id is not None:
            self.presenter.go_to(frame_id)

    def _delete_selected(self) -> None:
        frame_id = self.selected_id()
        if frame_id is not None and self._is_bookmark(frame_id):
            delete_bookmark(self.document, frame_id)

    def _update_buttons(self, *_args: object) -> None:
        frame_id = self.selected_id()
        row = self.list.currentRow()
        self.up_button.setEnabled(frame_id is not None and row > 0)
        self.down_button.setEnabled(frame_id is not None and row < self.list.count() - 1)
        self.present_button.setEnabled(frame_id is not None)
        self.delete_button.setEnabled(frame_id is not None and self._is_bookmark(frame_id))

    def _is_bookmark(self, frame_id: str) -> bool:
        return isinstance(self.document.get(frame_id), Bookmark)

    def _on_rows_moved(self, *_args: object) -> None:
        if not self._refreshing:
            moved = self.selected_id()
            reorder_frames(self.document, self.frame_ids())
            if moved is not None:
                self._select(moved)

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.presenter.go_to(item.data(ID_ROLE))

    def _on_records_changed(self, keys: frozenset[str]) -> None:
        """Redraw only when a frame or the order changed: typing in a note leaves the list be."""
        if FRAME_ORDER_KEY in keys or not self._frame_ids.isdisjoint(keys):
            self.refresh()
            return
        if any(isinstance(self.document.get(key), _FRAME_RECORDS) for key in keys):
            self.refresh()

    def _on_attached(self) -> None:
        self.document.records_changed.disconnect(self._on_records_changed)
        self.document = self.presenter.document
        self.document.records_changed.connect(self._on_records_changed)
        self.refresh()

    def _on_frame_changed(self, frame_id: str) -> None:
        if frame_id:
            self._select(frame_id)


_FRAME_RECORDS = (Cluster, JourneyMap, Bookmark)
