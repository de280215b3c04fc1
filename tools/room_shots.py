"""The room's screenshots for docs/room.md: the phone page and the facilitator's Room panel.

Run `python -m tools.room_shots [--out FOLDER]` (default docs/images/room, beside the user
guide's own shots, which `tools.user_guide_shots` makes). A real room is opened on
127.0.0.1 for the ServiceLand-like themed board; headless chromium joins it as a phone (see
`tools.phone_browser`), and the window is grabbed with the panel open. The address and PIN are
fixed so the pictures do not change from run to run: the address shown is a typical venue one.
"""

import argparse
import json
import socket
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QRectF, QTimer
from PySide6.QtWidgets import QApplication

from codesign.document import BoardDocument
from codesign.room import room as room_module
from codesign.room.settings import DEFAULT_PORT
from tools.phone_browser import PHONE_SIZE, phone_browser
from tools.shot_studio import prepare_environment, private_home

SHOWN_HOST = "192.168.1.20"
PIN = "4821"


def _port_taken(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def settle(ms: int = 300) -> None:
    """Let the room's queued reports reach the board (the test's qtbot.wait, without pytest)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def join_as(url: str, name: str) -> None:
    request = urllib.request.Request(
        url + "join",
        data=json.dumps({"pin": PIN, "name": name}).encode(),
        headers={"Content-Type": "application/json"},
    )
    urllib.request.urlopen(request, timeout=10).read()


def shoot_phone(url: str, out: Path, while_joined: Callable[[], None]) -> None:
    from selenium.webdriver.common.by import By

    with phone_browser(scale=2) as driver:
        driver.get(url)
        time.sleep(0.5)
        driver.find_element(By.ID, "pin").send_keys(PIN)
        driver.find_element(By.ID, "name").send_keys("Sam")
        driver.save_screenshot(str(out / "phone-join.png"))
        driver.find_element(By.ID, "join-button").click()
        time.sleep(1.5)
        settle()
        driver.find_element(By.ID, "tab-write").click()
        for text in (
            "Text me the day before my appointment",
            "A quiet room to wait in",
            "Say who I will see, in plain words",
        ):
            driver.find_element(By.ID, "note-text").send_keys(text)
            driver.find_element(By.CSS_SELECTOR, "#note-form button[type=submit]").click()
        driver.find_elements(By.CSS_SELECTOR, "#my-notes button[data-action=send]")[-1].click()
        time.sleep(1)
        settle()
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(str(out / "phone-write.png"))
        driver.find_element(By.ID, "tab-vote").click()
        driver.find_elements(By.CSS_SELECTOR, "#vote-notes button[data-action=dot]")[0].click()
        time.sleep(1)
        settle()
        driver.save_screenshot(str(out / "phone-vote.png"))
        while_joined()


def side_by_side(parts: list[Path], target: Path, gap: int = 24) -> None:
    """The phone's screens in a row at phone size, on the page's own background colour."""
    from PySide6.QtGui import QColor, QImage, QPainter

    images = [QImage(str(part)) for part in parts]
    width = PHONE_SIZE[0]
    height = PHONE_SIZE[1]
    row = QImage(len(images) * (width + gap) + gap, height + 2 * gap, QImage.Format.Format_RGB32)
    row.fill(QColor("#E4E1DB"))
    painter = QPainter(row)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    for index, image in enumerate(images):
        x = gap + index * (width + gap)
        painter.drawImage(QRectF(x, gap, width, height), image, QRectF(image.rect()))
    painter.end()
    row.save(str(target))
    for part in parts:
        part.unlink()


def shoot_panel(window: object, out: Path) -> None:
    window.resize(1280, 800)  # type: ignore[attr-defined]
    settle(500)
    window.grab().save(str(out / "panel.png"))  # type: ignore[attr-defined]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/images/room"))
    args = parser.parse_args()
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    with private_home():
        prepare_environment()
        return shoot(out)


def shoot(out: Path) -> int:
    """In the studio's private home: no recovery copy or setting of the user's is touched."""
    from codesign.ui.app import create_application
    from codesign.ui.room.room_control import RoomControl
    from codesign.ui.shell.main_window import MainWindow
    from tests.boards import themed_board

    app = create_application([sys.argv[0]]) if QApplication.instance() is None else None
    room_module.url_host = lambda _interface: SHOWN_HOST  # type: ignore[assignment]
    room_module.new_pin = lambda: PIN  # type: ignore[assignment]
    RoomControl.port = 0 if _port_taken(DEFAULT_PORT) else DEFAULT_PORT
    room_module.Room.interfaces = staticmethod(  # type: ignore[method-assign]
        lambda: [(f"{SHOWN_HOST} (Wi-Fi)", "127.0.0.1")]
    )
    window = MainWindow(BoardDocument(themed_board()))
    window.show()
    window.actions["room_panel"].trigger()
    panel = window.live_room.panel
    panel.interface.setCurrentIndex(panel.interface.findData("127.0.0.1"))
    panel.start_button.click()
    room = window.live_room.room
    assert room is not None
    local = f"http://127.0.0.1:{room.port}/"
    for name in ("Geoff", "Rhian", "Aled"):
        join_as(local, name)
    shoot_phone(local, out, lambda: shoot_panel(window, out))
    side_by_side(
        [out / f"phone-{name}.png" for name in ("join", "write", "vote")],
        out / "phone.png",
    )
    window.live_room.stop()
    window.document.undo_stack.setClean()
    window.close()
    QCoreApplication.processEvents()
    del app
    print(f"room shots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
