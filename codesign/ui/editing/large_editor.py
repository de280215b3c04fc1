"""A large editor for a note's text, for fingers and on-screen keyboards.

On a touchscreen the note itself is too small to type into and an on-screen keyboard covers
the bottom of the screen, so this panel sits at the top of the board with a big font and big
Done and Cancel buttons. Done (or Escape, or Ctrl+Enter) ends the edit by the inline editor's
rule, `finish_text_edit`: one "Edit note text" step (or one "Add note" for a note just made by a
double tap); only Cancel throws the typing away.
"""

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from codesign.canvas.text_limit import keep_within_limit
from codesign.canvas.view import BoardView
from codesign.commands.text_edits import cancel_text_edit, finish_text_edit
from codesign.model import Note, resolve_colour
from codesign.model.bilingual import LANGUAGE_NAMES, BoardLanguages
from codesign.model.items import MAX_NOTE_TEXT
from codesign.ui.common.participant_mode import mark_button
from codesign.ui.common.plain_text import plain_label

TEXT_PIXELS = 28
BUTTON_HEIGHT = 56
"""Comfortably above the 44 px a fingertip needs."""
PANEL_WIDTH = 640
MARGIN = 16

STYLE = f"""
QFrame#LargeEditor {{ background: #FBFAF8; border: 1px solid #D9D5CD; border-radius: 12px; }}
QFrame#LargeEditor QLabel {{ color: #5C5A55; font-size: 16px; }}
QFrame#LargeEditor QPlainTextEdit {{ font-size: {TEXT_PIXELS}px; color: #1F1F1F;
    background: white; border: 1px solid #D9D5CD; border-radius: 8px; padding: 8px; }}
QFrame#LargeEditor QPushButton {{ min-height: {BUTTON_HEIGHT}px; min-width: 120px;
    font-size: 18px; border-radius: 8px; border: 1px solid #CFCBC3; background: #F1EFEA; }}
QFrame#LargeEditor QPushButton#LargeEditorDone {{ background: #2B6CB0; color: white;
    border-color: #2B6CB0; }}
"""


class LargeEditor(QFrame):
    closed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("LargeEditor")
        self.setStyleSheet(STYLE)
        self.setAccessibleName(self.tr("Note text"))
        self._view: BoardView | None = None
        self._note_id: str | None = None
        self._new_note = False
        self.caption = plain_label(QLabel(self))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("LargeEditorText")
        self.text.setAccessibleName(self.tr("Note text"))
        self.text.setInputMethodHints(Qt.InputMethodHint.ImhMultiLine)
        self.text.installEventFilter(self)
        self.text.textChanged.connect(self._on_text_changed)
        self.second_caption = plain_label(QLabel(self))
        self.second = QPlainTextEdit(self)
        self.second.setObjectName("LargeEditorSecond")
        self.second.setTabChangesFocus(True)
        self.second.installEventFilter(self)
        self.second.textChanged.connect(lambda: keep_within_limit(self.second))
        self.text.setTabChangesFocus(True)
        self.cancel_button = mark_button(QPushButton(self.tr("Cancel"), self), "edit_note")
        self.cancel_button.setObjectName("LargeEditorCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.done_button = mark_button(QPushButton(self.tr("Done"), self), "edit_note")
        self.done_button.setObjectName("LargeEditorDone")
        self.done_button.clicked.connect(self.done)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.addWidget(self.caption)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.second_caption)
        layout.addWidget(self.second, 1)
        layout.addLayout(buttons)
        self.hide()

    def attach(self, view: BoardView) -> None:
        self.cancel()
        self._view = view

    @property
    def note_id(self) -> str | None:
        return self._note_id if self.isVisible() else None

    def open(self, note_id: str, new_note: bool = False) -> None:
        """Edit `note_id` here; a note just added keeps its "Add note" step open until Done."""
        view = self._view
        if view is None or not isinstance(view.board_scene.document.get(note_id), Note):
            return
        if new_note:
            view.board_scene.editor.cancel()
        else:
            view.finish_editing()
        self._note_id, self._new_note = note_id, new_note
        note = view.board_scene.document.get(note_id)
        self.caption.setText(self.tr("New note") if new_note else self.tr("Edit note"))
        self.text.setStyleSheet(f"QPlainTextEdit {{ background: {resolve_colour(note.colour)}; }}")
        self.text.setPlainText(note.text)
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)
        self._show_second(note, view.board_scene.document.languages())
        self._place()
        self.show()
        self.raise_()
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_second(self, note: Note, languages: BoardLanguages | None) -> None:
        """On a bilingual board both languages are here, one field each (Tab between them),
        and Done keeps both in one step."""
        bilingual = languages is not None
        self.second_caption.setVisible(bilingual)
        self.second.setVisible(bilingual)
        if languages is not None:
            names = LANGUAGE_NAMES[languages.primary], LANGUAGE_NAMES[languages.secondary]
            self.caption.setText(f"{self.caption.text()} — {names[0]}")
            self.second_caption.setText(names[1])
            self.second.setStyleSheet(self.text.styleSheet())
            self.second.setPlainText(note.text_alt)
            self.second.moveCursor(self.second.textCursor().MoveOperation.End)

    def _on_text_changed(self) -> None:
        if keep_within_limit(self.text):
            self.caption.setText(
                self.tr("A note holds at most {count} characters; the rest was left out.").format(
                    count=f"{MAX_NOTE_TEXT:,}"
                )
            )

    def done(self) -> None:
        """Keep the text: one step, none if nothing changed; a new note left empty goes."""
        view, note_id = self._view, self._note_id
        if view is None or note_id is None:
            return
        text = self.text.toPlainText()
        second = self.second.toPlainText() if self.second.isVisibleTo(self) else None
        self._close()
        finish_text_edit(view.board_scene.document, note_id, text, self._new_note, second=second)

    def cancel(self) -> None:
        """Leave the text as it was; a note just added by a double tap is taken away again."""
        view, note_id, new_note = self._view, self._note_id, self._new_note
        self._close()
        if view is not None and note_id is not None:
            cancel_text_edit(view.board_scene.document, note_id, new_note)

    def _close(self) -> None:
        was_open = self._note_id is not None
        self._note_id = None
        self.hide()
        if was_open:
            self.closed.emit()
            if self._view is not None:
                self._view.setFocus()

    def _place(self) -> None:
        """Top centre of the board, clear of an on-screen keyboard rising from the bottom."""
        holder = self.parentWidget()
        width = min(PANEL_WIDTH, holder.width() - 2 * MARGIN)
        tallest = 440 if self.second.isVisibleTo(self) else 320
        height = min(tallest, max(200, holder.height() // 2 - MARGIN))
        self.setGeometry((holder.width() - width) // 2, MARGIN, width, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Escape and Ctrl+Enter are Done, as in the inline editor; Cancel is the button."""
        if watched in (self.text, self.second) and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                self.done()
                return True
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if event.type() == QEvent.Type.KeyPress and enter and control:
                self.done()
                return True
        return False
