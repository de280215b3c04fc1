"""The `board` layout: the whole board (or some of its items) on one page, scaled to fit."""

from reportlab.pdfgen.canvas import Canvas

from codesign.export.pdf.document import bookmark
from codesign.export.pdf.draw import draw_items
from codesign.export.pdf.geometry import View, bounds, fit
from codesign.export.pdf.options import PdfOptions, Progress
from codesign.export.pdf.page_furniture import MARGIN, body_top, long_date, page_heading
from codesign.export.pdf.scene import BoardFacts, Scene
from codesign.model import Board, Cluster, Connector, Item, JourneyMap


def board_pages(_board: Board, _options: PdfOptions) -> int:
    return 1


def render_board(
    canvas: Canvas, facts: BoardFacts, options: PdfOptions, progress: Progress | None
) -> None:
    items = selected_items(facts.board, options.item_ids)
    width, height = options.page_size
    title = facts.board.title
    bookmark(canvas, title)
    page_heading(canvas, title, long_date(facts.board.date), width, height)
    draw_items(Scene(canvas, board_view(items, options.page_size), facts), items, progress=progress)
    canvas.showPage()


def board_view(items: list[Item], page_size: tuple[float, float]) -> View:
    """Where the items land on the page: as large as fits under the heading."""
    width, height = page_size
    return fit(bounds(items), (MARGIN, MARGIN, width - 2 * MARGIN, body_top(height) - MARGIN))


def selected_items(board: Board, item_ids: frozenset[str]) -> list[Item]:
    """The chosen items plus what they hold (a cluster's notes, a journey's placed notes) and
    the connectors between them; every item when nothing is chosen."""
    if not item_ids:
        return list(board.items)
    unknown = sorted(item_ids - set(board.by_id))
    if unknown:
        raise ValueError(f"no item with id {unknown[0]!r} on this board")
    chosen = set(item_ids)
    for item_id in item_ids:
        item = board.by_id[item_id]
        if isinstance(item, Cluster):
            chosen.update(item.members)
        elif isinstance(item, JourneyMap):
            chosen.update(place.note for place in item.placements)
    for connector in board.of_kind(Connector):
        if connector.source in chosen and connector.target in chosen:
            chosen.add(connector.id)
    return [item for item in board.items if item.id in chosen]
