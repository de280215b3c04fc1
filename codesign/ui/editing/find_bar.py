"""The find bar: finds notes by text without a modal dialog hiding the board.

Matching folds case and accents ("gymraeg" finds "Gymraeg", "cafe" finds "café"), since a
facilitator types fast on a laptop keyboard and Welsh text is full of circumflexes.
"""

import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from codesign.model import Note
from codesign.ui.common.participant_mode import mark_button


@lru_cache(maxsize=1 << 16)
def folded(text: str) -> str:
    """Text as compared: single spaces, no accents, no case. Cached: a 10,000-note board would
    otherwise be refolded on every key typed in the find field (about half a second)."""
    decomposed = unicodedata.normalize("NFKD", " ".join(text.split()))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def find_notes(notes: Iterable[Note], query: str) -> list[str]:
    """Ids of the notes whose text, in either language, contains `query`, in reading order
    (top to bottom): a match is found whichever language the board shows."""
    needle = folded(query)
    if not needle:
        return []
    found = [
        n
        for n in notes
        if needle in folded(n.text) or (n.text_alt and needle in folded(n.text_alt))
    ]
    return [n.id for n in sorted(found, key=lambda n: (n.y, n.x, n.id))]


class FindBar(QWidget):
    """Steps through matches, calling `show_match(id)` to centre and select each one."""

    closed = Signal()
    """The bar was closed: the board should take the keyboard back."""

    def __init__(
        self,
        notes: Callable[[], Iterable[Note]],
        show_match: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("FindBar")
        self._notes = notes
        self._show_match = show_match
        self._matches: list[str] = []
        self._current = -1
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Find notes"))
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Find notes"))
        self.field.textChanged.connect(self._on_text_changed)
        self.field.installEventFilter(self)
        self.count = QLabel(self)
        self.count.setObjectName("FindCount")
        self.count.setMinimumWidth(80)
        self.field.setMaximumWidth(420)
        self.setStyleSheet(
            "#FindBar { background: #FBFAF8; border-top: 1px solid #E4E1DB; }"
            "#FindCount { color: #5C5A55; }"
        )
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        for text, tip, slot, key in (
            ("↑", self.tr("Previous match (Shift+F3)"), self.previous, "find_previous"),
            ("↓", self.tr("Next match (F3)"), self.next, "find_next"),
            ("✕", self.tr("Close (Esc)"), self.close_bar, "find_bar"),
        ):
            button = mark_button(QToolButton(self), key)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setAutoRaise(True)
            button.clicked.connect(slot)
            layout.addWidget(button)
        layout.addStretch(1)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_bar)

    @property
    def matches(self) -> list[str]:
        return list(self._matches)

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self.refresh()

    @Slot()
    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    @Slot()
    def refresh(self) -> None:
        """Recount after the board changed, keeping the current match if it still matches."""
        if not self.isVisible():
            return
        current = self._matches[self._current] if 0 <= self._current < len(self._matches) else None
        self._matches = find_notes(self._notes(), self.field.text())
        self._current = self._matches.index(current) if current in self._matches else -1
        self._show_count()

    @Slot()
    def next(self) -> None:
        self._step(1)

    @Slot()
    def previous(self) -> None:
        self._step(-1)

    def eventFilter(self, watched: object, event: object) -> bool:
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self._step(-1 if shift else 1)
            return True
        return super().eventFilter(watched, event)

    @Slot(str)
    def _on_text_changed(self, _text: str) -> None:
        self._matches = find_notes(self._notes(), self.field.text())
        self._current = -1
        if self._matches:
            self._step(1)
        else:
            self._show_count()

    def _step(self, direction: int) -> None:
        if not self.isVisible():
            self.open_bar()
        if not self._matches:
            self._show_count()
            return
        self._current = (self._current + direction) % len(self._matches)
        self._show_count()
        self._show_match(self._matches[self._current])

    def _show_count(self) -> None:
        if not self.field.text().strip():
            self.count.setText("")
        elif not self._matches:
            self.count.setText(self.tr("No matches"))
        elif self._current < 0:
            total = len(self._matches)
            self.count.setText(self.tr("%n match(es)", "", total))
        else:
            self.count.setText(
                self.tr("{current} of {total}").format(
                    current=self._current + 1, total=len(self._matches)
                )
            )
