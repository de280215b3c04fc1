"""`codesign serve BOARD`: host a room for phones and other Codesigns, with no window."""

import argparse
import signal
import sys
from pathlib import Path
from typing import Any

from codesign.cli.errors import UserError
from codesign.text.catalogue import translate


def _tr(text: str) -> str:
    return translate("cli", text)


def add_room_commands(commands: Any) -> None:
    serve = commands.add_parser("serve", help=_tr("host BOARD as a room on the local network"))
    serve.add_argument("board", help=_tr("the board file (.codesign.json) to host"))
    serve.add_argument("--port", type=int, default=8765, help=_tr("the port (default 8765)"))
    serve.add_argument("--pin", help=_tr("the room PIN, 4 to 8 digits (default: drawn at random)"))
    serve.add_argument(
        "--interface",
        default="0.0.0.0",
        help=_tr("the address to listen on (default: every interface; peers must be local)"),
    )
    serve.set_defaults(run=_serve)


def _serve(arguments: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication, QTimer

    from codesign.room import RoomError, RoomSettings
    from codesign.room.serve import Host
    from codesign.storage.errors import BoardFileError

    path = Path(arguments.board)
    if not path.is_file():
        raise UserError(_tr("no board at {path} (make one with 'codesign new')").format(path=path))
    if not 0 <= arguments.port <= 65535:
        said = _tr("--port must be 0 to 65535, not {port}")
        raise UserError(said.format(port=arguments.port))
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    settings = RoomSettings(interface=arguments.interface, port=arguments.port, pin=arguments.pin)
    try:
        host = Host.open(path, settings)
    except (RoomError, BoardFileError) as error:
        raise UserError(str(error)) from None
    room = host.room
    said = (
        _tr("Room open (resumed from its recovery copy): {url}  PIN {pin}  (Ctrl+C ends the room)")
        if host.resumed
        else _tr("Room open: {url}  PIN {pin}  (Ctrl+C ends the room)")
    )
    print(said.format(url=room.url, pin=room.pin), flush=True)
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: app.quit())
    tick = QTimer()
    tick.timeout.connect(lambda: None)  # lets Python see Ctrl+C while Qt waits
    tick.start(200)
    try:
        app.exec()
    finally:
        host.close()
    print(_tr("Room ended; board saved to {path}").format(path=path), flush=True)
    return 0
