"""The report's page per theme cluster and per journey map, drawn large enough to read.

A section that fits its page at a readable scale gets one page. A bigger one (a journey map
of seven stages and six lanes, a theme of sixty notes) gets an overview page and then parts
at the readable scale, each page a window onto the section, so no note is too small to read.
"""

from dataclasses import replace

from reportlab.pdfgen.canvas import Canvas

from codesign.export.bilingual import joined
from codesign.export.pdf.board_layout import selected_items
from codesign.export.pdf.document import bookmark
from codesign.export.pdf.draw import draw_items
from codesign.export.pdf.geometry import Rect, View, bounds, fit
from codesign.export.pdf.options import PdfOptions
from codesign.export.pdf.page_furniture import MARGIN, body_top, page_heading
from codesign.export.pdf.scene import BoardFacts, Scene
from codesign.export.pdf.style import counted
from codesign.model import Cluster, Item, JourneyMap, Note
from codesign.model.journey_geometry import LANE_HEADER_WIDTH, STAGE_HEADER_HEIGHT, TITLE_HEIGHT
from codesign.text.catalogue import translate

LARGEST_SCALE = 1.5
"""A two-note theme is not blown up past 150%: it would look like a mistake."""
READABLE_SCALE = 0.5
"""Half size prints the smallest note text (11 units) at 5.5 pt and most of it at 7 to 12 pt."""


def section_pages(
    canvas: Canvas, facts: BoardFacts, options: PdfOptions, section: Cluster | JourneyMap
) -> None:
    """Journey maps are wide: they get the paper turned to landscape."""
    width, height = options.page_size
    name = joined(facts.board, section.title, section.title_alt)
    if isinstance(section, JourneyMap):
        width, height = max(width, height), min(width, height)
        name = name or translate("report", "untitled")
        title = translate("report", "Journey: {title}").format(title=name)
        detail = counted(len(section.placements), "note")
    else:
        name = name or translate("report", "untitled")
        title = translate("report", "Theme: {title}").format(title=name)
        votes = facts.cluster_votes.get(section.id, 0)
        detail = counted(len(section.members), "note") + (
            f" · {counted(votes, 'vote')}" if votes else ""
        )
    canvas.setPageSize((width, height))
    items = selected_items(facts.board, frozenset({section.id}))
    area = bounds(items, margin=16.0)
    body = _body(canvas, title, detail, width, height)
    view = fit(area, body, most=LARGEST_SCALE)
    draw_items(Scene(canvas, view, facts), items)
    canvas.showPage()
    if view.scale < READABLE_SCALE:
        _parts(canvas, facts, items, area, title, detail, (width, height))
    canvas.setPageSize(options.page_size)


def _body(canvas: Canvas, title: str, detail: str, width: float, height: float) -> Rect:
    bookmark(canvas, title)
    body_top = page_heading(canvas, title, detail, width, height)
    return MARGIN, MARGIN, width - 2 * MARGIN, body_top - MARGIN


def _parts(
    canvas: Canvas,
    facts: BoardFacts,
    items: list[Item],
    area: Rect,
    title: str,
    detail: str,
    size: tuple[float, float],
) -> None:
    """Windows onto `area` at a readable scale, left to right, then top to bottom, cut
    between stages and lanes (or at least between notes) rather than through them. Every
    part is drawn at the one scale that fits them all and from the same top-left corner, so
    the printed parts line up side by side like the map itself."""
    width, height = size
    limit = (
        (width - 2 * MARGIN) / READABLE_SCALE,
        (height - 2 * MARGIN - 40) / READABLE_SCALE,
    )
    boxes = [facts.boxes[item.id] for item in items if isinstance(item, Note)]
    journeys = [item for item in items if isinstance(item, JourneyMap)]
    journey = journeys[0] if journeys else None
    if journeys:
        limit = (limit[0] - LANE_HEADER_WIDTH, limit[1] - STAGE_HEADER_HEIGHT)
    columns = _segments(
        area[0],
        area[0] + area[2],
        limit[0],
        [edge for j in journeys for edge in _stage_edges(j)],
        [(box[0], box[0] + box[2]) for box in boxes],
    )
    rows = _segments(
        area[1],
        area[1] + area[3],
        limit[1],
        [edge for j in journeys for edge in _lane_edges(j)],
        [(box[1], box[1] + box[3]) for box in boxes],
    )
    windows = [
        (left, top, right - left, bottom - top) for top, bottom in rows for left, right in columns
    ]
    box = (MARGIN, MARGIN, width - 2 * MARGIN, body_top(height) - MARGIN)
    scale = min(
        fit(_headed(window, journey)[0], box, most=LARGEST_SCALE).scale for window in windows
    )
    for number, window in enumerate(windows, start=1):
        part = translate("report", "{title}, part {number} of {count}")
        _body(canvas, part.format(title=title, number=number, count=len(windows)), detail, *size)
        _draw_window(canvas, facts, items, window, box, journey, scale)
        canvas.showPage()


def _headed(window: Rect, journey: JourneyMap | None) -> tuple[Rect, float, float]:
    """The window widened by the lane headers and the stage headers a part repeats (when it
    lies away from the map's left edge or top), and how wide and tall those are."""
    left, top, width, height = window
    stage_top = journey.y + TITLE_HEIGHT if journey else 0.0
    lanes = LANE_HEADER_WIDTH if journey and left > journey.x + LANE_HEADER_WIDTH / 2 else 0.0
    stages = STAGE_HEADER_HEIGHT if journey and top > stage_top + STAGE_HEADER_HEIGHT / 2 else 0.0
    return (left - lanes, top - stages, width + lanes, height + stages), lanes, stages


def _draw_window(
    canvas: Canvas,
    facts: BoardFacts,
    items: list[Item],
    window: Rect,
    box: Rect,
    journey: JourneyMap | None,
    scale: float,
) -> None:
    """One part page, its top-left corner at the body's. On a journey map, a part away from
    the left edge or the top gets the lane headers and the stage headers repeated beside and
    above it, so every cell can still be read as "this stage, this lane"."""
    left, top, width, height = window
    whole, lanes, stages = _headed(window, journey)
    view = View(scale, box[0] - whole[0] * scale, box[1] + box[3] + whole[1] * scale)
    _clipped(Scene(canvas, view, facts), items, _on_page(view, window), window)
    if journey and lanes:
        stage_top = journey.y + TITLE_HEIGHT
        shifted = View(view.scale, view.left + (left - lanes - journey.x) * view.scale, view.top)
        below_title = max(top, stage_top)
        strip = (left - lanes, below_title, lanes, top + height - below_title)
        visible = (journey.x, below_title, lanes, strip[3])
        _clipped(Scene(canvas, shifted, facts), [journey], _on_page(view, strip), visible)
    if journey and stages:
        stage_top = journey.y + TITLE_HEIGHT
        shifted = View(view.scale, view.left, view.top - (top - stages - stage_top) * view.scale)
        clip = _on_page(view, (left, top - stages, width, stages))
        _clipped(Scene(canvas, shifted, facts), [journey], clip, (left, stage_top, width, stages))


def _on_page(view: View, rect: Rect) -> Rect:
    """A canvas rectangle as a page rectangle (x, y of its bottom-left, width, height)."""
    left, top, width, height = rect
    return view.x(left), view.y(top + height), view.length(width), view.length(height)


def _clipped(scene: Scene, items: list[Item], clip_rect: Rect, visible: Rect) -> None:
    canvas = scene.canvas
    canvas.saveState()
    clip = canvas.beginPath()
    clip.rect(*clip_rect)
    canvas.clipPath(clip, stroke=0, fill=0)
    draw_items(replace(scene, window=visible), items, visible=visible)
    canvas.restoreState()


def _segments(
    start: float,
    end: float,
    limit: float,
    preferred: list[float],
    blocked: list[tuple[float, float]],
) -> list[tuple[float, float]]:
    """Split [start, end] into pieces no longer than `limit`, cutting at the furthest
    preferred edge that fits, else at the furthest place no note spans, else at the limit."""
    pieces = []
    while end - start > limit:
        reach = start + limit
        cut = max((edge for edge in preferred if start < edge <= reach), default=None)
        if cut is None:
            free = [edge for _a, edge in blocked if start < edge <= reach] + [
                edge for edge, _b in blocked if start < edge <= reach
            ]
            free = [e for e in free if not any(a < e < b for a, b in blocked)]
            cut = max(free, default=reach)
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    even = _even(pieces[0][0], end, limit, preferred, len(pieces)) if len(pieces) > 1 else None
    return even or pieces


def _even(
    start: float, end: float, limit: float, edges: list[float], count: int
) -> list[tuple[float, float]] | None:
    """`count` pieces cut at `edges` whose widest is as narrow as can be (7 stages in three
    parts as 3, 2 and 2 rather than 3, 3 and a lonely 1), or None when the edges cannot make
    `count` pieces within `limit`. A map has tens of stages at most: the search is small."""
    points = [start, *sorted({edge for edge in edges if start < edge < end}), end]
    worst = [[float("inf")] * len(points) for _ in range(count + 1)]
    came_from = [[0] * len(points) for _ in range(count + 1)]
    worst[0][0] = 0.0
    for pieces in range(1, count + 1):
        for right in range(1, len(points)):
            for left in range(right):
                width = points[right] - points[left]
                widest = max(worst[pieces - 1][left], width)
                if width <= limit and widest < worst[pieces][right]:
                    worst[pieces][right], came_from[pieces][right] = widest, left
    if worst[count][-1] == float("inf"):
        return None
    cuts, right = [], len(points) - 1
    for pieces in range(count, 0, -1):
        left = came_from[pieces][right]
        cuts.append((points[left], points[right]))
        right = left
    return cuts[::-1]


def _stage_edges(journey: JourneyMap) -> list[float]:
    edges, left = [], journey.x + LANE_HEADER_WIDTH
    for stage in journey.stages:
        left += stage.width
        edges.append(left)
    return edges


def _lane_edges(journey: JourneyMap) -> list[float]:
    edges, top = [], journey.y + TITLE_HEIGHT + STAGE_HEADER_HEIGHT
    for lane in journey.lanes:
        top += lane.height
        edges.append(top)
    return edges
