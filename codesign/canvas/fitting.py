"""Where "fit" puts a rectangle of the board on screen, clear of the overlays in the corners.

The minimap sits over the bottom-right corner of the view. Fitting into the whole viewport put
the last notes of a board under it; fitting into the strip beside it or above it always costs
some zoom. So each of the three is tried, and the biggest zoom whose picture misses every
overlay wins: a wide board keeps the whole width when it ends above the minimap anyway.
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF

FIT_MARGIN = 32
"""Screen pixels round a fitted rectangle; three of them in height leave room for the titles
drawn above clusters when zoomed out."""


def fit_zoom(rect: QRectF, area: QRectF) -> float:
    """The zoom that shows `rect` whole inside `area` with the margins, never past 100 %."""
    return max(
        1e-6,
        min(
            (area.width() - 2 * FIT_MARGIN) / rect.width(),
            (area.height() - 3 * FIT_MARGIN) / rect.height(),
            1.0,
        ),
    )


def fitted_on_screen(rect: QRectF, area: QRectF, zoom: float) -> QRectF:
    """Where `rect` lands when centred in `area` (nudged down half a margin for the titles),
    with the titles' room above it."""
    width, height = rect.width() * zoom, rect.height() * zoom
    centre = area.center() + QPointF(0, FIT_MARGIN / 2)
    return QRectF(
        centre.x() - width / 2,
        centre.y() - height / 2 - FIT_MARGIN,
        width,
        height + FIT_MARGIN,
    )


def centred_in(rect: QRectF, area: QRectF, zoom: float) -> QRectF:
    """Where `rect` lands on screen when centred in `area` at `zoom`."""
    width, height = rect.width() * zoom, rect.height() * zoom
    centre = area.center()
    return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)


def free_areas(viewport: QRectF, overlays: Sequence[QRectF]) -> list[QRectF]:
    """The whole viewport, then the strips beside, above and below each overlay: one of them
    holds the picture at the biggest zoom clear of a corner (the minimap's, the timer's)."""
    areas = [viewport]
    for overlay in overlays:
        areas.append(QRectF(viewport.topLeft(), QPointF(overlay.left(), viewport.bottom())))
        areas.append(QRectF(QPointF(overlay.right(), viewport.top()), viewport.bottomRight()))
        areas.append(QRectF(viewport.topLeft(), QPointF(viewport.right(), overlay.top())))
        areas.append(QRectF(QPointF(viewport.left(), overlay.bottom()), viewport.bottomRight()))
    return areas


def fit_in_free_area(
    rect: QRectF,
    viewport: QRectF,
    overlays: Sequence[QRectF],
    zoom_for: Callable[[QRectF, QRectF], float] = fit_zoom,
    placed: Callable[[QRectF, QRectF, float], QRectF] = fitted_on_screen,
) -> tuple[float, QRectF]:
    """The zoom and the part of the viewport to centre `rect` in, missing every overlay.

    `zoom_for` and `placed` say how a fit works: Fit board's margins by default, a presented
    frame's share of the screen when the presentation fits one."""
    best: tuple[float, QRectF] | None = None
    for area in free_areas(viewport, overlays):
        if area.width() <= 2 * FIT_MARGIN or area.height() <= 3 * FIT_MARGIN:
            continue
        zoom = zoom_for(rect, area)
        shown = placed(rect, area, zoom)
        if any(shown.intersects(overlay) for overlay in overlays):
            continue
        if best is None or zoom > best[0] + 1e-9:
            best = (zoom, area)
    return best if best is not None else (zoom_for(rect, viewport), viewport)
