"""What the Export dialog offers and how it words what will come out.

Kept apart from the dialog's wiring so the tables of choices and the sentences under them
can be read (and translated) in one place.
"""

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from codesign.export import PdfOptions
from codesign.export.pdf.legibility import SmallText
from codesign.model import Board, Cluster, JourneyMap

CONTEXT = "ExportDialog"
FORMATS = (
    (QT_TRANSLATE_NOOP("ExportDialog", "PDF document"), ".pdf"),
    (QT_TRANSLATE_NOOP("ExportDialog", "Accessible report (HTML, to publish)"), ".html"),
    (QT_TRANSLATE_NOOP("ExportDialog", "PNG image"), ".png"),
    (QT_TRANSLATE_NOOP("ExportDialog", "JSON Canvas (Obsidian and others)"), ".canvas"),
    (QT_TRANSLATE_NOOP("ExportDialog", "CSV spreadsheet (notes)"), ".csv"),
    (QT_TRANSLATE_NOOP("ExportDialog", "Markdown text"), ".md"),
)
LAYOUTS = (
    (QT_TRANSLATE_NOOP("ExportDialog", "Board: the whole board on one page"), "board"),
    (QT_TRANSLATE_NOOP("ExportDialog", "Poster: tiled sheets to tape together"), "poster"),
    (QT_TRANSLATE_NOOP("ExportDialog", "Report: cover, themes, journeys, votes"), "report"),
)
ORIENTATIONS = (
    (QT_TRANSLATE_NOOP("ExportDialog", "Automatic (follows the board)"), "auto"),
    (QT_TRANSLATE_NOOP("ExportDialog", "Portrait"), "portrait"),
    (QT_TRANSLATE_NOOP("ExportDialog", "Landscape"), "landscape"),
)
PNG_SCALES = (0.25, 0.5, 1.0, 2.0, 3.0, 4.0)
DEFAULT_PNG_SCALE = 2.0
NOTE_WIDTH_MM = 56
"""A new note printed by a poster at scale 1 (see docs/export.md)."""


def tr(text: str, n: int = -1) -> str:
    """Translated; with `n`, the plural form for that count ("%n page(s)")."""
    return QCoreApplication.translate(CONTEXT, text, "", n)


def make_combo(parent: QWidget, rows: Iterable[tuple[str, object]], translate: bool) -> QComboBox:
    combo = QComboBox(parent)
    for text, data in rows:
        combo.addItem(tr(text) if translate else text, data)
    return combo


def png_scale_rows() -> list[tuple[str, object]]:
    return [(f"{scale:g}×", scale) for scale in PNG_SCALES]


def best_png_scale(longest_side: float, max_side: int) -> float:
    """The default resolution, lowered until a big board's picture can be made at all."""
    fitting = [s for s in PNG_SCALES if s <= DEFAULT_PNG_SCALE and longest_side * s <= max_side]
    return fitting[-1] if fitting else PNG_SCALES[0]


def scope_rows(board: Board, selection: Sequence[str]) -> list[tuple[str, tuple[str, ...]]]:
    """Whole board, the selection if any, then each theme and journey map by its title."""
    rows: list[tuple[str, tuple[str, ...]]] = [(tr("Whole board"), ())]
    if selection:
        rows.append((tr("Selection (%n item(s))", len(selection)), tuple(selection)))
    for record in board.items:
        if isinstance(record, Cluster):
            rows.append((tr("Theme: {title}").format(title=record.title), (record.id,)))
        elif isinstance(record, JourneyMap):
            rows.append((tr("Journey map: {title}").format(title=record.title), (record.id,)))
    return rows


def page_summary(options: PdfOptions, pages: int, small: SmallText | None = None) -> str:
    """What will come out, orientation included: "automatic" alone would hide it; and, when
    the note text would print too small to read, which paper or layout prints it readably."""
    sheet = tr("landscape") if options.landscape else tr("portrait")
    if options.layout == "poster" and pages > 1:
        text = tr("%n page(s), {paper} {sheet}: an index and the sheets to tape up", pages)
    else:
        text = tr("%n page(s), {paper} {sheet}", pages)
    summary = text.format(paper=options.paper, sheet=sheet)
    if options.layout == "poster":
        width = round(NOTE_WIDTH_MM * options.scale)
        summary += "\n" + tr("A note prints {width} mm wide").format(width=width)
    if small is not None:
        text = (
            tr("Note text prints at {points} pt, too small: choose {paper} or the Poster layout")
            if small.paper
            else tr("Note text prints at {points} pt, too small: choose the Poster layout")
        )
        summary += "\n" + text.format(points=f"{small.points:.1f}", paper=small.paper)
    return summary


def png_summary(size: tuple[int, int], max_side: int) -> str:
    text = tr("{width} × {height} pixels").format(width=size[0], height=size[1])
    if max(size) > max_side:
        text += " · " + tr("too large: choose a lower resolution")
    return text
