"""What exports do with a bilingual board: carry both texts, each marked with its language,
and speak the board's language in headings and page furniture, whatever the app speaks.

The language the board shows comes first; a text with no second version is written once,
unmarked, as on a board in one language.
"""

from codesign.model import Board
from codesign.model.bilingual import BoardLanguages, ShownText, both_texts

LANGUAGE_TAGS = {"cy": "cy-GB", "en": "en-GB"}
"""BCP 47 tags for a document's language (PDF /Lang, HTML `lang`)."""


def export_language(board: Board, asked: str) -> str:
    """The headings' language: the bilingual board's own, else the one the export asked for."""
    return board.languages.export_language() if board.languages is not None else asked


def versions(board: Board, text: str, alt: str) -> tuple[ShownText, ...]:
    """Every version of one text, the language the board shows first, each with its language."""
    found = both_texts(text, alt, board.languages)
    if len(found) == 2 and _secondary_first(board.languages):
        return (
            ShownText(found[1].text, found[1].language),
            ShownText(found[0].text, found[0].language, True),
        )
    return found


def marked(board: Board, text: str, alt: str, separator: str = " / ") -> str:
    """Both versions in one plain line, each after its language code ("[cy] … / [en] …");
    the text alone when it has no second version."""
    found = versions(board, text, alt)
    if len(found) == 1:
        return found[0].text
    return separator.join(f"[{shown.language}] {shown.text}" for shown in found)


def _secondary_first(languages: BoardLanguages | None) -> bool:
    return languages is not None and languages.shown == languages.secondary


def joined(board: Board, title: str, alt: str) -> str:
    """A title as the canvas draws it: both versions on one line, shown language first."""
    return " / ".join(shown.text for shown in versions(board, title, alt))
