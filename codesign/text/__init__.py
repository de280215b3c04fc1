"""Text layout shared by the canvas and the PDF exporter, so both wrap the same words alike."""

from codesign.text.fonts import BOLD_FONT, REGULAR_FONT, register_fonts, text_width
from codesign.text.layout import (
    LINE_SPACING,
    NOTE_MAX_FONT_SIZE,
    NOTE_MIN_FONT_SIZE,
    NOTE_PADDING,
    TextLayout,
    layout_note_text,
    layout_text,
    visible_lines,
)

__all__ = [
    "BOLD_FONT",
    "LINE_SPACING",
    "NOTE_MAX_FONT_SIZE",
    "NOTE_MIN_FONT_SIZE",
    "NOTE_PADDING",
    "REGULAR_FONT",
    "TextLayout",
    "layout_note_text",
    "layout_text",
    "register_fonts",
    "text_width",
    "visible_lines",
]
