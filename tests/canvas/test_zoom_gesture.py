"""A pinch or Ctrl+wheel zoom draws the notes' pictures scaled, then sharp once it settles."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem

from codesign.canvas import style
from codesign.canvas.items import NoteItem
from codesign.canvas.zoom_gesture import SETTLE_MS
from codesign.document import BoardDocument
from codesign.model import Board, Note
from tests.canvas.test_view import wheel

SCALED = QGraphicsItem.CacheMode.ItemCoordinateCache
EXACT = QGraphicsItem.CacheMode.DeviceCoordinateCache
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def document():
    """A field of notes wider than the view, so zooming out brings new ones into view."""
    notes = tuple(
        Note(id=f"n{i}", x=(i % 12) * 400.0, y=(i // 12) * 400.0, text=f"Note {i}")
        for i in range(144)
    )
    return BoardDocument(Board(items=notes))


def notes_on_screen(view) -> list[NoteItem]:
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    return [item for item in view.scene().items(seen) if isinstance(item, NoteItem)]


def test_ctrl_wheel_scales_pictures_and_settles_sharp(qtbot, view):
    view.set_zoom(0.5)
    qtbot.wait(10)
    shown = notes_on_screen(view)
    assert shown and all(note.cacheMode() == EXACT for note in shown)
    for _ in range(3):
        wheel(view, QPoint(500, 350), 40, CTRL)
    assert all(note.cacheMode() == SCALED for note in shown)
    qtbot.waitUntil(
        lambda: all(note.cacheMode() == EXACT for note in notes_on_screen(view)),
        timeout=SETTLE_MS * 10,
    )
    assert view.zoom() > 0.5


def test_notes_coming_into_view_mid_gesture_are_pictured_too(qtbot, view):
    view.set_zoom(1.0)
    at_start = len(notes_on_screen(view))
    for _ in range(6):
        wheel(view, QPoint(500, 350), -60, CTRL)
    wheel(view, QPoint(500, 350), -1, CTRL)
    shown = notes_on_screen(view)
    assert len(shown) > at_start
    assert all(note.cacheMode() == SCALED for note in shown)


def paper_pixels(view) -> int:
    """Pixels far from the background's colour: the notes' paper (the grid's dots are few)."""
    image = view.viewport().grab().toImage()
    ground = QColor(style.BACKGROUND)
    return sum(
        1
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
        if abs(QColor(image.pixel(x, y)).red() - ground.red())
        + abs(QColor(image.pixel(x, y)).green() - ground.green())
        + abs(QColor(image.pixel(x, y)).blue() - ground.blue())
        > 60
    )


def test_the_scaled_pictures_are_drawn_at_the_new_size(qtbot, view):
    view.set_zoom(0.5)
    view.centerOn(QPointF(1000, 1000))
    qtbot.wait(10)
    for _ in range(6):
        wheel(view, QPoint(500, 350), 40, CTRL)
    during = paper_pixels(view)
    qtbot.waitUntil(lambda: all(n.cacheMode() == EXACT for n in notes_on_screen(view)))
    after = paper_pixels(view)
    assert abs(during - after) < 0.1 * after
