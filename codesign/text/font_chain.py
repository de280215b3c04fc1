"""The bundled font fallback chain: which face draws each character, decided by coverage.

Noto Sans draws Latin, Greek and Cyrillic (Welsh, Polish, Romanian, Turkish, Ukrainian); the
faces after it each add scripts it lacks. A character goes to the first face whose character
map has it. Faces load lazily, only when a character outside Noto Sans first appears, so a
Latin-only board (and opening the app) never reads them. Characters no face has are drawn as
a visible placeholder and reported (`missing_characters`): nothing is dropped silently.
"""

import json
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from codesign.resources import fonts_folder

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFont

REGULAR_FONT = "NotoSans"
BOLD_FONT = "NotoSans-Bold"
PLACEHOLDER = "\ufffd"
"""What a character no bundled face has is drawn as (in Noto Sans), never left out."""


@dataclass(frozen=True, slots=True)
class Face:
    name: str
    file: str
    shaped: bool = False
    """Script needs HarfBuzz shaping (joining, reordering, conjuncts, mark placement)."""
    scripts: tuple[str, ...] = ()
    """Unicode character-name prefixes this face is for: such a character asks it first, so
    the first Chinese note loads one face, not every face before it in the chain."""


PRIMARY = (Face(REGULAR_FONT, "NotoSans-Regular.ttf"), Face(BOLD_FONT, "NotoSans-Bold.ttf"))
FALLBACKS: tuple[Face, ...] = (
    Face("NotoSansArabic", "NotoSansArabic-Regular.ttf", shaped=True, scripts=("ARABIC",)),
    Face("NotoNastaliqUrdu", "NotoNastaliqUrdu-Regular.ttf", shaped=True),
    Face("NotoSansHebrew", "NotoSansHebrew-Regular.ttf", shaped=True, scripts=("HEBREW",)),
    Face(
        "NotoSansDevanagari", "NotoSansDevanagari-Regular.ttf", shaped=True, scripts=("DEVANAGARI",)
    ),
    Face("NotoSansBengali", "NotoSansBengali-Regular.ttf", shaped=True, scripts=("BENGALI",)),
    Face("NotoSansGurmukhi", "NotoSansGurmukhi-Regular.ttf", shaped=True, scripts=("GURMUKHI",)),
    Face("NotoSansGujarati", "NotoSansGujarati-Regular.ttf", shaped=True, scripts=("GUJARATI",)),
    Face("NotoSansTamil", "NotoSansTamil-Regular.ttf", shaped=True, scripts=("TAMIL",)),
    Face("NotoSansEthiopic", "NotoSansEthiopic-Regular.ttf", scripts=("ETHIOPIC",)),
    Face("NotoSansThai", "NotoSansThai-Regular.ttf", shaped=True, scripts=("THAI",)),
    Face("NotoSansSymbols", "NotoSansSymbols-Regular.ttf"),
    Face("NotoSansSymbols2", "NotoSansSymbols2-Regular.ttf"),
    Face("NotoSansMath", "NotoSansMath-Regular.ttf"),
    Face(
        "DroidSansFallback",
        "DroidSansFallbackFull.ttf",
        scripts=("CJK", "HIRAGANA", "KATAKANA", "HANGUL"),
    ),
    Face("SymbolaEmoji", "Symbola-Emoji.ttf"),
)
"""In order of preference. DroidSansFallback draws Chinese, Japanese and Korean (TrueType
outlines, which the PDF can embed; Noto Sans CJK is CFF, which reportlab cannot). Symbola's
emoji are outlines for the PDF; the canvas puts Noto Color Emoji in front of it on screen."""
SCREEN_ONLY = ("NotoColorEmoji.ttf",)
"""Faces only the canvas uses: Qt draws colour bitmap emoji, a PDF text layer cannot."""
SHAPED = frozenset(face.name for face in FALLBACKS if face.shaped)


def face_files() -> tuple[str, ...]:
    """Every bundled face file the canvas registers, in fallback order."""
    chain = [face.file for face in (*PRIMARY, *FALLBACKS)]
    return (*chain[:-1], *SCREEN_ONLY, chain[-1])


@cache
def load(face: Face) -> "TTFont":
    """Register one face with reportlab (metrics and embedding) the first time it is needed
    (reportlab itself is imported then too: laying out Latin text needs neither)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = TTFont(face.name, str(fonts_folder() / face.file))
    pdfmetrics.registerFont(font)
    return font


@cache
def register_fonts() -> None:
    """Make the primary faces known to reportlab; fallbacks load on first use."""
    from reportlab.pdfbase import pdfmetrics

    for face in PRIMARY:
        load(face)
    pdfmetrics.registerFontFamily(REGULAR_FONT, normal=REGULAR_FONT, bold=BOLD_FONT)


def widths_file() -> Path:
    return fonts_folder() / "widths.json"


@cache
def primary_widths(font: str) -> tuple[dict[int, float], float]:
    """The primary face's advances (per 1000 units) by code point, and its default advance:
    reportlab's own reading of the TTF, written out by `tools/font_widths.py` so that neither
    measuring nor asking which characters the face has parses the TTF (a noticeable moment on
    the first frame that draws a title)."""
    with widths_file().open(encoding="utf-8") as stream:
        table = json.load(stream)[font]
    return {int(code): width for code, width in table["widths"].items()}, table["default"]


@cache
def _primary_cover(bold: bool) -> frozenset[int]:
    """The characters the primary face has: exactly the code points of its width table
    (tests/text/test_font_widths.py checks both against the TTF)."""
    return frozenset(primary_widths(PRIMARY[bold].name)[0])


def is_invisible(char: str) -> bool:
    """Joiners, direction marks, variation selectors and line ends: no glyph of their own."""
    return unicodedata.category(char) in ("Cf", "Cc", "Zl", "Zp") or 0xFE00 <= ord(char) <= 0xFE0F


@lru_cache(maxsize=65_536)
def face_for(char: str, bold: bool = False) -> str | None:
    """The reportlab font name that draws `char`, or None when no bundled face has it."""
    code = ord(char)
    if code in _primary_cover(bold):
        return PRIMARY[bold].name
    name = unicodedata.name(char, "")
    for face in FALLBACKS:
        if name.startswith(face.scripts or "\0") and code in load(face).face.charToGlyph:
            return face.name
    for face in FALLBACKS:
        if code in load(face).face.charToGlyph:
            return face.name
    return None


def covered(text: str, bold: bool = False) -> bool:
    """True when the primary face alone draws all of `text`: the common, fast case."""
    return _primary_cover(bold).issuperset(map(ord, text))


def missing_characters(text: str) -> list[str]:
    """Characters of `text` no bundled face can draw, each once, in order of appearance."""
    if covered(text):
        return []
    cover = _primary_cover(False)
    missing = [
        char
        for char in set(text)  # a whole board's text holds a few dozen distinct characters
        if ord(char) not in cover and not is_invisible(char) and face_for(char) is None
    ]
    return sorted(missing, key=text.index)


_EXPLICIT_DIRECTION = frozenset(("LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"))


def is_explicit_direction(char: str) -> bool:
    """Embeddings, overrides and isolates (U+202A-202E, U+2066-2069). Neither renderer
    honours them: the PDF's bidi (`runs.bidi_levels`) reads them as neutrals that draw
    nothing, so the canvas leaves them out too, and a note typed "\u202egnp.exe" reads
    "gnp.exe" everywhere instead of passing for "exe.png" on screen."""
    return unicodedata.bidirectional(char) in _EXPLICIT_DIRECTION


def drawable(text: str, bold: bool = False) -> str:
    """`text` as a renderer (Qt) should be given it: each character no bundled face has
    replaced by the visible placeholder (else an empty box or a borrowed system font), and
    the explicit direction controls left out (else Qt would honour what the PDF does not)."""
    if covered(text, bold) and (text.isascii() or not any(map(is_explicit_direction, text))):
        return text
    return "".join(
        PLACEHOLDER
        if not is_invisible(char) and face_for(char, bold) is None and face_for(char) is None
        else char
        for char in text
        if not is_explicit_direction(char)
    )
