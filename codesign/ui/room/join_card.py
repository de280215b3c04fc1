"""How to join: the QR code, the address and the PIN, large enough to read from the back.

The same card sits in the Room panel and, while the room is open, in a corner of the projector
window, where it keeps its share of the wall's height whatever the screen.
"""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from codesign.canvas.view import BoardView
from codesign.ui.room.qr import qr_pixmap

WALL_SHARE = 0.42
"""The card's height on the projector, as a share of the wall's: a QR code a phone reads from
the middle of a room, while most of the board stays in view."""
CARD_STYLE = """
QFrame#JoinCard { background: #FFFFFF; border: 1px solid #D9D5CD; border-radius: 10px; }
QLabel { color: #1F1F1F; background: transparent; }
QLabel[role="caption"] { color: #5C5A55; }
"""


class JoinCard(QFrame):
    """QR code over the address over the PIN; `side` is the QR code's size in pixels."""

    def __init__(self, side: int = 220, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("JoinCard")
        self.setStyleSheet(CARD_STYLE)
        self.side = side
        self.url = ""
        self.pin = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(2)
        self.qr = QLabel(self)
        self.qr.setObjectName("RoomQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address = self._label("RoomAddress", bold=True)
        self.pin_caption = self._label("RoomPinCaption", bold=False)
        self.pin_caption.setProperty("role", "caption")
        self.pin_label = self._label("RoomPin", bold=True)
        self.pin_label.setAccessibleName(self.tr("Room PIN"))
        for widget in (self.qr, self.address, self.pin_caption, self.pin_label):
            layout.addWidget(widget)
        self._set_sizes()
        self.retranslate()

    def _label(self, name: str, bold: bool) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = label.font()
        font.setBold(bold)
        label.setFont(font)
        return label

    def show_room(self, url: str, pin: str) -> None:
        self.url, self.pin = url, pin
        self.address.setText(url.removeprefix("http://").rstrip("/"))
        self.pin_label.setText(pin)
        self.qr.setAccessibleName(self.tr("QR code for {url}").format(url=url))
        self._draw_qr()

    def set_side(self, side: int) -> None:
        """Resize for the wall: the QR code's side in pixels, the texts in proportion."""
        if side != self.side:
            self.side = side
            self._set_sizes()
            self._draw_qr()

    def _set_sizes(self) -> None:
        for label, share in (
            (self.address, 0.11),
            (self.pin_caption, 0.07),
            (self.pin_label, 0.2),
        ):
            font: QFont = label.font()
            font.setPixelSize(max(12, int(self.side * share)))
            label.setFont(font)

    def _draw_qr(self) -> None:
        if self.url:
            self.qr.setPixmap(qr_pixmap(self.url, self.side))

    def retranslate(self) -> None:
        self.pin_caption.setText(self.tr("Scan or type the address, then the PIN"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class WallJoinCard(JoinCard):
    """The card in the projector window's bottom-left corner, sized to the wall."""

    def __init__(self, wall: QWidget, view: BoardView | None = None) -> None:
        super().__init__(parent=wall)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        wall.installEventFilter(self)
        if view is not None:
            view.keep_clear(self)  # the wall's board fits beside the card, not under it
        self.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.place()
        return super().eventFilter(watched, event)

    def place(self) -> None:
        wall = self.parentWidget()
        if wall is None:
            return
        self.set_side(max(160, int(wall.height() * WALL_SHARE * 0.62)))
        self.adjustSize()
        margin = max(12, wall.height() // 40)
        self.move(margin, wall.height() - self.height() - margin)
        self.raise_()
