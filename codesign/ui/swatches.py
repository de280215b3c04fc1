"""Small painted icons for the toolbar and menus: colour swatches and a new-note glyph.

Painted at start-up rather than shipped as files, so the swatches always show the palette in
`codesign.model.palette` even after it is tuned for a new projector. Each is painted at several
pixel sizes, so a 16 px menu icon on a 200 % screen or a 28 px touch button at 150 % picks a
pixmap drawn for it instead of a stretched one.
"""

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QToolBar, QToolButton

from codesign.model import DEFAULT_NOTE_COLOUR, STICKY_PALETTE, resolve_colour
from codesign.ui.actions import COLOUR_NAMES, translated

SWATCH_SIZE = 32
"""The design size: glyphs are drawn in a 32-unit square, scaled to each pixel size."""
ICON_PIXELS = (16, 24, 32, 48, 64, 96, 128)
"""Every size a toolbar, menu or touch button asks for at 100-400 %, so none is stretched."""

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


def painted_icon(draw: Callable[[QPainter], None]) -> QIcon:
    """An icon of `draw`, which paints in a SWATCH_SIZE square, at every size in ICON_PIXELS."""
    icon = QIcon()
    for size in ICON_PIXELS:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(size / SWATCH_SIZE, size / SWATCH_SIZE)
        draw(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def _draw_swatch(painter: QPainter, colour: str) -> None:
    fill = QColor(resolve_colour(colour))
    painter.setPen(QPen(fill.darker(150), 2))
    painter.setBrush(fill)
    painter.drawRoundedRect(QRectF(3, 3, SWATCH_SIZE - 6, SWATCH_SIZE - 6), 6, 6)


def _draw_new_note(painter: QPainter) -> None:
    """A yellow note with a plus: the one icon a facilitator looks for first."""
    _draw_swatch(painter, DEFAULT_NOTE_COLOUR)
    painter.setPen(QPen(QColor("#1F1F1F"), 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    middle, inset = SWATCH_SIZE / 2, 10.0
    painter.drawLine(QPointF(middle, inset), QPointF(middle, SWATCH_SIZE - inset))
    painter.drawLine(QPointF(inset, middle), QPointF(SWATCH_SIZE - inset, middle))


def swatch_icon(colour: str) -> QIcon:
    return painted_icon(lambda painter: _draw_swatch(painter, colour))


def new_note_icon() -> QIcon:
    return painted_icon(_draw_new_note)


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
