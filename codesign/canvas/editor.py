"""Inline text editing for the one note or label being edited.

A QPlainTextEdit lives in the scene (a proxy widget) only while editing. It uses the canvas
font at the reference size and the proxy is scaled to the shared layout's size, so the text
wraps as it will when drawn. Ending the edit is `finish_text_edit` (commands/text_edits.py),
the rule the large editor shares: Escape and Ctrl+Enter keep the text.
"""

from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextOption
from PySide6.QtWidgets import QFrame, QGraphicsProxyWidget, QPlainTextEdit

from codesign.canvas import style
from codesign.canvas.items import LabelItem, NoteItem
from codesign.canvas.items.shape import ShapeItem
from codesign.canvas.text_limit import keep_within_limit
from codesign.commands.text_edits import finish_text_edit
from codesign.model import Item, Label, Note, Shape
from codesign.model.bilingual import edited_field
from codesign.model.items import MAX_NOTE_TEXT
from codesign.text import NOTE_PADDING, layout_note_text

if TYPE_CHECKING:
    from codesign.canvas.scene import BoardScene


class _EditorWidget(QPlainTextEdit):
    done = Signal()

    def set_top_margin(self, pixels: int) -> None:
        """Push the text down so it sits centred, where the note draws it."""
        self.setViewportMargins(0, pixels, 0, 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.done.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
        ):
            self.done.emit()
            return
        super().keyPressEvent(event)


class TextEditor(QObject):
    text_capped = Signal(str)
    """Said when typing or pasting would pass the cap on a note's text, for the status bar."""
    text_edited = Signal()
    """The text being typed changed: autosave keeps it before the edit is ended."""

    def __init__(self, scene: "BoardScene") -> None:
        super().__init__(scene)
        self._scene = scene
        self._proxy: QGraphicsProxyWidget | None = None
        self._widget: _EditorWidget | None = None
        self._item: NoteItem | LabelItem | ShapeItem | None = None
        self._new_note = False
        self._field: Literal["text", "text_alt"] = "text"

    @property
    def item_id(self) -> str | None:
        return self._item.item_id if self._item is not None else None

    @property
    def widget(self) -> QPlainTextEdit | None:
        """The text field while editing, for keys sent to it."""
        return self._widget

    def is_editing(self) -> bool:
        return self._item is not None

    def owns(self, scene_pos: QPointF) -> bool:
        return self._proxy is not None and self._proxy.sceneBoundingRect().contains(scene_pos)

    def start(self, item_id: str, new_note: bool = False) -> None:
        self.finish()
        item = self._scene.graphics_item(item_id)
        if not isinstance(item, NoteItem | LabelItem | ShapeItem):
            return
        self._item = item
        self._new_note = new_note
        widget = _EditorWidget()
        widget.setObjectName("InlineTextEditor")
        widget.setFrameShape(QFrame.Shape.NoFrame)
        widget.setFont(style.canvas_font(bold=isinstance(item, LabelItem) and item.record.bold))
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setStyleSheet("QPlainTextEdit { background: transparent; color: #1F1F1F; }")
        option = QTextOption(widget.document().defaultTextOption())
        if isinstance(item, NoteItem | ShapeItem):
            option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        widget.document().setDefaultTextOption(option)
        record = item.record
        alt = getattr(record, "text_alt", "")  # a shape's words are in one language
        self._field = edited_field(record.text, alt, self._scene.document.languages())
        widget.setPlainText(getattr(record, self._field))
        widget.moveCursor(widget.textCursor().MoveOperation.End)
        widget.done.connect(self.finish)
        widget.textChanged.connect(self._fit)
        self._widget = widget
        proxy = QGraphicsProxyWidget()
        proxy.setWidget(widget)
        proxy.setZValue(20_000_000.0)
        self._scene.addItem(proxy)
        self._proxy = proxy
        item.set_editing(True)
        self._fit()
        self._take_keyboard()
        proxy.setFocus()
        widget.setFocus()

    def _take_keyboard(self) -> None:
        """Give the keyboard to the view the editor is typed in (not the projector's, which
        takes no focus): a note opened by N or a button while the timer, a panel or the find
        bar had the keyboard would otherwise leave the typing to them and their shortcuts."""
        for view in self._scene.views():
            if view.isVisible() and view.focusPolicy() != Qt.FocusPolicy.NoFocus:
                view.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _fit(self) -> None:
        """Size and scale the editor to the layout of the text typed so far."""
        item, widget, proxy = self._item, self._widget, self._proxy
        if item is None or widget is None or proxy is None:
            return
        if keep_within_limit(widget):
            self.text_capped.emit(
                self.tr("A note holds at most {count} characters; the rest was left out.").format(
                    count=f"{MAX_NOTE_TEXT:,}"
                )
            )
        self.text_edited.emit()
        rect = item.board_rect()
        text = widget.toPlainText()
        top_margin = 0.0
        if isinstance(item, NoteItem | ShapeItem):
            layout = layout_note_text(text, rect.width(), rect.height())
            size, padding = layout.font_size, NOTE_PADDING
            block = len(layout.lines) * size * widget.fontMetrics().lineSpacing()
            block /= style.REFERENCE_PIXEL_SIZE
            top_margin = max(0.0, (rect.height() - block) / 2 - padding)
        else:
            size, padding = item.layout().font_size, 0.0
        scale = size / style.REFERENCE_PIXEL_SIZE
        proxy.setPos(rect.topLeft())
        proxy.setScale(scale)
        widget.document().setDocumentMargin(padding / scale)
        widget.set_top_margin(round(top_margin / scale))
        widget.resize(round(rect.width() / scale), round(rect.height() / scale))

    def pending_records(self) -> dict[str, Item]:
        """The item being edited with the text typed so far, when that differs from the
        board's: what a crash or a kill would otherwise lose, as the edit is one step only
        once it ends."""
        item, widget = self._item, self._widget
        if item is None or widget is None:
            return {}
        record = self._scene.document.get(item.item_id)
        text = widget.toPlainText()
        if not isinstance(record, Note | Label | Shape) or getattr(record, self._field) == text:
            return {}
        return {record.id: record.model_copy(update={self._field: text})}

    def finish(self) -> None:
        """End editing and record the text: one step, or none if nothing changed."""
        item, widget = self._item, self._widget
        if item is None or widget is None:
            return
        text, new_note, field = widget.toPlainText(), self._new_note, self._field
        self._close()
        finish_text_edit(self._scene.document, item.item_id, text, new_note, field)

    def cancel(self) -> None:
        """Drop the editor without recording anything (its item is gone)."""
        self._close()

    def _close(self) -> None:
        item, proxy = self._item, self._proxy
        self._item = self._widget = self._proxy = None
        self._new_note = False
        self._field = "text"
        if item is not None:
            item.set_editing(False)
        if proxy is not None:
            self._scene.removeItem(proxy)
            proxy.deleteLater()
