"""File > New from template…: the bundled templates as thumbnails, one click to start from one.

Thumbnails are the templates themselves, drawn by the same scene the canvas uses, so what the
facilitator picks is exactly what opens. Drawing a board takes a moment, so each thumbnail is
drawn once per run and kept.
"""

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QPointF, QRectF, QSize, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from codesign.canvas import style
from codesign.canvas.items.cluster import TITLE_LOD
from codesign.canvas.scene import BoardScene
from codesign.document import BoardDocument
from codesign.storage.templates import TemplateInfo, board_from_template, list_templates
from codesign.text.catalogue import language
from codesign.ui.common.dialog_style import polish_dialog
from codesign.ui.common.plain_text import plain_label, plain_tip
from codesign.ui.files.template_cards import SPACING, TemplateCards, card_size

if TYPE_CHECKING:
    from codesign.ui.files.file_commands import FileCommands

THUMBNAIL_SIZE = QSize(320, 200)
MARGIN = 40.0
"""Canvas units of background kept round the board, so its edges do not touch the frame."""
LIST_PADDING = 7
"""The list's padding and its border, inside which the cards sit."""
LIST_STYLE = (
    "QListWidget#TemplateList { background: #F6F5F2; border: 1px solid #E4E1DB;"
    f" border-radius: 8px; padding: {LIST_PADDING - 1}px; }}"
)
DRAW_ZOOM = TITLE_LOD * 1.1
"""The least zoom a thumbnail is drawn at before scaling down: where titles sit in their bars."""


@cache
def template_thumbnail(name: str, device_pixel_ratio: float = 1.0) -> QImage:
    """The template drawn to fit THUMBNAIL_SIZE, centred on the board's background colour,
    with `device_pixel_ratio` pixels per logical pixel so it is sharp on the dialog's screen.

    A whole board in 320 pixels is far below the zoom where the canvas swaps cluster titles
    for screen-sized ones (readable on a fitted board, but in a thumbnail they would cover the
    board's own title). So the board is drawn at that zoom and scaled down: every title stays
    in its own title bar, in proportion.
    """
    document = BoardDocument(board_from_template(name))
    scene = BoardScene(document)
    logical = QSizeF(THUMBNAIL_SIZE)
    image = QImage(THUMBNAIL_SIZE * device_pixel_ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(device_pixel_ratio)
    image.fill(style.BACKGROUND)
    source = scene.board_rect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
    if not scene.board_rect().isEmpty():
        fitted = source.size().scaled(logical, Qt.AspectRatioMode.KeepAspectRatio)
        zoom = fitted.width() / source.width()
        pixels = fitted * device_pixel_ratio
        drawn = _draw(scene, source, max(1.0, DRAW_ZOOM / zoom) * pixels).scaled(
            pixels.toSize(),
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        drawn.setDevicePixelRatio(device_pixel_ratio)
        target = QRectF(QPointF(), fitted)
        target.moveCenter(QRectF(QPointF(), logical).center())
        painter = QPainter(image)
        painter.drawImage(target.topLeft(), drawn)
        painter.end()
    # Deleted now, scene first: left to the garbage collector, a scene can outlive its document.
    shiboken6.delete(scene)
    shiboken6.delete(document)
    return image


def _draw(scene: BoardScene, source: QRectF, pixels: QSizeF) -> QImage:
    """`source` of the scene into an image of `pixels`, smoothly scaled down by the caller."""
    image = QImage(pixels.toSize(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(style.BACKGROUND)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(image.rect()), source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    return image


class TemplateDialog(QDialog):
    """Lists the templates; `chosen_template` is emitted with the name of the one opened."""

    chosen_template = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TemplateDialog")
        self.setWindowTitle(self.tr("New from template"))
        self._templates: list[TemplateInfo] = list_templates(language())
        self.list = QListWidget(self)
        self.list.setObjectName("TemplateList")
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(THUMBNAIL_SIZE)
        self.cards = TemplateCards(THUMBNAIL_SIZE, self.list)
        self.list.setItemDelegate(self.cards)
        cell = card_size(THUMBNAIL_SIZE, self.list.font()) + QSize(SPACING, SPACING)
        self.list.setGridSize(cell)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setUniformItemSizes(True)
        self.list.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.list.setStyleSheet(LIST_STYLE)
        placeholder = QPixmap(THUMBNAIL_SIZE)
        placeholder.fill(style.BACKGROUND)
        for info in self._templates:
            item = QListWidgetItem(QIcon(placeholder), info.title, self.list)
            item.setToolTip(plain_tip(info.description))
            item.setData(Qt.ItemDataRole.UserRole, info.name)
        self.description = plain_label(QLabel(self))
        self.description.setObjectName("TemplateDescription")
        self.description.setWordWrap(True)
        self.description.setMinimumHeight(48)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        self.description.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.description)
        layout.addWidget(buttons)
        polish_dialog(self, self.open_button)
        self.list.currentRowChanged.connect(self._show_description)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.setCurrentRow(0)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        frame = 2 * LIST_PADDING + bar + SPACING
        self.resize(3 * cell.width() + frame + 32, 2 * cell.height() + frame + 150)
        QTimer.singleShot(0, self, self.draw_thumbnails)

    def draw_thumbnails(self) -> None:
        """After the dialog shows, so the list is there at once and pictures fill in."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            name = item.data(Qt.ItemDataRole.UserRole)
            thumbnail = template_thumbnail(name, self.devicePixelRatioF())
            item.setIcon(QIcon(QPixmap.fromImage(thumbnail)))

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def accept(self) -> None:
        name = self.chosen()
        super().accept()
        if name is not None:
            self.chosen_template.emit(name)

    def _show_description(self, row: int) -> None:
        text = self._templates[row].description if 0 <= row < len(self._templates) else ""
        self.description.setText(text)
        self.open_button.setEnabled(row >= 0)


class TemplateOpener(QObject):
    """The File > New from template… handler: pick, then the unsaved-changes guard, then open.

    The board opens unsaved and untitled on disk, so saving never overwrites the template.
    """

    def __init__(self, files: "FileCommands", window: QWidget) -> None:
        super().__init__(window)
        self._files = files
        self._window = window
        self.dialog: TemplateDialog | None = None

    def handlers(self) -> dict[str, Callable[[], None]]:
        return {"new_from_template": self.choose}

    def choose(self) -> None:
        dialog = TemplateDialog(self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen_template.connect(self.open_template)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def open_template(self, name: str) -> None:
        if self._files.maybe_save():
            self._files.show_board(BoardDocument(board_from_template(name)))
