"""The template picker's cards: a thumbnail with its title beneath, never on top of it.

Qt's icon view leaves where the picture and its caption go to the style, which may let a tall
picture run into the text and tints the picture of the chosen template. Here one function,
`card_layout`, places the thumbnail and the title in separate rectangles of each card, and the
chosen card gets an accent ring instead: the board in the picture keeps its own colours.
"""

from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from codesign.ui.common.dialog_style import ACCENT as DIALOG_ACCENT

PADDING = 10
"""Inside a card, round the thumbnail and below the title."""
TITLE_GAP = 8
"""Between the thumbnail's bottom edge and the title's top."""
SPACING = 12
"""Between cards."""
RADIUS = 10.0
CARD = QColor("#FFFFFF")
EDGE = QColor("#E2DFD8")
HOVER_EDGE = QColor("#C9C4BA")
ACCENT = QColor(DIALOG_ACCENT)
CHOSEN_FILL = QColor("#EEF3FC")
TITLE_INK = QColor("#2B2A28")

Index = QModelIndex | QPersistentModelIndex


class CardLayout(NamedTuple):
    card: QRect
    thumbnail: QRect
    title: QRect


def title_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setBold(True)
    return font


def card_size(thumbnail: QSize, base: QFont) -> QSize:
    """A card's size: the thumbnail, a title line and the padding, without the spacing."""
    title = QFontMetrics(title_font(base)).height()
    return QSize(
        thumbnail.width() + 2 * PADDING,
        thumbnail.height() + TITLE_GAP + title + 2 * PADDING,
    )


def card_layout(cell: QRect, thumbnail: QSize, base: QFont) -> CardLayout:
    """Where the card, its thumbnail and its title go inside a grid cell of the list."""
    size = card_size(thumbnail, base)
    card = QRect(cell.topLeft(), size)
    card.moveCenter(cell.center())
    picture = QRect(
        card.left() + PADDING, card.top() + PADDING, thumbnail.width(), thumbnail.height()
    )
    title_top = picture.bottom() + 1 + TITLE_GAP
    title = QRect(
        picture.left(), title_top, picture.width(), card.bottom() - PADDING - title_top + 1
    )
    return CardLayout(card, picture, title)


class TemplateCards(QStyledItemDelegate):
    def __init__(self, thumbnail: QSize, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thumbnail = thumbnail

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return card_size(self.thumbnail, option.font) + QSize(SPACING, SPACING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        places = card_layout(option.rect, self.thumbnail, option.font)
        chosen = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        edge = ACCENT if chosen else HOVER_EDGE if hovered else EDGE
        painter.setPen(QPen(edge, 2 if chosen else 1))
        painter.setBrush(CHOSEN_FILL if chosen else CARD)
        painter.drawRoundedRect(QRectF(places.card).adjusted(1, 1, -1, -1), RADIUS, RADIUS)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon):
            icon.paint(painter, places.thumbnail)
        painter.setPen(QPen(EDGE, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(places.thumbnail).adjusted(0.5, 0.5, -0.5, -0.5))
        font = title_font(option.font)
        painter.setFont(font)
        painter.setPen(TITLE_INK)
        title = QFontMetrics(font).elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole)),
            Qt.TextElideMode.ElideRight,
            places.title.width(),
        )
        painter.drawText(
            places.title, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, title
        )
        if option.state & QStyle.StateFlag.State_HasFocus and not chosen:
            painter.setPen(QPen(ACCENT, 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(places.card).adjusted(2, 2, -2, -2), RADIUS, RADIUS)
        painter.restore()
