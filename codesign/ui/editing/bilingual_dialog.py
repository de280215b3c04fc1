"""The bilingual editor: a text in both of the board's languages, one field each.

Tab moves from one language to the other (and on to the buttons), so a facilitator types the
Welsh, presses Tab and types the English; Ctrl+Enter or OK keeps both as one undo step.
"""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from codesign.canvas.text_limit import keep_within_limit
from codesign.model.bilingual import LANGUAGE_NAMES, Language

FIELD_HEIGHT = 96


class BilingualDialog(QDialog):
    """Asks for the first and second text; read them from `first` and `second` after OK."""

    def __init__(
        self,
        parent: QWidget,
        texts: tuple[str, str],
        languages: tuple[Language, Language],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("BilingualDialog")
        self.setWindowTitle(self.tr("Text in Welsh and English"))
        self.first = self._field(texts[0], languages[0], "BilingualFirst")
        self.second = self._field(texts[1], languages[1], "BilingualSecond")
        hint = QLabel(self.tr("Tab moves to the other language; Ctrl+Enter keeps both."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("QLabel { color: #5C5A55; }")
        form = QFormLayout()
        form.addRow(LANGUAGE_NAMES[languages[0]], self.first)
        form.addRow(LANGUAGE_NAMES[languages[1]], self.second)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def _field(self, text: str, language: Language, name: str) -> QPlainTextEdit:
        field = QPlainTextEdit(self)
        field.setObjectName(name)
        field.setAccessibleName(LANGUAGE_NAMES[language])
        field.setTabChangesFocus(True)
        field.setPlainText(text)
        field.setMinimumHeight(FIELD_HEIGHT)
        field.textChanged.connect(lambda: keep_within_limit(field))
        field.installEventFilter(self)
        return field

    def focus_second(self) -> None:
        self.second.setFocus(Qt.FocusReason.OtherFocusReason)
        self.second.moveCursor(self.second.textCursor().MoveOperation.End)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Enter keeps both texts from either field, as in the note editors."""
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.accept()
                return True
        return False
