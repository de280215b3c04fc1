"""A free text label: a heading or a note to the room, wrapped by the shared text layout."""

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from codesign.canvas import style
from codesign.canvas.device_pixels import device_ratio
from codesign.canvas.items.base import BoardItem, shows_kind
from codesign.canvas.items.languages_shown import texts_shown
from codesign.canvas.items.text_paint import draw_line
from codesign.model import Label, resolve_colour
from codesign.text import TextLayout, layout_label_text


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
