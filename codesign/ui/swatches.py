"""Small painted icons for the toolbar and menus: colour swatches and a new-note glyph.

Painted at start-up rather than shipped as files, so the swatches always show the palette in
`codesign.model.palette` even after it is tuned for a new projector.
"""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QToolBar, QToolButton

from codesign.model import DEFAULT_NOTE_COLOUR, STICKY_PALETTE, resolve_colour
from codesign.ui.actions import COLOUR_NAMES, translated

SWATCH_SIZE = 32
"""Drawn at twice the 16 px icon size so the icons stay crisp on high-DPI screens."""

TOOLBAR_STYLE = """
QToolBar#MainToolbar { background: #FBFAF8; border: none; border-bottom: 1px solid #E4E1DB;
    spacing: 2px; padding: 4px 8px; }
QToolBar#MainToolbar QToolButton { color: #2B2A28; border: 1px solid transparent;
    border-radius: 6px; padding: 4px 8px; }
QToolBar#MainToolbar QToolButton:hover { background: #EFEDE8; border-color: #E2DFD8; }
QToolBar#MainToolbar QToolButton:pressed { background: #E6E3DC; }
QToolBar#MainToolbar QToolButton:disabled { color: #A9A6A0; }
QToolBar#MainToolbar QToolButton[swatch="true"] { padding: 3px; }
QToolBar#MainToolbar::separator { background: #E4E1DB; width: 1px; margin: 6px 8px; }
"""


def swatch_icon(colour: str) -> QIcon:
    pixmap = QPixmap(SWATCH_SIZE, SWATCH_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(resolve_colour(colour))
    painter.setPen(QPen(fill.darker(150), 2))
    painter.setBrush(fill)
    painter.drawRoundedRect(QRectF(3, 3, SWATCH_SIZE - 6, SWATCH_SIZE - 6), 6, 6)
    painter.end()
    return QIcon(pixmap)


def new_note_icon() -> QIcon:
    """A yellow note with a plus: the one icon a facilitator looks for first."""
    pixmap = swatch_icon(DEFAULT_NOTE_COLOUR).pixmap(SWATCH_SIZE, SWATCH_SIZE)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#1F1F1F"), 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    middle, inset = SWATCH_SIZE / 2, 10.0
    painter.drawLine(QPointF(middle, inset), QPointF(middle, SWATCH_SIZE - inset))
    painter.drawLine(QPointF(inset, middle), QPointF(SWATCH_SIZE - inset, middle))
    painter.end()
    return QIcon(pixmap)


def action_icons() -> dict[str, QIcon]:
    icons = {f"colour.{name}": swatch_icon(name) for name in STICKY_PALETTE}
    icons["new_note"] = new_note_icon()
    return icons


def style_toolbar(toolbar: QToolBar) -> None:
    """Text buttons, swatch-only colour buttons (their names in tooltips), quiet light chrome."""
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.setStyleSheet(TOOLBAR_STYLE)
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if not isinstance(button, QToolButton):
            continue
        name = action.objectName().removeprefix("action.")
        if name.startswith("colour."):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setProperty("swatch", True)
            button.setAccessibleName(translated(COLOUR_NAMES[name.removeprefix("colour.")]))
        elif not action.icon().isNull():
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
