"""The projector on a real second screen: an X server with two screens, a window manager, and
keys typed through the X server (xdotool), as a clicker or keyboard sends them.

Run as `python -m tests.ui.two_screens_session OUT_DIR` with DISPLAY set to such a server and
QT_QPA_PLATFORM=xcb (tests/ui/test_two_screens.py starts one). It opens the projector with
Ctrl+Shift+P, presents with F5, steps, leaves with Escape, closes the wall with Escape, opens
another board with the wall open and quits with Ctrl+Q, saving pictures of both windows into
OUT_DIR, and prints one JSON object of what it saw.
"""

import json
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from codesign.document import BoardDocument
from codesign.storage import save_board
from codesign.ui.app import create_application
from codesign.ui.shell.main_window import MainWindow
from tests.boards import themed_board


def settle(seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def wait_for(condition: Callable[[], bool], seconds: float = 5.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def keys(window: MainWindow, *names: str) -> None:
    """Through the X server to whatever window has the keyboard, as a person types."""
    if shutil.which("xdotool"):
        subprocess.run(["xdotool", "key", "--delay", "60", *names], check=True)
        settle(0.4)
        return
    for name in names:  # no xdotool: the focused widget, through the shortcut map
        sequence = {"ctrl+shift+p": "Ctrl+Shift+P", "ctrl+q": "Ctrl+Q"}.get(name, name)
        QTest.keySequence(QApplication.focusWidget() or window.view, sequence)
        settle(0.2)


def rect_list(rect: QRectF) -> list[float]:
    return [round(rect.x()), round(rect.y()), round(rect.width()), round(rect.height())]


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    report: dict[str, object] = {"screens": [s.name() for s in QGuiApplication.screens()]}
    other = out / "other.codesign.json"
    save_board(themed_board(), other)
    window = MainWindow(BoardDocument(themed_board()))
    window.resize(1200, 760)
    window.show()
    window.activateWindow()
    wait_for(lambda: QGuiApplication.focusWindow() is window.windowHandle())
    view = window.view
    view.fit_board()
    note = view.mapFromScene(view.board_scene.item_rect("n1").center())
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=note)
    report["selected"] = view.board_scene.selected_ids()
    laptop_shows = view.visible_rect()

    keys(window, "ctrl+shift+p")
    room = window.room
    wall = room.projector
    wait_for(lambda: wall is None and room.projector is not None and room.projector.isVisible())
    wall = room.projector
    assert wall is not None
    settle(1.0)
    report["wall_screen"] = wall.screen().name()
    report["wall_geometry"] = list(wall.geometry().getRect())
    report["screen_geometry"] = [list(s.geometry().getRect()) for s in QGuiApplication.screens()]
    report["wall_full_screen"] = wall.isFullScreen()
    report["wall_windowed"] = wall.windowed
    report["keyboard_on_laptop"] = QGuiApplication.focusWindow() is window.windowHandle()
    report["laptop_shows"] = rect_list(laptop_shows)
    report["wall_shows"] = rect_list(wall.view.visible_rect())
    report["wall_zoom"] = round(wall.view.zoom(), 3)
    wall.grab().save(str(out / "wall-selected.png"))

    keys(window, "F5")
    presenter = room.presenter
    report["presenting"] = presenter.active
    settle(1.0)
    report["laptop_full_screen"] = window.isFullScreen()
    report["menus_hidden"] = not window.menuBar().isVisible()
    keys(window, "Right")
    settle(0.8)
    frame = next(f for f in presenter.frames() if f.id == presenter.current)
    report["frame"] = frame.id
    report["wall_on_frame"] = wall.view.visible_rect().contains(QRectF(*frame.rect))
    window.grab().save(str(out / "laptop-presenting.png"))
    wall.grab().save(str(out / "wall-presenting.png"))
    keys(window, "b")
    report["blank"] = wall.is_blank()
    wall.grab().save(str(out / "wall-blank.png"))
    keys(window, "period")
    report["unblank"] = not wall.is_blank()
    keys(window, "Escape")
    report["left_presenting"] = not presenter.active and not window.isFullScreen()
    report["wall_after_leaving"] = wall.isVisible()
    keys(window, "Escape")
    report["escape_closed_wall"] = not wall.isVisible()
    report["projector_unticked"] = not window.actions["projector"].isChecked()

    keys(window, "ctrl+shift+p")
    report["reopened"] = wait_for(lambda: wall.isVisible())
    view = window.view
    note = view.mapFromScene(view.board_scene.item_rect("n2").center())
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=note)
    window.files.open_if_allowed(other)  # the old scene goes with a note selected in it
    settle(0.5)
    report["other_board"] = wall.view.scene() is window.view.scene()
    keys(window, "ctrl+shift+p")
    report["shortcut_closed_wall"] = not wall.isVisible()
    keys(window, "ctrl+shift+p")
    wait_for(lambda: wall.isVisible())

    window.document.undo_stack.setClean()
    QTimer.singleShot(0, lambda: keys(window, "ctrl+q"))
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: app.exit(3))
    guard.start(10_000)
    report["quit_code"] = app.exec()
    print(json.dumps(report))


if __name__ == "__main__":
    main()
