"""`codesign export BOARD -o OUT.png`: the canvas's own drawing, rendered without a screen.

Qt is imported here only, and only when a PNG is asked for, so every other command stays
Qt-free and quick to start. With no display configured (a server, CI, an SSH session), Qt is
told to use its offscreen platform; a person at a desktop keeps their own.
"""

import os
import sys
from pathlib import Path

from codesign.cli.errors import UserError
from codesign.model import Board
from codesign.text.catalogue import translate


def export_png_headless(board: Board, output: Path, scale: float, only: frozenset[str]) -> int:
    unknown = sorted(only - {item.id for item in board.items})
    if unknown:
        said = translate("cli", "{output}: no item with id {id} on this board")
        raise UserError(said.format(output=output, id=repr(unknown[0])))
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from codesign.canvas.plurals import install_english_plurals
    from codesign.canvas.png_export import PngExportError, export_png
    from codesign.canvas.scene import BoardScene
    from codesign.document import BoardDocument

    _app = QApplication.instance() or QApplication(sys.argv[:1])  # alive until the end
    install_english_plurals(_app)
    scene = BoardScene(BoardDocument(board))
    try:
        size = export_png(scene, output, scale, sorted(only))
    except PngExportError as error:
        message = str(error)
        line = message if message.startswith(str(output)) else f"{output}: {message}"
        raise UserError(line) from None
    said = translate("cli", "{output}: exported {title}, {width} × {height} pixels")
    print(
        said.format(
            output=output, title=repr(board.title), width=size.width(), height=size.height()
        )
    )
    return 0


def report_picture_headless(board: Board) -> bytes:
    """The board drawn as a PNG for the HTML report, by the canvas, without a screen."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from codesign.canvas.png_export import PngExportError, report_picture
    from codesign.canvas.scene import BoardScene
    from codesign.document import BoardDocument

    _app = QApplication.instance() or QApplication(sys.argv[:1])  # alive until the end
    try:
        return report_picture(BoardScene(BoardDocument(board)))
    except PngExportError as error:
        raise UserError(
            translate("cli", "the board's picture: {error}").format(error=error)
        ) from None
