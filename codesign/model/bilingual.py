"""Bilingual boards: a second-language text beside each text, and which language is shown.

A board in Wales is often written in Welsh and English at once. Each text a person reads on
the board (a note, a label, a theme's title, a journey map's title, its stages and lanes) may
carry a second text, `text_alt` or `title_alt`, in the board's second language; the board's
`languages` say which language each field holds and what the board shows (Welsh, English or
both), with a separate choice for the projector. A text with no second-language version is
shown as it is whatever the choice, so nothing ever goes blank for want of a translation.
"""

from dataclasses import dataclass
from typing import Literal

from pydantic import model_validator

from codesign.model.items import Record

LANGUAGES_KEY = "\x00languages"
"""The record key of the board's languages in an open board: a NUL no person can type."""

Language = Literal["cy", "en"]
Shown = Literal["cy", "en", "both"]
LANGUAGE_CODES: tuple[Language, ...] = ("cy", "en")
SHOWN_CHOICES: tuple[Shown, ...] = ("cy", "en", "both")
LANGUAGE_NAMES: dict[str, str] = {"cy": "Cymraeg", "en": "English"}
"""Each language named in itself, as a bilingual reader looks for it: never translated."""


class BoardLanguages(Record):
    """Which language the board's texts are in and which the board and the projector show."""

    primary: Language = "en"
    """The language of every `text` and `title`."""
    secondary: Language = "cy"
    """The language of every `text_alt` and `title_alt`."""
    shown: Shown = "both"
    """What the board shows on the facilitator's screen, and the language of its exports."""
    projector: Shown | None = None
    """What the projector window (the front of the room) shows; None shows what the board does."""

    @model_validator(mode="after")
    def _two_languages(self) -> "BoardLanguages":
        if self.primary == self.secondary:
            raise ValueError(f"languages: primary and secondary are both {self.primary!r}")
        return self

    @property
    def id(self) -> str:
        return LANGUAGES_KEY

    @property
    def on_projector(self) -> Shown:
        return self.projector or self.shown

    def export_language(self) -> Language:
        """The language of an export's headings: the one shown, or the first when both are."""
        return self.primary if self.shown == "both" else self.shown


def pair_for_second(second: Language) -> BoardLanguages:
    """A board's languages when its first second-language text is in `second`."""
    first: Language = "en" if second == "cy" else "cy"
    return BoardLanguages(primary=first, secondary=second)


@dataclass(frozen=True, slots=True)
class ShownText:
    """One text as a reader sees it: in which language, and whether it is the second one
    (drawn smaller and in italics under a thin rule when both languages are shown)."""

    text: str
    language: str | None
    second: bool = False


def shown_texts(
    text: str, alt: str, languages: BoardLanguages | None, shown: Shown | None = None
) -> tuple[ShownText, ...]:
    """The texts to show for one field (`text` and its `alt`), in showing order.

    `shown` overrides the board's own choice (the projector's); a missing version falls back
    to the one there is, so a half-translated board never shows an empty note.
    """
    if languages is None:
        return (ShownText(text, None),)
    first = ShownText(text, languages.primary)
    if not alt:
        return (first,)
    second = ShownText(alt, languages.secondary)
    mode = shown or languages.shown
    if not text or mode == languages.secondary:
        return (second,)
    if mode == languages.primary:
        return (first,)
    return (first, ShownText(alt, languages.secondary, second=True))


def shown_line(text: str, alt: str, languages: BoardLanguages | None) -> str:
    """One field as the board shows it, on one line: both versions joined by a slash."""
    return " / ".join(shown.text for shown in shown_texts(text, alt, languages))


def edited_field(
    text: str, alt: str, languages: BoardLanguages | None
) -> Literal["text", "text_alt"]:
    """Which field typing on the note changes: the one the board shows when it shows one
    language (so a facilitator edits the words in front of them), else the first."""
    if languages is None or not alt:
        return "text"
    return "text_alt" if not text or languages.shown == languages.secondary else "text"


def both_texts(text: str, alt: str, languages: BoardLanguages | None) -> tuple[ShownText, ...]:
    """Every version a field has, each marked with its language: what exports carry."""
    return shown_texts(text, alt, languages, "both")
