"""A free text label: a heading or a note to the room, wrapped by the shared text layout."""

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPainterPath
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from codesign.canvas import style
from codesign.canvas.device_pixels import device_ratio
from codesign.canvas.items.base import BoardItem, shows_kind
from codesign.canvas.items.languages_shown import texts_shown
from codesign.canvas.items.text_paint import draw_line
from codesign.model import Label, resolve_colour
from codesign.text import TextLayout, layout_label_text, text_width

HIT_MARGIN = 8.0
"""Canvas units round the words that still take a click: a label's box may be far wider than
its text (a template's "Still to sort" spans the board), and its empty end is board."""


@shows_kind("label")
class LabelItem(BoardItem):
    record: Label

    def __init__(self, record: Label) -> None:
        self.editing = False
        super().__init__(record)

    def set_editing(self, on: bool) -> None:
        self.editing = on
        self.update()

    def describe(self) -> str:
        return QCoreApplication.translate("canvas", "Label: {text}").format(text=self.record.text)

    def layout(self, widget: QWidget | None = None) -> TextLayout:
        record = self.record
        text = "\n".join(t.text for t in texts_shown(self, widget, record.text, record.text_alt))
        return layout_label_text(text, record.width, record.height, record.font_size, record.bold)

    def shape(self) -> QPainterPath:
        """The words, line by line, not the whole box: a press beside them starts a rubber band
        over the board instead of dragging the label away. An empty label keeps its box."""
        layout = self.layout()
        box = self.local_rect()
        path = QPainterPath()
        for index, line in enumerate(layout.lines):
            width = text_width(line, layout.font_size, self.record.bold)
            if width > 0:
                top = index * layout.line_height
                words = QRectF(0.0, top, width, layout.line_height)
                path.addRect(words.adjusted(-HIT_MARGIN, 0, HIT_MARGIN, 0).intersected(box))
        if path.isEmpty():
            path.addRect(box)
        return path.simplified()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        record = self.record
        if self.shows_selection(widget):
            painter.setPen(style.edge_pen("blue", ratio=device_ratio(painter)))
            painter.setBrush(style.NO_BRUSH)
            painter.drawRect(self.local_rect())
        if self.editing:
            return
        layout = self.layout(widget)
        colour = QColor(resolve_colour(record.colour))
        for index, line in enumerate(layout.lines):
            baseline = QPointF(0.0, index * layout.line_height + layout.line_height * 0.8)
            draw_line(painter, line, baseline, layout.font_size, colour, record.bold)
