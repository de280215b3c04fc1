"""The `poster` layout: the board at a chosen scale, tiled across pages for an office printer.

Page 1 is the index: the whole board with the tile grid and labels over it. Each tile page
prints its part of the board inside crop marks; neighbouring tiles share an `OVERLAP` strip,
so the sheets can be trimmed at one mark and glued over the next. Tiles are labelled like a
map, row letter then column number (A1, A2, ..., B1, ...). Sheets with nothing on them are
left out (`poster_sheets`); the others keep their place in the grid and their label.
"""

import math
import string
from dataclasses import dataclass, replace

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from codesign.export.pdf.board_layout import selected_items
from codesign.export.pdf.document import bookmark
from codesign.export.pdf.draw import draw_items
from codesign.export.pdf.draw.lines import draw_string
from codesign.export.pdf.geometry import Rect, View, bounds, fit
from codesign.export.pdf.options import PdfOptions, Progress
from codesign.export.pdf.page_furniture import MARGIN, page_heading
from codesign.export.pdf.poster_sheets import Sheet, printed_sheets
from codesign.export.pdf.scene import BoardFacts, Scene
from codesign.export.pdf.style import EMOTION, MUTED, colour, counted
from codesign.model import Board
from codesign.text import BOLD_FONT, REGULAR_FONT, text_width
from codesign.text.catalogue import translate

OVERLAP = 10 * 72 / 25.4
"""10 mm printed twice, on both neighbouring sheets, to glue them over each other."""
CROP_MARK = 14.0
TILE_MARGIN = 36.0
"""Room outside the printed area for crop marks and the tile's label (most printers need it)."""
LABEL_BACKING = Color(1, 1, 1, alpha=0.8)
"""Behind a sheet's label on the index, so it reads over the notes under it."""
MAX_SHEETS = 500
"""A poster of 500 A4 sheets already covers a wall of about 15 m x 2 m; far past this a board
a billion units wide asked for 10^13 sheets and hung the export. Refused at once instead."""
SMALLEST_SCALE = 0.01


@dataclass(frozen=True)
class Tiling:
    area: Rect
    rows: int
    columns: int
    tile: tuple[float, float]
    """A tile's printed width and height, in canvas units."""
    step: tuple[float, float]
    """How far apart neighbouring tiles start (the tile less the overlap), in canvas units."""

    def visible(self, row: int, column: int) -> Rect:
        x = self.area[0] + column * self.step[0]
        y = self.area[1] + row * self.step[1]
        return x, y, self.tile[0], self.tile[1]


def tiling(board: Board, options: PdfOptions) -> Tiling:
    area = bounds(selected_items(board, options.item_ids))
    width, height = options.page_size
    tile = ((width - 2 * TILE_MARGIN) / options.scale, (height - 2 * TILE_MARGIN) / options.scale)
    step = (tile[0] - OVERLAP / options.scale, tile[1] - OVERLAP / options.scale)
    columns = max(1, math.ceil((area[2] - tile[0]) / step[0]) + 1)
    rows = max(1, math.ceil((area[3] - tile[1]) / step[1]) + 1)
    return Tiling(area, rows, columns, tile, step)


def poster_pages(board: Board, options: PdfOptions) -> int:
    layout = tiling(board, options)
    return 1 + len(printed_sheets(layout, selected_items(board, options.item_ids)))


def _too_many_sheets(board: Board, options: PdfOptions) -> int | None:
    """The printed sheets' count when it passes MAX_SHEETS (the grid's size if that is
    smaller to tell), else None; never lists more than MAX_SHEETS + 1 of them."""
    layout = tiling(board, options)
    grid = layout.rows * layout.columns
    if grid <= MAX_SHEETS:
        return None
    printed = printed_sheets(layout, selected_items(board, options.item_ids), MAX_SHEETS)
    return grid if len(printed) > MAX_SHEETS else None


def check_sheets(board: Board, options: PdfOptions) -> None:
    """ValueError, saying which scale fits, when the poster would pass MAX_SHEETS."""
    sheets = _too_many_sheets(board, options)
    if sheets is None:
        return
    problem = (
        f"the poster would be up to {sheets:,} sheets of {options.paper} (at most {MAX_SHEETS})"
    )
    fitting = _largest_fitting_scale(board, options)
    if fitting is None:
        raise ValueError(f"{problem} even at the smallest scale; export the board layout instead")
    raise ValueError(f"{problem}; a scale of {fitting:g} or less fits")


def _largest_fitting_scale(board: Board, options: PdfOptions) -> float | None:
    """The largest scale, to two significant figures and rounded down, that fits; sheets only
    fall as the scale falls, so halving the interval finds it in a few dozen tilings."""

    def fits(scale: float) -> bool:
        return _too_many_sheets(board, replace(options, scale=scale)) is None

    if not fits(SMALLEST_SCALE):
        return None
    low, high = SMALLEST_SCALE, options.scale
    for _ in range(40):
        middle = (low + high) / 2
        low, high = (middle, high) if fits(middle) else (low, middle)
    digits = 1 - math.floor(math.log10(low))
    rounded = math.floor(low * 10**digits) / 10**digits
    return max(rounded, SMALLEST_SCALE)


def tile_label(row: int, column: int) -> str:
    """A, B, ... Z, AA, AB, ... for rows; 1, 2, ... for columns."""
    letters = ""
    number = row + 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = string.ascii_uppercase[remainder] + letters
    return f"{letters}{column + 1}"


def render_poster(
    canvas: Canvas, facts: BoardFacts, options: PdfOptions, progress: Progress | None
) -> None:
    check_sheets(facts.board, options)
    layout = tiling(facts.board, options)
    items = selected_items(facts.board, options.item_ids)
    sheets = printed_sheets(layout, items)
    total = 1 + len(sheets)
    _index_page(canvas, facts, options, layout, items, sheets)
    for sheet in sorted(sheets):
        _tile_page(canvas, facts, options, layout, items, sheet, sheets)
        if progress:
            progress(canvas.getPageNumber() - 1, total)


def _index_page(
    canvas: Canvas,
    facts: BoardFacts,
    options: PdfOptions,
    layout: Tiling,
    items: list,
    sheets: set[Sheet],
) -> None:
    width, height = options.page_size
    title = translate("report", "{title}: poster index").format(title=facts.board.title)
    bookmark(canvas, title)
    blank = layout.rows * layout.columns - len(sheets)
    detail = translate("report", "{sheets}, {rows} of {columns}").format(
        sheets=counted(len(sheets), "sheet"),
        rows=counted(layout.rows, "row"),
        columns=layout.columns,
    ) + (translate("report", " ({blank} blank left out)").format(blank=blank) if blank else "")
    body_top = page_heading(canvas, title, detail, width, height)
    footer = 3 * MARGIN
    view = fit(_covered(layout, sheets), (MARGIN, footer, width - 2 * MARGIN, body_top - footer))
    draw_items(Scene(canvas, view, facts), items)
    _grid(canvas, view, layout, sheets)
    canvas.setFillColor(colour(MUTED))
    canvas.setFont(REGULAR_FONT, 10)
    for line, text in enumerate(
        (
            translate(
                "report",
                "Print at actual size (100%, not 'fit to page'). Trim each sheet at its crop "
                "marks on the left and top,",
            ),
            translate(
                "report",
                "then glue it over its neighbour: sheets overlap by {overlap} mm. "
                "Scale: {scale} pt per canvas unit.",
            ).format(overlap=f"{OVERLAP * 25.4 / 72:.0f}", scale=f"{options.scale:g}"),
        )
    ):
        draw_string(canvas, MARGIN, footer - 28 - line * 14, text)
    canvas.showPage()


def _covered(layout: Tiling, sheets: set[Sheet]) -> Rect:
    """The board area under the printed sheets (the whole grid when none is printed)."""
    rows = [row for row, _column in sheets] or [0, layout.rows - 1]
    columns = [column for _row, column in sheets] or [0, layout.columns - 1]
    left, top, _width, _height = layout.visible(min(rows), min(columns))
    return (
        left,
        top,
        layout.tile[0] + (max(columns) - min(columns)) * layout.step[0],
        layout.tile[1] + (max(rows) - min(rows)) * layout.step[1],
    )


def _grid(canvas: Canvas, view: View, layout: Tiling, sheets: set[Sheet]) -> None:
    """The printed sheets' outlines and labels; a blank sheet left out has neither."""
    canvas.setStrokeColor(colour(EMOTION))
    canvas.setLineWidth(0.75)
    canvas.setDash(4, 3)
    for row, column in sorted(sheets):
        x, y, _width, _height = layout.visible(row, column)
        canvas.rect(
            view.x(x),
            view.y(y + layout.step[1]),
            view.length(layout.step[0]),
            view.length(layout.step[1]),
            stroke=1,
            fill=0,
        )
        size = min(28.0, max(8.0, view.length(layout.step[1]) / 4))
        label = tile_label(row, column)
        middle = view.x(x + layout.step[0] / 2), view.y(y + layout.step[1] / 2)
        half = text_width(label, size, bold=True) / 2 + size / 4
        canvas.setFillColor(LABEL_BACKING)
        canvas.roundRect(middle[0] - half, middle[1] - size / 2, 2 * half, size, size / 4, 0, 1)
        canvas.setFillColor(colour(EMOTION))
        canvas.setFont(BOLD_FONT, size)
        draw_string(canvas, middle[0], middle[1] - size / 3, label, "centre")
    canvas.setDash()


def _tile_page(
    canvas: Canvas,
    facts: BoardFacts,
    options: PdfOptions,
    layout: Tiling,
    items: list,
    sheet: Sheet,
    sheets: set[Sheet],
) -> None:
    row, column = sheet
    width, height = options.page_size
    label = tile_label(row, column)
    bookmark(canvas, translate("report", "Sheet {label}").format(label=label))
    visible = layout.visible(row, column)
    view = View(
        options.scale,
        TILE_MARGIN - visible[0] * options.scale,
        height - TILE_MARGIN + visible[1] * options.scale,
    )
    canvas.saveState()
    clip = canvas.beginPath()
    clip.rect(TILE_MARGIN, TILE_MARGIN, width - 2 * TILE_MARGIN, height - 2 * TILE_MARGIN)
    canvas.clipPath(clip, stroke=0, fill=0)
    draw_items(Scene(canvas, view, facts), items, visible=visible)
    canvas.restoreState()
    _crop_marks(canvas, width, height)
    canvas.setFillColor(colour(MUTED))
    canvas.setFont(BOLD_FONT, 12)
    draw_string(canvas, TILE_MARGIN + 8, height - TILE_MARGIN + 12, label)
    canvas.setFont(REGULAR_FONT, 8)
    neighbours = []
    if (row, column + 1) in sheets:
        right = tile_label(row, column + 1)
        neighbours.append(translate("report", "right: {sheet}").format(sheet=right))
    if (row + 1, column) in sheets:
        below = tile_label(row + 1, column)
        neighbours.append(translate("report", "below: {sheet}").format(sheet=below))
    where = translate("report", "row {row}, column {column} of {columns}").format(
        row=tile_label(row, 0)[:-1], column=column + 1, columns=layout.columns
    )
    draw_string(
        canvas,
        TILE_MARGIN + 40,
        height - TILE_MARGIN + 12,
        "  ·  ".join([facts.board.title, where, *neighbours]),
    )
    canvas.showPage()


def _crop_marks(canvas: Canvas, width: float, height: float) -> None:
    """Short lines just outside each corner of the printed area, along both of its edges."""
    canvas.setStrokeColor(colour("#000000"))
    canvas.setLineWidth(0.5)
    gap = 4.0
    for x, x_out in ((TILE_MARGIN, -1), (width - TILE_MARGIN, 1)):
        for y, y_out in ((TILE_MARGIN, -1), (height - TILE_MARGIN, 1)):
            canvas.line(x + x_out * gap, y, x + x_out * (gap + CROP_MARK), y)
            canvas.line(x, y + y_out * gap, x, y + y_out * (gap + CROP_MARK))
