"""A window drawn on a 200 % screen, reporting the resolution of every picture it cached.

Run as `QT_SCALE_FACTOR=2 python -m tests.ui.high_dpi_session`: the scale factor must be set
before Qt starts, so this runs in its own process. Prints one JSON object.
"""

import json

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QGuiApplication

from codesign.canvas.items import card
from codesign.canvas.minimap import Minimap
from codesign.document import BoardDocument
from codesign.ui.app import create_application
from codesign.ui.files.template_dialog import TemplateDialog
from codesign.ui.shell.main_window import MainWindow
from tests.boards import themed_board


def main() -> None:
    create_application()
    window = MainWindow(BoardDocument(themed_board()))
    window.resize(1000, 700)
    window.show()
    assert window.view is not None
    window.view.set_zoom(1.0)
    window.grab()
    cards = {pixmap.devicePixelRatio() for pixmap, _size in card.PAPERS._entries.values()}
    window.view.set_zoom(0.05)
    window.grab()
    QCoreApplication.processEvents()  # the minimap draws its miniature just after a frame
    overview = window.view.board_scene.overview._snapshot
    minimap = window.findChild(Minimap)
    templates = TemplateDialog(window)
    templates.draw_thumbnails()
    thumbnail = templates.list.item(0).icon().pixmap(QSize(320, 200), 2.0)
    icon = window.actions["colour.pink"].icon()
    report = {
        "policy": QGuiApplication.highDpiScaleFactorRoundingPolicy().name,
        "window": window.devicePixelRatioF(),
        "grab": window.grab().devicePixelRatio(),
        "cards": sorted(cards),
        "grid": window.view._grid._pixmap.devicePixelRatio(),
        "overview": overview[1].devicePixelRatio() if overview else None,
        "minimap": minimap._image.devicePixelRatio() if minimap and minimap._image else None,
        "thumbnail": [thumbnail.width(), thumbnail.devicePixelRatio()],
        "icon_sizes": sorted(size.width() for size in icon.availableSizes()),
        "line_icon_sizes": sorted(
            {size.width() for size in window.actions["undo"].icon().availableSizes()}
        ),
    }
    print(json.dumps(report))
    window.document.undo_stack.setClean()
    templates.deleteLater()
    window.close()


if __name__ == "__main__":
    main()
