"""The pen's ink colours in words, for the pen bar and a connector's colour menu."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

INK_NAMES: dict[str, str] = {
    "black": QT_TRANSLATE_NOOP("PenBar", "Black"),
    "blue": QT_TRANSLATE_NOOP("PenBar", "Blue"),
    "red": QT_TRANSLATE_NOOP("PenBar", "Red"),
    "green": QT_TRANSLATE_NOOP("PenBar", "Green"),
    "orange": QT_TRANSLATE_NOOP("PenBar", "Orange"),
    "purple": QT_TRANSLATE_NOOP("PenBar", "Purple"),
}
"""Untranslated, in the "PenBar" context: each use translates it in the current language."""
