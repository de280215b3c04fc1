"""What the rehearsal checks: the file on disk, and what the screen shows.

A grab comes from the screen itself when there is one (on X, what the window manager really
composed: a window hidden behind another, or never painted, shows as such), else from the
widget's own rendering. A "blank area" is a large patch of one flat colour: an unpainted
window, a board that lost its items, a projector showing nothing.
"""

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QWidget

from codesign.canvas.items import ClusterItem
from codesign.canvas.view import BoardView
from codesign.model import Board, Cluster, JourneyMap, Note
from codesign.storage import load_board

TILE = 32
"""Pixels per side of the squares a grab is cut into to look for flat patches."""
MAX_FLAT_SHARE = 0.30
"""A window may show at most this share of one flat colour in one connected patch."""


def saved(path: Path) -> Board:
    """The board in a saved file, read the way Codesign reads it (and as JSON, so it is JSON)."""
    raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    assert raw["format"] == "codesign-board", raw.get("format")
    return load_board(path)


def notes(board: Board) -> dict[str, Note]:
    return {item.text: item for item in board.items if isinstance(item, Note)}


def clusters(board: Board) -> dict[str, Cluster]:
    return {item.title: item for item in board.items if isinstance(item, Cluster)}


def journey(board: Board) -> JourneyMap:
    (found,) = [item for item in board.items if isinstance(item, JourneyMap)]
    return found


def grab(widget: QWidget) -> QImage:
    """What the screen shows of `widget`: the real framebuffer on X, the widget elsewhere."""
    if QGuiApplication.platformName() == "xcb":
        screen = widget.screen()
        top_left = widget.mapToGlobal(widget.rect().topLeft()) - screen.geometry().topLeft()
        shot = screen.grabWindow(0, top_left.x(), top_left.y(), widget.width(), widget.height())
        if not shot.isNull():
            return shot.toImage()
    return widget.grab().toImage()


def keep(image: QImage, what: str) -> None:
    """With CODESIGN_REHEARSAL_SHOTS=FOLDER, every grab checked is kept there to look at."""
    folder = os.environ.get("CODESIGN_REHEARSAL_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        name = "".join(c if c.isalnum() else "-" for c in what)
        image.save(str(Path(folder) / f"{QGuiApplication.platformName()}-{name}.png"))


def flat_patches(image: QImage) -> list[tuple[int, QColor]]:
    """(tiles, colour) of each connected patch of flat tiles of one colour, largest first.
    A tile is flat when every one of its pixels is the same: the board's dot grid, a note's
    text or a shadow all break it, so only a place where nothing was drawn is flat."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    pixels = bytes(image.constBits())
    line = image.bytesPerLine()
    columns, rows = image.width() // TILE, image.height() // TILE
    flat: dict[tuple[int, int], bytes] = {}
    for row in range(rows):
        for column in range(columns):
            colour = _flat_colour(pixels, line, column * TILE * 4, row * TILE)
            if colour is not None:
                flat[column, row] = colour
    patches: list[tuple[int, QColor]] = []
    seen: set[tuple[int, int]] = set()
    for start, colour in flat.items():
        if start in seen:
            continue
        seen.add(start)
        stack, size = [start], 0
        while stack:
            column, row = stack.pop()
            size += 1
            for near in (
                (column + 1, row),
                (column - 1, row),
                (column, row + 1),
                (column, row - 1),
            ):
                if near not in seen and flat.get(near) == colour:
                    seen.add(near)
                    stack.append(near)
        blue, green, red, alpha = colour
        patches.append((size, QColor(red, green, blue, alpha)))
    return sorted(patches, key=lambda patch: -patch[0])


def _flat_colour(pixels: bytes, line: int, left: int, top: int) -> bytes | None:
    first = pixels[top * line + left : top * line + left + 4]
    flat_row = first * TILE
    for y in range(top, top + TILE):
        if pixels[y * line + left : y * line + left + TILE * 4] != flat_row:
            return None
    return first


def assert_no_blank_area(widget: QWidget, what: str) -> QImage:
    """At most MAX_FLAT_SHARE of the grab is one flat patch, and nothing is black or empty."""
    image = grab(widget)
    keep(image, what)
    tiles = (image.width() // TILE) * (image.height() // TILE)
    assert tiles, f"{what}: nothing to look at ({image.width()}×{image.height()})"
    patches = flat_patches(image)
    unpainted = [c.name() for _size, c in patches if c.alpha() == 0 or c.lightness() == 0]
    assert not unpainted, f"{what}: unpainted (black or empty) patches on the screen"
    if patches:
        size, colour = patches[0]
        assert size <= MAX_FLAT_SHARE * tiles, (
            f"{what}: a blank {colour.name()} patch covers {size} of {tiles} tiles"
        )
    return image


def clipped_titles(view: BoardView, titles: Iterable[str] | None = None) -> list[str]:
    """Theme titles drawn cut short (with "…") on the board; all themes, or those named."""
    wanted = None if titles is None else set(titles)
    clipped = []
    for item in view.board_scene.board_items():
        if not isinstance(item, ClusterItem):
            continue
        title = item.record.title
        if wanted is not None and title not in wanted:
            continue
        drawn = " ".join(item.title_layout().lines)  # what paint() draws: read, not re-measured
        if drawn != " ".join(title.split()):
            clipped.append(f"{title!r} drawn as {drawn!r}")
    return clipped
