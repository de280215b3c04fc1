"""Noticing, while a board is open, that someone else wrote its file.

QFileSystemWatcher reports every write, this window's own saves and autosaves included, and
stops watching a file that an atomic save replaced or someone deleted. So a report only starts
a short wait, after which the path is watched again and the document itself is asked whether
its file now holds something it did not write (`changed_on_disk`): the answer is no for this
window's own saves, because every save remembers what it wrote. The folder is watched too, so a
file deleted and later written again (a sync tool, a version-control checkout) is noticed.
"""

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QMainWindow

from codesign.document import BoardDocument
from codesign.storage.paths import real_path
from codesign.ui.files.disk_notice import DiskNotice

SETTLE_MS = 300
"""Long enough for a burst of writes (and an autosave's report of its own) to finish."""


class DiskWatch(QObject):
    reload_requested = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._document: BoardDocument | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_changed)
        self._watcher.directoryChanged.connect(self._on_file_changed)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.check)
        self._notice: DiskNotice | None = None

    def follow(self, document: BoardDocument) -> None:
        """Watch `document`'s file; called again after it is saved, possibly somewhere new."""
        if document is not self._document:
            if self._document is not None:
                self._document.undo_stack.cleanChanged.disconnect(self._on_clean_changed)
            self._document = document
            document.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._watch_only_its_file()
        if self._notice is not None and not document.changed_on_disk():
            self._notice.hide()

    def stop(self) -> None:
        self._settle.stop()
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)

    @property
    def notice(self) -> DiskNotice:
        """Made on first use, so it lands under the window's own toolbar."""
        if self._notice is None:
            self._notice = DiskNotice(self._window)
            self._notice.reload_requested.connect(self.reload_requested)
            self._window.addToolBarBreak()
            self._window.addToolBar(self._notice)
        return self._notice

    @Slot()
    def check(self) -> None:
        document = self._document
        if document is None or document.path is None:
            return
        self._watch_only_its_file()
        changed = document.file.changed_on_disk_if_idle()
        if changed is None:  # our own automatic save is being written: look again after it
            self._settle.start()
        elif changed:
            self.notice.show_change(document.path.name, document.is_dirty)

    @Slot(str)
    def _on_file_changed(self, _path: str) -> None:
        self._settle.start()

    @Slot(bool)
    def _on_clean_changed(self, clean: bool) -> None:
        if self._notice is not None:
            self._notice.set_unsaved(not clean)

    def _watch_only_its_file(self) -> None:
        path = self._document.path if self._document is not None else None
        places: set[Path] = set()
        if path is not None:
            # Through a link, the file it points to changes, but the link itself may be
            # replaced: its folder is watched too.
            real = real_path(path)
            places = {real, real.parent, path.parent}
        wanted = sorted(str(place) for place in places if place.exists())
        watched = self._watcher.files() + self._watcher.directories()
        stale = [name for name in watched if name not in wanted]
        if stale:
            self._watcher.removePaths(stale)
        missing = [name for name in wanted if name not in watched]
        if missing:
            self._watcher.addPaths(missing)
