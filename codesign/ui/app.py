"""Starting the app: the QApplication, the bundled fonts, and the first window."""

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from codesign import __version__
from codesign.canvas.style import register_fonts
from codesign.ui.common.branding import UI_FAMILY, app_icon
from codesign.ui.common.plurals import CodesignApplication
from codesign.ui.common.responsiveness import prefer_the_ui_thread

if TYPE_CHECKING:
    from codesign.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)


def load_bundled_fonts() -> None:
    """Register the bundled faces with Qt (the canvas's one registration, done before the
    first window so its widgets use Noto Sans too), so the canvas draws what the PDF measures."""
    if UI_FAMILY not in register_fonts():
        log.warning("could not load the bundled font %s", UI_FAMILY)


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    prefer_the_ui_thread()
    # Whole-number rounding would draw a 125 % or 150 % laptop at 100 % or 200 %.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = CodesignApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Codesign")
    app.setOrganizationName("Codesign")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("codesign")
    load_bundled_fonts()
    app.setFont(QFont(UI_FAMILY, 10))
    return app


def fill_most_of_the_screen(window: QWidget) -> None:
    """The board is the hero: open large on the laptop's screen, centred, not edge to edge."""
    screen = window.screen()
    if screen is None:
        return
    available = screen.availableGeometry()
    size = available.size() * 0.92
    window.resize(size)
    window.move(available.center() - window.rect().center())


def run_app(board: str | None = None) -> int:
    from codesign.ui.files.file_open_events import FileOpenEvents
    from codesign.ui.shell.shutdown import ShutdownOnSignal

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = create_application()
    window = show_first_window(board)
    app.installEventFilter(FileOpenEvents(window.files.open_if_allowed, window))
    ShutdownOnSignal(window.recovery.keep_for_next_start, window)
    QTimer.singleShot(0, window.recovery.offer_at_start)
    return app.exec()


def show_first_window(board: str | None = None) -> "MainWindow":
    """The window as `codesign [BOARD]` shows it, steps in the same order: the rehearsal tests
    start the app through here, so a fault of starting up (where the keys go) shows there."""
    from codesign.ui.common.language import install_language
    from codesign.ui.common.settings import load_settings
    from codesign.ui.shell.main_window import MainWindow
    from codesign.ui.shell.window_state import restore_window_state

    install_language(load_settings().language)

    window = MainWindow()
    if not restore_window_state(window):
        fill_most_of_the_screen(window)
    window.show()
    if board is not None:
        window.files.open_path(Path(board))
    return window
