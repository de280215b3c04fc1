"""A sticky note, painted by hand: a few calls per frame and no child items, so 10,000 stay fast.

The text comes from the shared `layout_note_text`, computed once per text and size (not per
frame) and drawn line by line with the bundled font scaled to the layout's size, so the note on
screen wraps exactly as the note in the PDF.
"""

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from codesign.canvas import style
from codesign.canvas.device_pixels import device_ratio
from codesign.canvas.items.base import (
    MIN_TEXT_PROPERTY,
    BoardItem,
    painted_widget,
    presenting,
    shows_kind,
)
from codesign.canvas.items.card import CORNER, paint_card, paint_paper
from codesign.canvas.items.corner_handle import corner_handle
from codesign.canvas.items.languages_shown import texts_shown
from codesign.canvas.items.note_snapshot import paint_pictured
from codesign.canvas.items.note_snapshots import new_serial
from codesign.canvas.items.text_paint import draw_line, metrics
from codesign.canvas.items.two_texts import paint_two_texts
from codesign.model import Note
from codesign.text import (
    NOTE_PADDING,
    TextLayout,
    drawable,
    largest_readable_size,
    layout_note_text,
    layout_two_note_texts,
    visible_lines,
)

TEXT_LOD = 0.35
"""Below this zoom a note's text is a few pixels high: draw the coloured square only."""
AUTHOR_SIZE = 9.0
MIN_LARGE_LINES = 3
"""Larger projector text never grows past the size at which three lines fill the note, nor
past the size at which the longest word still fits its width."""
_BADGE = QRectF(0, 0, 30, 16)
BADGE_ROOM = 16.0
"""Height kept free of text at the bottom of an overflowing note, for the "…+" badge."""
_MARGIN = 8.0


def shown_lines(layout: TextLayout, height: float) -> tuple[str, ...]:
    """The lines a note of `height` shows: when the text overflows, those that fit above the
    "…+" badge's band, the last one ending in an ellipsis, so nothing runs past the note's
    edge and the badge covers no word."""
    if not layout.overflows:
        return visible_lines(layout, height)
    return visible_lines(layout, height - BADGE_ROOM)


@shows_kind("note")
class NoteItem(BoardItem):
    def __init__(self, record: Note) -> None:
        self._layout: TextLayout | None = None
        self._lines: tuple[str, ...] = ()
        self._line_offsets: tuple[float, ...] = ()
        self._preview_size: tuple[float, float] | None = None
        self.editing = False
        self.picture_serial = new_serial()
        self.picture_version = 0
        """Bumped whenever the note would look different: its pictures are then stale."""
        super().__init__(record)

    def take_record(self, record: Note) -> None:  # type: ignore[override]
        self._layout = None
        self._preview_size = None
        self._bounds = QRectF(
            -_MARGIN, -_MARGIN, record.width + 2 * _MARGIN, record.height + 2 * _MARGIN
        )
        super().take_record(record)

    def set_editing(self, on: bool) -> None:
        """Hide the drawn text while the inline editor shows it."""
        self.editing = on
        self.redraw()

    def show_record(self, record: Note) -> None:  # type: ignore[override]
        super().show_record(record)
        self.redraw()

    def redraw(self) -> None:
        """Drop the note's pictures (on every view) as well as repaint."""
        self.picture_version += 1
        self.update()

    def describe(self) -> str:
        record = self.record
        shown = texts_shown(self, None, record.text, record.text_alt, on_board=True)
        text = " ".join(" / ".join(version.text for version in shown).split())
        if len(text) > 80:
            text = text[:79] + "…"
        colour = style.colour_name(record.colour)
        description = QCoreApplication.translate("canvas", "Note ({colour}): {text}").format(
            colour=colour, text=text
        )
        if record.author:
            description += QCoreApplication.translate("canvas", " — {author}").format(
                author=record.author
            )
        return description

    # --- geometry --------------------------------------------------------------------------

    def local_rect(self) -> QRectF:
        if self._preview_size is not None:
            return QRectF(0.0, 0.0, *self._preview_size)
        return QRectF(0.0, 0.0, self.record.width, self.record.height)

    def boundingRect(self) -> QRectF:
        """Cached: Qt asks for it several times per note per frame."""
        return self._bounds

    def shape(self) -> QPainterPath:
        path = super().shape()
        if self.isSelected():
            path.setFillRule(Qt.FillRule.WindingFill)  # the handle overlaps the note: no hole
            path.addRect(self.handle_rect())
        return path

    def preview_size(self, width: float, height: float) -> None:
        """Show a resize in progress; the record is untouched until the gesture's command."""
        self.prepareGeometryChange()
        self._preview_size = (width, height)
        self._bounds = QRectF(-_MARGIN, -_MARGIN, width + 2 * _MARGIN, height + 2 * _MARGIN)
        self._layout = None
        self.redraw()

    def layout(self) -> TextLayout:
        if self._layout is None:
            rect = self.local_rect()
            self._layout = layout_note_text(self.record.text, rect.width(), rect.height())
            self._lines = shown_lines(self._layout, rect.height())
            font_metrics = metrics()
            self._line_offsets = tuple(
                -font_metrics.horizontalAdvance(drawable(line)) / 2 for line in self._lines
            )
        return self._layout

    def shown_lines(self) -> tuple[str, ...]:
        """The lines drawn: all of them, or as many as fit above the "…+" badge."""
        self.layout()
        return self._lines

    def handle_rect(self) -> QRectF:
        return corner_handle(self, self.local_rect())

    def badge_rect(self) -> QRectF:
        rect = self.local_rect()
        return _BADGE.translated(rect.right() - _BADGE.width() - 10, rect.bottom() - 20)

    def overflows(self) -> bool:
        """Whether the text the board shows needs more room than the note has."""
        rect = self.local_rect()
        return not self.text_fits(rect.width(), rect.height())

    def text_fits(self, width: float, height: float) -> bool:
        """Whether the text the board shows (one language or both) fits a note of this size."""
        record = self.record
        shown = texts_shown(self, None, record.text, record.text_alt, on_board=True)
        if len(shown) == 2:
            return not layout_two_note_texts(shown[0].text, shown[1].text, width, height).overflows
        if shown[0].text == record.text and (width, height) == self._size():
            return not (record.text and self.layout().overflows)
        return not (shown[0].text and layout_note_text(shown[0].text, width, height).overflows)

    def _size(self) -> tuple[float, float]:
        rect = self.local_rect()
        return rect.width(), rect.height()

    # --- painting --------------------------------------------------------------------------

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        """From the note's picture on this view when there is one (see `items.note_snapshots`)."""
        paint_pictured(self, painter, widget)

    def sketch(self, painter: QPainter, paper: bool = False) -> None:
        """The note with no text while it waits for its picture: its colour mid-gesture (the
        paper's cached pixmap would be made again at every step), else its paper."""
        rect = self.local_rect()
        if not paper:
            painter.fillRect(rect, style.fill_brush(self.record.colour))
        elif not paint_card(painter, self.record.colour, rect):
            paint_paper(painter, self.record.colour, rect)

    def paint_content(self, painter: QPainter, lod: float, widget: QWidget | None) -> None:
        """The note itself, at `lod` device-independent pixels per canvas unit."""
        rect = self.local_rect()
        colour = self.record.colour
        selected = self.shows_selection(widget)
        edge = style.edge_pen(colour, ratio=device_ratio(painter))
        if not paint_card(painter, colour, rect):
            paint_paper(painter, colour, rect)
        if lod < TEXT_LOD:
            if selected:
                painter.setPen(edge)
                painter.setBrush(style.NO_BRUSH)
                painter.drawRect(rect)
            return
        if selected:
            painter.setPen(edge)
            painter.setBrush(style.NO_BRUSH)
            painter.drawRoundedRect(rect, CORNER, CORNER)
        if not self.editing:
            self._paint_shown(painter, rect, widget, lod)
        if selected:
            painter.setPen(edge)
            painter.setBrush(style.HANDLE_FILL)
            painter.drawRoundedRect(self.handle_rect(), 3, 3)

    def _paint_shown(
        self, painter: QPainter, rect: QRectF, widget: QWidget | None, zoom: float
    ) -> None:
        """The text in the language(s) this view shows: one text as ever, or both, the second
        under a rule (see `two_texts`)."""
        record = self.record
        shown = texts_shown(self, widget, record.text, record.text_alt)
        if len(shown) == 2:
            fits = paint_two_texts(painter, rect, shown[0].text, shown[1].text)
            if not fits and not presenting(widget):
                self._paint_badge(painter)
            if record.author:
                self._paint_small(painter, record.author, rect)
            return
        text = shown[0].text
        layout = self._layout_for(widget, zoom, text)
        self._paint_text(painter, rect, layout, presenting(widget), text)

    def _layout_for(self, widget: QWidget | None, zoom: float, text: str) -> TextLayout:
        """The shared layout, or, on a view that asks for a smallest text size in screen pixels
        (the projector's larger text), one with a floor that reaches it at this zoom. The
        floor leaves room for at least MIN_LARGE_LINES lines, so a note keeps a few words."""
        shown_on = painted_widget(widget)
        pixels = shown_on.property(MIN_TEXT_PROPERTY) if shown_on is not None else None
        rect = self.local_rect()
        own = text == self.record.text
        layout = self.layout() if own else layout_note_text(text, rect.width(), rect.height())
        if not pixels or zoom <= 0:
            return layout
        floor = min(
            math.ceil(2 * float(pixels) / zoom) / 2,
            largest_readable_size(text, rect.width(), rect.height(), MIN_LARGE_LINES),
        )
        if layout.font_size >= floor:
            return layout
        return layout_note_text(text, rect.width(), rect.height(), floor)

    def _paint_text(
        self, painter: QPainter, rect: QRectF, layout: TextLayout, on_wall: bool, text: str
    ) -> None:
        """On the wall an overflowing note shows its ellipsis but not the "grow" badge, which
        is for the facilitator to click and would cover the larger text."""
        record = self.record
        if text:
            if layout is self._layout:
                lines, offsets = self._lines, self._line_offsets
            else:
                lines = shown_lines(layout, rect.height())
                offsets = tuple(-metrics().horizontalAdvance(drawable(line)) / 2 for line in lines)
            scale = layout.font_size / style.REFERENCE_PIXEL_SIZE
            painter.save()
            painter.setClipRect(rect)
            painter.setFont(style.canvas_font())
            painter.setPen(style.TEXT)
            room = rect.height() - (BADGE_ROOM if layout.overflows else 0.0)
            top = max(NOTE_PADDING, (room - layout.line_height * len(lines)) / 2)
            baseline = top + layout.line_height * 0.8
            painter.translate(rect.width() / 2, baseline)
            painter.scale(scale, scale)
            step = layout.line_height / scale
            for index, (line, offset) in enumerate(zip(lines, offsets, strict=True)):
                painter.drawText(QPointF(offset, index * step), drawable(line))
            painter.restore()
            if layout.overflows and not on_wall:
                self._paint_badge(painter)
        if record.author:
            self._paint_small(painter, record.author, rect)

    def _paint_small(self, painter: QPainter, text: str, rect: QRectF) -> None:
        origin = QPointF(NOTE_PADDING, rect.height() - 3.0)
        draw_line(painter, text, origin, AUTHOR_SIZE, style.MUTED_TEXT)

    def _paint_badge(self, painter: QPainter) -> None:
        badge = self.badge_rect()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.BADGE_FILL)
        painter.drawRoundedRect(badge, 8, 8)
        scale = 11.0 / style.REFERENCE_PIXEL_SIZE
        painter.save()
        painter.setFont(style.canvas_font(bold=True))
        painter.setPen(style.BADGE_TEXT)
        painter.translate(badge.center().x(), badge.bottom() - 4)
        painter.scale(scale, scale)
        label = "…+"
        painter.drawText(QPointF(-metrics(bold=True).horizontalAdvance(label) / 2, 0), label)
        painter.restore()
