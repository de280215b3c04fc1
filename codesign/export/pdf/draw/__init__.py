"""One drawer per item kind (the registry), and the pass that draws a board's items in order.

Items are drawn back to front in `kinds.paint_order`, the canvas's own stacking (maps under
themes under connectors under labels under notes, then by `z`), then top to bottom and left to
right: that last order is also the order of the text in the file, so a screen reader or a
copy-paste reads the board in reading order.
"""

from collections.abc import Iterable

from codesign.export.pdf.draw.registry import DRAWERS
from codesign.export.pdf.geometry import Rect, box_of, overlaps
from codesign.export.pdf.options import Progress
from codesign.export.pdf.scene import Scene
from codesign.model import Item
from codesign.model.kinds import import_registrations, record_paint_order

import_registrations(__name__, __path__)
# Each drawer module files itself with `@draws` by being in this folder.
_PROGRESS_EVERY = 500


def paint_key(item: Item) -> tuple[int, int, float, float]:
    box = box_of(item) or (0.0, 0.0, 0.0, 0.0)
    return (*record_paint_order(item), box[1], box[0])


def draw_items(
    scene: Scene,
    items: Iterable[Item],
    visible: Rect | None = None,
    progress: Progress | None = None,
) -> None:
    """Draw `items`, skipping boxed items wholly outside `visible` (canvas units), if given."""
    ordered = sorted(items, key=paint_key)
    for done, item in enumerate(ordered, start=1):
        drawer = DRAWERS.get(item.kind)
        box = box_of(item)
        if drawer and (visible is None or box is None or overlaps(box, visible)):
            drawer(scene, item)
        if progress and done % _PROGRESS_EVERY == 0:
            progress(done, len(ordered))
    if progress:
        progress(len(ordered), len(ordered))
