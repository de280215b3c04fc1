"""Getting pictures onto the board and working them: File > Insert picture…, paste, drop,
Crop picture and Lock as background. Each change is one command (`commands.pictures`).

Files are read and checked by `storage.picture_intake`; a refused one (not a picture, over
50 MB or 100 megapixels, HEIC without pillow-heif) is said in one line in the status bar and
the others still come in.
"""

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QBuffer, QEvent, QIODevice, QMimeData, QObject, QPointF, Signal
from PySide6.QtGui import QDragMoveEvent, QDropEvent, QImage
from PySide6.QtWidgets import QCheckBox, QDialog, QFileDialog, QGridLayout, QWidget

from codesign.canvas.items.picture import PictureItem
from codesign.canvas.view import BoardView
from codesign.commands.pictures import add_pictures, lock_as_background
from codesign.model.items import Picture
from codesign.storage.picture_intake import (
    Intake,
    PictureRefused,
    read_picture_file,
    take_picture,
)
from codesign.ui.editing.crop_session import CropSession

PICTURE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif")


def has_pictures(data: QMimeData | None) -> bool:
    """Whether pasting or dropping `data` would bring pictures: an image, or picture files."""
    if data is None:
        return False
    return data.hasImage() or bool(_picture_paths(data))


def _picture_paths(data: QMimeData) -> list[Path]:
    paths = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() in PICTURE_SUFFIXES]


class PictureActions(QObject):
    message = Signal(str)

    def __init__(
        self, view: Callable[[], BoardView], folder: Callable[[], str], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._folder = folder
        self._parent = parent
        self.keep_original = False
        """Insert photos at full size rather than 2560 pixels on the longest side."""
        self._crop: CropSession | None = None

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {
            "insert_picture": self.insert_picture,
            "crop_picture": self.crop_selected,
            "lock_background": lambda: self.lock_selected(True),
        }

    # --- in ------------------------------------------------------------------------------------

    def insert_picture(self) -> None:
        """Ask for picture files (with a choice to keep them at full size) and put them in."""
        dialog = QFileDialog(self._parent, self.tr("Insert picture"), self._folder())
        dialog.setObjectName("InsertPictureDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter(self.tr("Pictures (*.jpg *.jpeg *.png *.webp *.heic *.heif)"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        keep = QCheckBox(self.tr("Keep the original size (larger file)"), dialog)
        keep.setObjectName("KeepOriginalBox")
        keep.setChecked(self.keep_original)
        layout = dialog.layout()
        if isinstance(layout, QGridLayout):
            layout.addWidget(keep, layout.rowCount(), 0, 1, layout.columnCount())
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            self.keep_original = keep.isChecked()
            paths = [Path(name) for name in dialog.selectedFiles()]
        finally:
            dialog.deleteLater()
        view = self._view()
        self.add_files(paths, view.mapToScene(view.viewport().rect().center()))

    def paste(self, data: QMimeData, at: QPointF) -> None:
        """An image on the clipboard (a screenshot, a copied photo) or copied picture files."""
        paths = _picture_paths(data)
        if paths:
            self.add_files(paths, at)
            return
        image = data.imageData()
        if not isinstance(image, QImage) or image.isNull():
            self.message.emit(self.tr("Nothing pasted: the picture on the clipboard is empty"))
            return
        self._add(self._take([lambda: take_picture(_png_bytes(image), "pasted picture")]), at)

    def add_files(self, paths: Iterable[Path], at: QPointF) -> None:
        keep = self.keep_original
        self._add(self._take([lambda p=p: read_picture_file(p, keep) for p in paths]), at)

    def _take(self, readers: list[Callable[[], Intake]]) -> list[Intake]:
        taken: list[Intake] = []
        for read in readers:
            try:
                taken.append(read())
            except PictureRefused as refused:
                self.message.emit(str(refused))
        return taken

    def _add(self, pictures: list[Intake], at: QPointF) -> None:
        view = self._view()
        outcome = add_pictures(view.board_scene.document, pictures, (at.x(), at.y()))
        if outcome.made:
            view.scene().select_ids(list(outcome.made))

    # --- dropping files on the board ---------------------------------------------------------

    def attach(self, view: BoardView) -> None:
        """Take picture files and images dropped on `view`."""
        view.setAcceptDrops(True)
        view.viewport().setAcceptDrops(True)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragMoveEvent)  # an enter is a move too
            if has_pictures(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            data = event.mimeData()
            if has_pictures(data):
                event.acceptProposedAction()
                view = self._view()
                self.paste(data, view.mapToScene(event.position().toPoint()))
                return True
        return super().eventFilter(watched, event)

    # --- working a picture -------------------------------------------------------------------

    def selected_pictures(self) -> list[Picture]:
        scene = self._view().board_scene
        found = (scene.document.get(key) for key in scene.selected_ids())
        return [record for record in found if isinstance(record, Picture)]

    def crop_selected(self) -> None:
        pictures = self.selected_pictures()
        if not pictures:
            self.message.emit(self.tr("Select a picture to crop it"))
            return
        item = self._view().board_scene.graphics_item(pictures[0].id)
        if isinstance(item, PictureItem):
            self._crop = CropSession(self._view(), item, self)

    def lock_selected(self, locked: bool) -> None:
        ids = [picture.id for picture in self.selected_pictures()]
        lock_as_background(self._view().board_scene.document, ids, locked)

    def unlock(self, picture_id: str) -> None:
        lock_as_background(self._view().board_scene.document, [picture_id], False)


def _png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())
