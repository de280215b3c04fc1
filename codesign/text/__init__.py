"""Text layout shared by the canvas and the PDF exporter, so both wrap the same words alike."""

from codesign.text.font_chain import PLACEHOLDER, drawable, missing_characters
from codesign.text.fonts import BOLD_FONT, REGULAR_FONT, register_fonts, run_width, text_width
from codesign.text.layout import (
    LINE_SPACING,
    NOTE_MAX_FONT_SIZE,
    NOTE_MIN_FONT_SIZE,
    NOTE_PADDING,
    TextLayout,
    largest_readable_size,
    layout_label_text,
    layout_note_text,
    layout_text,
    visible_lines,
)
from codesign.text.runs import Run, visual_runs
from codesign.text.two_languages import TwoTextLayout, layout_two_note_texts

__all__ = [
    "BOLD_FONT",
    "LINE_SPACING",
    "NOTE_MAX_FONT_SIZE",
    "NOTE_MIN_FONT_SIZE",
    "NOTE_PADDING",
    "PLACEHOLDER",
    "REGULAR_FONT",
    "Run",
    "TextLayout",
    "TwoTextLayout",
    "drawable",
    "largest_readable_size",
    "layout_label_text",
    "layout_note_text",
    "layout_text",
    "layout_two_note_texts",
    "missing_characters",
    "register_fonts",
    "run_width",
    "text_width",
    "visible_lines",
    "visual_runs",
]
