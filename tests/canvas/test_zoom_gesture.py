"""A pinch or Ctrl+wheel zoom draws the notes' pictures scaled, then sharp once it settles;
the pictures stay within their byte budget."""

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor

from codesign.canvas import style
from codesign.canvas.items import NoteItem
from codesign.canvas.items.note_snapshot import view_key
from codesign.canvas.items.note_snapshots import SNAPSHOTS, Snapshot
from codesign.canvas.zoom_gesture import SETTLE_MS
from codesign.document import BoardDocument
from codesign.model import Board, Note
from tests.canvas.test_view import wheel

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


def picture(view, note: NoteItem) -> Snapshot | None:
    key = (note.picture_serial, *view_key(view.viewport()))
    return SNAPSHOTS.picture(key, note.picture_version)


def exact_scale(view) -> float:
    return view.zoom() * view.viewport().devicePixelRatioF()


def settled_sharp(view) -> bool:
    """Every note on screen has a picture made at the view's zoom."""
    view.viewport().repaint()
    pictures = [picture(view, note) for note in notes_on_screen(view)]
    return all(p is not None and p.scale == exact_scale(view) for p in pictures)


def test_ctrl_wheel_scales_pictures_and_settles_sharp(qtbot, view):
    view.set_zoom(0.5)
    view.viewport().repaint()
    shown = notes_on_screen(view)
    assert shown and all(picture(view, note).scale == exact_scale(view) for note in shown)
    for _ in range(3):
        wheel(view, QPoint(500, 350), 40, CTRL)
    view.viewport().repaint()
    assert view.zoom() > 0.5
    assert all(picture(view, note).scale == 0.5 * view.devicePixelRatioF() for note in shown)
    qtbot.waitUntil(lambda: settled_sharp(view), timeout=SETTLE_MS * 10)


def test_notes_coming_into_view_mid_gesture_are_pictured_when_it_settles(qtbot, view):
    view.set_zoom(1.0)
    view.viewport().repaint()
    at_start = len(notes_on_screen(view))
    for _ in range(6):
        wheel(view, QPoint(500, 350), -60, CTRL)
    view.viewport().repaint()
    shown = notes_on_screen(view)
    assert len(shown) > at_start
    assert any(picture(view, note) is None for note in shown)
    qtbot.waitUntil(lambda: settled_sharp(view), timeout=SETTLE_MS * 10)


def test_a_settled_zoom_looks_as_sharp_as_one_painted_from_scratch(qtbot, view):
    view.set_zoom(0.8)
    view.centerOn(QPointF(1000, 1000))
    view.viewport().repaint()
    for _ in range(5):
        wheel(view, QPoint(500, 350), 30, CTRL)
    qtbot.waitUntil(lambda: settled_sharp(view), timeout=SETTLE_MS * 10)
    settled = view.viewport().grab().toImage()
    SNAPSHOTS.clear()
    qtbot.waitUntil(lambda: settled_sharp(view))
    assert view.viewport().grab().toImage() == settled


def test_pictures_stay_within_their_budget(qtbot, view):
    budget = SNAPSHOTS.budget
    SNAPSHOTS.set_budget(2 * 1024 * 1024)
    try:
        for zoom in (1.0, 0.7, 0.5, 0.4):
            view.set_zoom(zoom)
            for x in range(0, 4800, 800):
                view.centerOn(QPointF(x, x * 0.7))
                view.viewport().repaint()
                assert SNAPSHOTS.bytes_held() <= 2 * 1024 * 1024
        assert SNAPSHOTS.bytes_held() > 0
    finally:
        SNAPSHOTS.set_budget(budget)


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
    qtbot.waitUntil(lambda: settled_sharp(view), timeout=SETTLE_MS * 10)
    after = paper_pixels(view)
    assert abs(during - after) < 0.1 * after


@pytest.fixture
def note_paints(monkeypatch):
    """How many times any note has been painted, counted as Qt calls `NoteItem.paint`."""
    calls = []
    paint = NoteItem.paint

    def counted(self, *args):
        calls.append(self.item_id)
        return paint(self, *args)

    monkeypatch.setattr(NoteItem, "paint", counted)
    return calls


def test_a_zoom_in_step_is_the_gesture_picture_stretched_not_each_note(qtbot, view, note_paints):
    view.set_zoom(0.5)
    view.centerOn(QPointF(1000, 1000))
    view.viewport().repaint()
    wheel(view, QPoint(500, 350), 40, CTRL)
    view.viewport().repaint()
    note_paints.clear()
    for _ in range(4):
        wheel(view, QPoint(500, 350), 40, CTRL)
        view.viewport().repaint()
    assert note_paints == []
    qtbot.waitUntil(lambda: settled_sharp(view), timeout=SETTLE_MS * 10)
    assert note_paints


def colour_at(view, note: NoteItem) -> QColor:
    where = view.mapFromScene(note.board_rect().center() + QPointF(0, 40))
    return QColor(view.viewport().grab().toImage().pixel(where))


def test_zooming_out_paints_the_notes_the_gesture_picture_does_not_cover(qtbot, view):
    view.set_zoom(1.0)
    view.centerOn(QPointF(2400, 2400))
    view.viewport().repaint()
    before = set(notes_on_screen(view))
    for _ in range(8):
        wheel(view, QPoint(500, 350), -60, CTRL)
        view.viewport().repaint()
    arrived = [note for note in notes_on_screen(view) if note not in before]
    assert arrived
    paper = style.fill_colour(arrived[0].record.colour)
    seen = colour_at(view, arrived[0])
    assert abs(seen.red() - paper.red()) + abs(seen.green() - paper.green()) < 40


def test_a_spotlight_veils_the_board_once_while_zooming_out(qtbot, view):
    """Mid-gesture the strips round the stretched picture are veiled like the rest, not twice
    (the veil reached beyond the strip it was painted for) nor left bright."""
    view.set_zoom(1.0)
    view.centerOn(QPointF(2400, 2400))
    view.set_spotlight(QRectF(2300, 2300, 200, 200))
    view.viewport().repaint()
    for _ in range(6):
        wheel(view, QPoint(500, 350), -60, CTRL)
        view.viewport().repaint()
    during = view.viewport().grab().toImage()
    qtbot.waitUntil(lambda: settled_sharp(view), timeout=SETTLE_MS * 10)
    after = view.viewport().grab().toImage()
    veiled = QColor(after.pixel(3, 3))
    points = [
        (x, y)
        for y in range(0, after.height(), 7)
        for x in range(0, after.width(), 7)
        if QColor(after.pixel(x, y)) == veiled
    ]
    differ = [
        (x, y) for x, y in points if abs(QColor(during.pixel(x, y)).value() - veiled.value()) > 12
    ]
    assert len(points) > 1000
    assert len(differ) < 0.02 * len(points)
