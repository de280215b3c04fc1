"""Which language(s) an item shows on one view: the board's choice, or the projector's.

The projector window paints the same scene as the facilitator's screen, so the choice is made
per paint from the view painting (as the projector's larger text is), not stored on items.
"""

from PySide6.QtWidgets import QGraphicsItem, QWidget

from codesign.canvas.items.base import presenting
from codesign.model.bilingual import ShownText, shown_texts


def texts_shown(
    item: QGraphicsItem, widget: QWidget | None, text: str, alt: str, on_board: bool = False
) -> tuple[ShownText, ...]:
    """`text` and its second-language `alt` as the view painting `item` shows them (or, with
    `on_board`, as the facilitator's own view does, outside any paint)."""
    if not alt:
        return (ShownText(text, None),)
    scene = item.scene()
    document = getattr(scene, "document", None)
    languages = document.languages() if document is not None else None
    if languages is None:
        return (ShownText(text, None),)
    on_wall = not on_board and presenting(widget)
    mode = languages.on_projector if on_wall else languages.shown
    return shown_texts(text, alt, languages, mode)


def one_line(
    item: QGraphicsItem, widget: QWidget | None, text: str, alt: str, on_board: bool = False
) -> str:
    """A title as one line: both languages joined by a slash, as bilingual signs are."""
    return " / ".join(shown.text for shown in texts_shown(item, widget, text, alt, on_board))
