"""A large message over the board, where the person at the touchscreen is looking.

Used for refused dots: the status bar is too small and too far away for someone standing at a
wall screen, and a refusal that nobody sees is as bad as a silently dropped dot.
"""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

SHOW_MS = 4000
WIDTH_SHARE = 0.7
"""At most this share of the board's width, so a long sentence wraps rather than running off."""


class Toast(QLabel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("Toast")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        font = QFont(self.font())
        font.setPixelSize(22)
        font.setBold(True)
        self.setFont(font)
        self.setStyleSheet(
            "QLabel#Toast { background: rgba(33, 37, 41, 235); color: white;"
            " border-radius: 14px; padding: 14px 22px; }"
        )
        self._timer = QTimer(self, singleShot=True, interval=SHOW_MS)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        parent = self.parentWidget()
        width = min(round(parent.width() * WIDTH_SHARE), self.sizeHint().width())
        self.setFixedWidth(max(width, 200))
        self.adjustSize()
        self.move((parent.width() - self.width()) // 2, 24)
        self.raise_()
        self.show()
        self._timer.start()
