"""Colours, pens and fonts the canvas paints with, made once and shared by every item.

Fonts are the bundled Noto Sans and its fallback chain, drawn at one reference pixel size and
scaled by the painter: Qt fonts only take whole pixel sizes, while the shared layout picks
sizes in half units, and scaling keeps the canvas's line widths equal to the ones reportlab
measured for the PDF.
"""

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLoggingCategory, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QPen

from codesign.model import resolve_colour
from codesign.model.palette import STICKY_PALETTE
from codesign.resources import fonts_folder
from codesign.text.font_chain import face_files

REFERENCE_PIXEL_SIZE = 64
"""Every canvas font is made at this pixel size; painters scale it to the layout's size."""

BACKGROUND = QColor("#F7F6F3")
GRID_DOT = QColor("#C9C6BF")
TEXT = QColor("#1F1F1F")
MUTED_TEXT = QColor("#5C5A55")
SELECTION = QColor("#2F6FEB")
SHADOW = QColor(0, 0, 0, 34)
SHADOW_FAR = QColor(0, 0, 0, 14)
HAIRLINE = QPen(QColor(0, 0, 0, 26), 0)
HANDLE_FILL = QColor("#FFFFFF")
BADGE_FILL = QColor("#1F1F1F")
BADGE_TEXT = QColor("#FFFFFF")
PLACEHOLDER_FILL = QColor(255, 255, 255, 160)
NO_BRUSH = QBrush(Qt.BrushStyle.NoBrush)
LABEL_PILL = QColor("#FFFFFF")
GRID_LINE = QPen(QColor(0, 0, 0, 40), 1.0)
EMOTION = QColor("#C2255C")
TITLE_PILL = QColor(255, 255, 255)

COLOUR_NAMES: dict[str, str] = {
    "yellow": QT_TRANSLATE_NOOP("actions", "Yellow"),
    "orange": QT_TRANSLATE_NOOP("actions", "Orange"),
    "pink": QT_TRANSLATE_NOOP("actions", "Pink"),
    "purple": QT_TRANSLATE_NOOP("actions", "Purple"),
    "blue": QT_TRANSLATE_NOOP("actions", "Blue"),
    "teal": QT_TRANSLATE_NOOP("actions", "Teal"),
    "green": QT_TRANSLATE_NOOP("actions", "Green"),
    "grey": QT_TRANSLATE_NOOP("actions", "Grey"),
    "white": QT_TRANSLATE_NOOP("actions", "White"),
}
"""The one table of palette names a person reads (menus, tooltips, screen readers), untranslated
and in the "actions" context: colour never speaks alone."""

_PALETTE_KEY: dict[str, str] = {value.upper(): name for name, value in STICKY_PALETTE.items()}


@cache
def register_fonts() -> tuple[str, ...]:
    """The one registration of the bundled faces with Qt, for the canvas and the window alike:
    the chain is registered once (about 30 ms: Qt reads a face only when a character needs it),
    primary faces first, and their families returned; a face that fails is left out."""
    # Qt notes each face in the list that lacks a script as it walks past it: the chain is
    # made of such faces, so the note is noise (once per script, on stderr).
    QLoggingCategory.setFilterRules("qt.text.font.db=false")
    names: list[str] = []
    for file in face_files():
        font_id = QFontDatabase.addApplicationFont(str(fonts_folder() / file))
        for family in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []:
            if family not in names:
                names.append(family)
    return tuple(names) or ("Sans Serif",)


@cache
def canvas_font(bold: bool = False) -> QFont:
    """The reference font: no kerning and no hinting, so advances match reportlab's metrics.
    Its family list is the bundled fallback chain, so every script, symbol and emoji is drawn
    with the faces the PDF embeds (colour emoji on screen), whatever the laptop has."""
    families = register_fonts()
    font = QFont(families[0])
    font.setFamilies(list(families))
    font.setPixelSize(REFERENCE_PIXEL_SIZE)
    font.setBold(bold)
    font.setKerning(False)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@cache
def fill_colour(value: str) -> QColor:
    return QColor(resolve_colour(value))


@cache
def fill_brush(value: str) -> QBrush:
    return QBrush(fill_colour(value))


@cache
def edge_pen(value: str, width: float = 2.0, ratio: float = 1.0) -> QPen:
    """A darker line of the item's own hue: marks selection without a foreign colour.

    Cosmetic, so it keeps its width at any zoom; a cosmetic width counts device pixels, so
    `ratio` (the screen's pixel ratio) keeps it as thick on a 200 % screen as at 100 %.
    """
    pen = QPen(fill_colour(value).darker(170), width * ratio)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


@cache
def selection_outline(ratio: float = 1.0) -> QPen:
    """The selection colour as a cosmetic line, 2 logical pixels wide on any screen."""
    pen = QPen(SELECTION, 2.0 * ratio)
    pen.setCosmetic(True)
    return pen


@cache
def tint(value: str, alpha: int) -> QColor:
    colour = QColor(fill_colour(value))
    colour.setAlpha(alpha)
    return colour


@cache
def region_fill(value: str, alpha: int) -> QColor:
    """The tint of `value` at `alpha` over the background, made opaque: same look, and an
    opaque fill is much cheaper to paint over large regions than a translucent one."""
    top = fill_colour(value)
    weight = alpha / 255

    def mix(front: int, back: int) -> int:
        return round(front * weight + back * (1 - weight))

    return QColor(
        mix(top.red(), BACKGROUND.red()),
        mix(top.green(), BACKGROUND.green()),
        mix(top.blue(), BACKGROUND.blue()),
    )


def colour_name(value: str) -> str:
    """The palette name of a colour as said in a sentence ("pink", "pinc"), or its hex code:
    colour never carries meaning alone. The palette's keys are translated in the "colours"
    context (tools/translations.py lists them); menus use `COLOUR_NAMES`."""
    key = _PALETTE_KEY.get(resolve_colour(value))
    if key is None:
        return resolve_colour(value)
    return QCoreApplication.translate("colours", key)
