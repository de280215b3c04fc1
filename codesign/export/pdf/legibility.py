"""Whether the `board` layout prints note text large enough to read, and what would.

Fitting a whole board on one sheet can shrink its notes' text below what anyone can read
(a 28-note board on A4 prints it at about 4 pt). The export still happens, because a picture
of the whole wall has its uses, but the CLI and the Export dialog say so in one line and name
the smallest paper that prints the text at `READABLE_POINTS` or more, or the poster layout.
"""

from dataclasses import dataclass, replace

from codesign.export.pdf.board_layout import board_view, selected_items
from codesign.export.pdf.options import PdfOptions, paper_key
from codesign.model import Board, Note
from codesign.text import layout_note_text
from codesign.text.catalogue import translate

READABLE_POINTS = 7.0
"""The smallest print size of note text that reads comfortably at arm's length."""
_LARGER = {
    "A4": ("A3", "A2", "A1", "A0"),
    "A3": ("A2", "A1", "A0"),
    "A2": ("A1", "A0"),
    "A1": ("A0",),
    "Letter": ("Tabloid", "A2", "A1", "A0"),
    "Tabloid": ("A2", "A1", "A0"),
}
"""Bigger papers worth suggesting, smallest first, in the family of the paper chosen."""


@dataclass(frozen=True)
class SmallText:
    points: float
    """The smallest note text as printed, in points."""
    paper: str | None
    """The smallest larger paper that prints it at `READABLE_POINTS` or more, if any does."""

    def advice(self) -> str:
        """One line for the command line (the dialog words its own, translated)."""
        fix = (
            translate("export", "use --paper {paper} or --layout poster").format(paper=self.paper)
            if self.paper
            else translate("export", "use --layout poster")
        )
        said = translate(
            "export",
            "note text prints at {points} pt, too small to read (under {readable} pt): {fix}",
        )
        return said.format(points=f"{self.points:.1f}", readable=f"{READABLE_POINTS:g}", fix=fix)


def small_text(board: Board, options: PdfOptions) -> SmallText | None:
    """None when every note's text prints at a readable size (or the layout is not `board`)."""
    if options.layout != "board":
        return None
    items = selected_items(board, options.item_ids)
    sizes = [
        layout_note_text(item.text, item.width, item.height).font_size
        for item in items
        if isinstance(item, Note) and item.text.strip()
    ]
    if not sizes:
        return None
    smallest = min(sizes)
    printed = smallest * board_view(items, options.page_size).scale
    if printed >= READABLE_POINTS:
        return None
    paper = next(
        (
            name
            for name in _LARGER.get(paper_key(options.paper) or "", ())
            if smallest * board_view(items, replace(options, paper=name).page_size).scale
            >= READABLE_POINTS
        ),
        None,
    )
    return SmallText(printed, paper)
