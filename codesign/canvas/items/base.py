"""What every board item on the canvas shares: its id, its record, and its place in the stack.

An item never edits the document. It shows the record it was given, and during a gesture it may
move or resize its own visuals; the scene turns the finished gesture into one command.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from time import perf_counter
from typing import ClassVar

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QWidget

from codesign.model import Item
from codesign.model.kinds import record_paint_order, registrar

PRESENTING_PROPERTY = "codesign_presenting"
"""Set on a view's viewport (the projector's) that shows the board to the room."""

MIN_TEXT_PROPERTY = "codesign_min_text"
"""Set on a view's viewport to a smallest note text size, in screen pixels, that view shows."""


class _Painting:
    """The viewport a board view is painting right now.

    Qt paints a cached item (every note) into its pixmap with no widget, so `paint` cannot
    tell the wall from the laptop by its `widget` argument; the view says so here instead,
    for the length of its paint event.
    """

    viewport: QWidget | None = None
    scaling = False
    """The view is in a pinch or Ctrl+wheel: notes draw the pictures they have, scaled."""
    made = 0
    """Pictures made during this paint of the view (see `items.note_snapshot`)."""
    started = 0.0
    later: ClassVar[list[QRectF]] = []
    """Where, in the viewport, notes wait for a picture the next frame will make."""


@contextmanager
def painting(viewport: QWidget, scaling: bool = False) -> Iterator[list[QRectF]]:
    """Mark `viewport` as the one being painted while its view paints; gives the viewport
    rect still to paint again once the frame is out (notes that wait for their picture)."""
    previous = _Painting.viewport, _Painting.scaling, _Painting.made, _Painting.started
    previous_later = _Painting.later
    _Painting.viewport, _Painting.scaling = viewport, scaling
    _Painting.made, _Painting.started = 0, perf_counter()
    later: ClassVar[list[QRectF]] = []
    _Painting.later = later
    try:
        yield later
    finally:
        (_Painting.viewport, _Painting.scaling, _Painting.made, _Painting.started) = previous
        _Painting.later = previous_later


def paint_later(rect: QRectF) -> None:
    """Ask the view painting now to paint `rect` (viewport pixels) again after this frame."""
    _Painting.later.append(rect)


def scaling_now() -> bool:
    """Whether the view painting now is in a continuous zoom (see `items.note_snapshots`)."""
    return _Painting.scaling


def painting_started() -> float:
    """When the view painting now began its paint (tells one frame from the next)."""
    return _Painting.started


def may_make_picture(least: int, seconds: float) -> bool:
    """Whether the view painting now may make one more picture: `least` a frame, and more
    while the frame has taken less than `seconds`."""
    if _Painting.made >= least and perf_counter() - _Painting.started > seconds:
        return False
    _Painting.made += 1
    return True


def painted_widget(widget: QWidget | None) -> QWidget | None:
    """The widget an item is being painted for: Qt's, or else the view painting now."""
    return widget if widget is not None else _Painting.viewport


def presenting(widget: QWidget | None) -> bool:
    """Whether the paint is for a view that shows the board to the room (the projector)."""
    shown_on = painted_widget(widget)
    return shown_on is not None and bool(shown_on.property(PRESENTING_PROPERTY))


LAYER_SPAN = 1_000_000.0
"""Scene z of one paint layer (`kinds.paint_order`): far more than any board's z range."""
_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable


class BoardItem(QGraphicsItem):
    """Base of the one-class-per-kind canvas items; `show_record` is the only way in."""

    def __init__(self, record: Item) -> None:
        super().__init__()
        self.item_id = record.id
        self.setFlags(_SELECTABLE)
        self.take_record(record)

    def shows_selection(self, widget: QWidget | None) -> bool:
        """Selection edges and handles are editing marks: drawn for the facilitator, never on
        the wall, where the same scene is shown by the projector's view."""
        return self.isSelected() and not presenting(widget)

    def show_record(self, record: Item) -> None:
        """Take a new record value (after an edit, undo or redo) and redraw."""
        self.prepareGeometryChange()
        self.take_record(record)
        self.update()

    def take_record(self, record: Item) -> None:
        """Position, stacking and whatever subclasses draw from the record; no repaint, so
        building 10,000 items does only what each needs."""
        self.record = record
        layer, z = record_paint_order(record)
        self.setZValue(layer * LAYER_SPAN + z)
        self.setPos(getattr(record, "x", 0.0), getattr(record, "y", 0.0))

    def describe(self) -> str:
        """One line for the tooltip and screen readers; asked for only when shown (the scene's
        help event), so building a 10,000-note scene formats no text."""
        return ""

    def local_rect(self) -> QRectF:
        return QRectF(
            0.0, 0.0, getattr(self.record, "width", 0.0), getattr(self.record, "height", 0.0)
        )

    def boundingRect(self) -> QRectF:
        return self.local_rect()

    def shape(self) -> QPainterPath:
        """Hits and rubber-band containment use the item itself, not its shadow or margins."""
        path = QPainterPath()
        path.addRect(self.local_rect())
        return path

    def grabs(self, local_pos: QPointF) -> bool:
        """Whether a press here takes this item (regions are taken only by their title bar)."""
        return True

    def board_rect(self) -> QRectF:
        """Where the item is on the board now, including a move in progress."""
        return self.local_rect().translated(self.pos())


ITEM_CLASSES: dict[str, type[BoardItem]] = {}
"""The canvas class of each kind in `kinds.KINDS`, filled by `shows_kind` (as BeeRef does)."""


shows_kind = registrar(ITEM_CLASSES, "canvas item")
"""Class decorator: this class draws the kind on the canvas."""
