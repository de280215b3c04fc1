"""The window's toolbar look, and its painted icons: colour swatches and a new-note glyph.

Line icons for the other actions come from the bundled Lucide set (`codesign.ui.common.icons`).
The swatches are painted rather than shipped as files, so they always show the palette in
`codesign.model.palette` even after it is tuned for a new projector. Each is painted at the pixel
size asked for when first shown, so a 16 px menu icon on a 200 % screen or a 28 px touch button
at 150 % gets a pixmap drawn for it instead of a stretched one.
"""

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QIconEngine, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QSizePolicy,
    QStyleOption,
    QToolBar,
    QToolButton,
    QWidget,
)

from codesign.model import DEFAULT_NOTE_COLOUR, STICKY_PALETTE, resolve_colour
from codesign.ui.common.actions import COLOUR_NAMES, SPECS, display_text, translated
from codesign.ui.common.icons import SquareIconEngine, line_action_icons

SWATCH_SIZE = 32
"""The design size: glyphs are drawn in a 32-unit square, scaled to each pixel size."""
ICON_PIXELS = (16, 24, 32, 48, 64, 96, 128)
"""Every size a toolbar, menu or touch button asks for at 100-400 %, so none is stretched."""

TOOLBAR_ICON = 20
"""The main toolbar's glyph size: with its padding a button is 34 px, a fair target for a finger
on a touchscreen laptop as well as a mouse."""
ICON_ONLY = frozenset({"undo", "redo", "find", "zoom_out", "zoom_in"})
"""Glyphs everyone knows; their names are in tooltips (with the shortcut) and for screen readers.
The others keep a short label beside the icon, as a first-time facilitator needs."""
RIGHT_SIDE = "zoom_out"
"""The view and present group sits at the right end, apart from the editing tools."""

TOOLBAR_STYLE = """
QToolBar#MainToolbar { background: #FBFAF8; border: none; border-bottom: 1px solid #E4E1DB;
    spacing: 2px; padding: 4px 8px; }
QToolBar#MainToolbar QToolButton { color: #2B2A28; border: 1px solid transparent;
    border-radius: 6px; padding: 6px 7px; }
QToolBar#MainToolbar QToolButton[iconOnly="true"] { padding: 6px; }
QToolBar#MainToolbar QToolButton:checked { background: #E8EEF9; border-color: #C5D3EE; }
QToolBar#MainToolbar QToolButton:hover { background: #EFEDE8; border-color: #E2DFD8; }
QToolBar#MainToolbar QToolButton:pressed { background: #E6E3DC; }
QToolBar#MainToolbar QToolButton:disabled { color: #A9A6A0; }
QToolBar#MainToolbar QToolButton[swatch="true"] { padding: 6px 3px; }
QToolBar#MainToolbar::separator { background: #E4E1DB; width: 1px; margin: 6px 6px; }
"""


class PaintedIconEngine(SquareIconEngine):
    """Paints `draw` when Qt first asks for a size, at exactly the pixels asked for, and keeps
    each picture: the window starts without painting sizes and states nobody looks at."""

    def __init__(self, draw: Callable[[QPainter], None]) -> None:
        super().__init__()
        self._draw = draw
        self._pictures: dict[tuple[int, bool], QPixmap] = {}

    def _picture(self, pixels: int, disabled: bool) -> QPixmap:
        picture = self._pictures.get((pixels, disabled))
        if picture is None:
            if disabled:
                picture = QApplication.style().generatedIconPixmap(
                    QIcon.Mode.Disabled, self._picture(pixels, False), QStyleOption()
                )
            else:
                picture = QPixmap(pixels, pixels)
                picture.fill(Qt.GlobalColor.transparent)
                painter = QPainter(picture)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.scale(pixels / SWATCH_SIZE, pixels / SWATCH_SIZE)
                self._draw(painter)
                painter.end()
            self._pictures[(pixels, disabled)] = picture
        return picture

    def square(self, pixels: int, disabled: bool) -> QPixmap:
        return QPixmap(self._picture(pixels, disabled))

    def sizes(self) -> list[int]:
        return list(ICON_PIXELS)

    def clone(self) -> QIconEngine:
        return PaintedIconEngine(self._draw)

    def key(self) -> str:
        return "codesign-painted-icon"


def painted_icon(draw: Callable[[QPainter], None]) -> QIcon:
    """An icon of `draw`, which paints in a SWATCH_SIZE square, painted at each size when
    first shown."""
    return QIcon(PaintedIconEngine(draw))


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
    icons = line_action_icons()
    icons |= {f"colour.{name}": swatch_icon(name) for name in STICKY_PALETTE}
    icons["new_note"] = new_note_icon()
    return icons


def _push_right(toolbar: QToolBar, action: QAction) -> None:
    """A stretch before `action` stands in for the separator that was there."""
    before = toolbar.actions()[toolbar.actions().index(action) - 1]
    if before.isSeparator():
        before.setVisible(False)
    spacer = QWidget(toolbar)
    spacer.setObjectName("MainToolbarSpacer")
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.insertWidget(action, spacer)


def style_toolbar(toolbar: QToolBar) -> None:
    """Icon and short label for most, icon only for the glyphs everyone knows, swatch-only
    colour buttons (their names in tooltips), the view group on the right, quiet light chrome."""
    toolbar.setIconSize(QSize(TOOLBAR_ICON, TOOLBAR_ICON))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setStyleSheet(TOOLBAR_STYLE)
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if not isinstance(button, QToolButton):
            continue
        name = action.objectName().removeprefix("action.")
        if name == RIGHT_SIDE:
            _push_right(toolbar, action)
        if name.startswith("colour."):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setProperty("swatch", True)
            button.setAccessibleName(translated(COLOUR_NAMES[name.removeprefix("colour.")]))
        elif name in ICON_ONLY:
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setProperty("iconOnly", True)
            button.setAccessibleName(display_text(SPECS[name]))
