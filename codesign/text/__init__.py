"""Text layout shared by the canvas and the PDF exporter, so both wrap the same words alike.

The names below load their module on first use: `codesign check` and the other command-line
verbs reach `codesign.text.catalogue` for their messages, and must not pay for the layout
and font modules they never call.
"""

from importlib import import_module
from typing import Any

_HOMES = {
    "codesign.text.font_chain": ("PLACEHOLDER", "drawable", "missing_characters"),
    "codesign.text.fonts": (
        "BOLD_FONT",
        "REGULAR_FONT",
        "register_fonts",
        "run_width",
        "text_width",
    ),
    "codesign.text.layout": (
        "LINE_SPACING",
        "NOTE_MAX_FONT_SIZE",
        "NOTE_MIN_FONT_SIZE",
        "NOTE_PADDING",
        "TextLayout",
        "largest_readable_size",
        "layout_label_text",
        "layout_note_text",
        "layout_text",
        "visible_lines",
    ),
    "codesign.text.runs": ("Run", "visual_runs"),
    "codesign.text.two_languages": ("TwoTextLayout", "layout_two_note_texts"),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}

__all__ = sorted(_HOME_OF)


def __getattr__(name: str) -> Any:
    module = _HOME_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'codesign.text' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value
