"""What a PDF export is asked to make: the layout, the paper and the choices around them."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from reportlab.lib.pagesizes import A0, A1, A2, A3, A4, LETTER, TABLOID

Layout = Literal["board", "poster", "report"]
LAYOUTS: tuple[Layout, ...] = ("board", "poster", "report")

PAPER_SIZES: dict[str, tuple[float, float]] = {
    "A4": A4,
    "A3": A3,
    "A2": A2,
    "A1": A1,
    "A0": A0,
    "Letter": LETTER,
    "Tabloid": TABLOID,
}
"""Portrait width and height in PDF points (1/72 inch)."""

Progress = Callable[[int, int], None]
"""Called as `progress(done, total)` while pages are made, for a dialog's progress bar."""


@dataclass(frozen=True)
class PdfOptions:
    layout: Layout = "board"
    paper: str = "A4"
    landscape: bool = False
    scale: float = 1.0
    """Poster only: PDF points per canvas unit (1.0 prints a new note 56 mm wide)."""
    anonymous: bool = False
    """Leave out names: authors, voters and the facilitator."""
    item_ids: frozenset[str] = field(default_factory=frozenset)
    """Board layout only: draw just these items (a selection, a cluster, a journey map)."""
    language: str = "en"
    """The headings, counts and dates of the PDF: "en" or "cy" (the notes stay as written)."""

    def __post_init__(self) -> None:
        if self.layout not in LAYOUTS:
            raise ValueError(f"unknown layout {self.layout!r} (choose from {', '.join(LAYOUTS)})")
        if paper_key(self.paper) is None:
            raise ValueError(
                f"unknown paper size {self.paper!r} (choose from {', '.join(PAPER_SIZES)})"
            )
        if not 0.01 <= self.scale <= 100:
            raise ValueError(f"scale {self.scale} is out of range (0.01 to 100)")

    @property
    def page_size(self) -> tuple[float, float]:
        width, height = PAPER_SIZES[paper_key(self.paper) or "A4"]
        return (max(width, height), min(width, height)) if self.landscape else (width, height)


def paper_key(name: str) -> str | None:
    """The paper's canonical name, whatever its case ("a3" and "LETTER" are accepted)."""
    return next((key for key in PAPER_SIZES if key.lower() == name.lower()), None)
