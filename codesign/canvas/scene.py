"""The scene mirrors the open document: one graphics item per board item, keyed by id.

It is built once from the document and then touched only for the keys named in
`records_changed`, so an edit on a 10,000-note board updates a handful of items. A large
board's note items are built after its first frame (`staged_build.py`); every method here that
hands out items builds the ones it hands out first, so callers always see the whole board. Pointer
gestures (select, move, resize, double-click) live in `gestures.py`; inline text editing in
`editor.py`.
"""

import math
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Signal
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QToolTip,
)

from codesign.canvas import style
from codesign.canvas.editor import TextEditor
from codesign.canvas.gestures import PointerGestures
from codesign.canvas.items import BoardItem, ConnectorItem, NoteItem, item_class
from codesign.canvas.lifted import Lifted
from codesign.canvas.overview import NotesOverview
from codesign.canvas.staged_build import BUILD_AT_ONCE, StagedBuild
from codesign.canvas.staged_detail import StagedDetail
from codesign.canvas.tooltips import plain_tip
from codesign.document import BoardDocument
from codesign.model import BoxItem, Connector, Item, Note
from codesign.model.bilingual import LANGUAGES_KEY
from codesign.model.items import ItemBase

OVERVIEW_ZOOM = 0.25
"""Below this zoom, notes are drawn by the overview item (tuned with bench/canvas.py)."""
MAX_OUTLINED = 500
SCENE_MARGIN = 4000.0
"""Room around the board to pan into and to drop new notes on."""


class BoardScene(QGraphicsScene):
    note_requested = Signal(QPointF, object)
    """A double-click on open canvas asks the view it happened in for a new note there."""

    def __init__(self, document: BoardDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.snap_to_grid = False
        self._items: dict[str, BoardItem] = {}
        self._connectors_at: dict[str, set[str]] = {}
        self._overview_mode = False
        self._detail = StagedDetail(self, self._items, self._apply_detail)
        self._staged = StagedBuild(self, self._add)
        self._staged.shows_items = lambda: not self._overview_mode
        self._view_zooms: dict[QObject, float] = {}
        self._board_rect: QRectF | None = None
        self._was_selected: set[QGraphicsItem] = set()
        self.selectionChanged.connect(self._redraw_selection_changes)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setBackgroundBrush(style.BACKGROUND)
        self.overview = NotesOverview(self.selected_note_rects)
        self.gestures = PointerGestures(self)
        self.editor = TextEditor(self)
        self.lifted = Lifted(self)
        self._build()
        document.records_changed.connect(self._on_records_changed)

    # --- public API --------------------------------------------------------------------------

    def graphics_item(self, item_id: str) -> QGraphicsItem | None:
        """The item showing `item_id`, built now if it was still waiting to be."""
        item = self._items.get(item_id)
        if item is None and item_id in self._staged:
            record = self._staged.take(item_id)
            assert record is not None
            self._add(record)
            item = self._items[item_id]
        return item

    def still_building(self) -> bool:
        """Whether some note items are still waiting to be built (a large board just opened)."""
        return bool(self._staged)

    def board_shapes(self) -> Iterator[tuple[Item, QRectF]]:
        """Each item's record and where it is now (connectors left out), a note still waiting
        to be built where its record says: a picture of the whole board, building nothing."""
        for item in self._items.values():
            if not isinstance(item, ConnectorItem):
                yield item.record, item.board_rect()
        for note in self._staged.records():
            yield note, QRectF(note.x, note.y, note.width, note.height)

    def board_items(self) -> Iterable[BoardItem]:
        """Every item of the board (the notes still waiting are built first)."""
        self._staged.finish()
        return self._items.values()

    def selected_ids(self) -> list[str]:
        """Selected board items in stacking order (bottom first), ties broken by id."""
        chosen = [item for item in self.selectedItems() if isinstance(item, BoardItem)]
        chosen.sort(key=lambda item: (item.zValue(), item.item_id))
        return [item.item_id for item in chosen]

    def select_ids(self, ids: Iterable[str]) -> None:
        """Replace the selection with one `selectionChanged` for the lot (Qt would emit one per
        item, and listeners that look at the whole selection make that quadratic)."""
        wanted = {key for key in ids if self.graphics_item(key) is not None}
        blocked = self.blockSignals(True)
        try:
            for item in self.selectedItems():
                if not isinstance(item, BoardItem) or item.item_id not in wanted:
                    item.setSelected(False)
            for key in wanted:
                item = self._items[key]
                if isinstance(item, NoteItem) and self._overview_mode:
                    self._stand_by(item, opacity=0.0)
                item.setSelected(True)
        finally:
            self.blockSignals(blocked)
        self.selectionChanged.emit()

    def item_rect(self, item_id: str) -> QRectF:
        item = self.graphics_item(item_id)
        if item is None:
            return QRectF()
        if isinstance(item, ConnectorItem):
            return item.local_rect()
        return item.board_rect()

    def board_rect(self) -> QRectF:
        """Cached until the next change: fitting and the minimap ask often, boards are large."""
        if self._board_rect is None:
            left = top = math.inf
            right = bottom = -math.inf
            for item in self._items.values():
                record = item.record
                if isinstance(record, BoxItem):
                    x, y, width, height = record.x, record.y, record.width, record.height
                elif isinstance(item, ConnectorItem):
                    continue
                else:
                    x, y, width, height = item.board_rect().getRect()
                left, top = min(left, x), min(top, y)
                right, bottom = max(right, x + width), max(bottom, y + height)
            for note in self._staged.records():
                left, top = min(left, note.x), min(top, note.y)
                right, bottom = max(right, note.x + note.width), max(bottom, note.y + note.height)
            empty = left == math.inf
            self._board_rect = QRectF() if empty else QRectF(left, top, right - left, bottom - top)
        return QRectF(self._board_rect)

    @property
    def overview_mode(self) -> bool:
        return self._overview_mode

    def set_zoom_detail(self, view: QObject, zoom: float) -> None:
        """Level of detail from the zoom of each view on this scene (the laptop and the
        projector may differ): note items stand down for the overview only when every view is
        zoomed far out (see `_apply_detail`)."""
        if view not in self._view_zooms:
            view.destroyed.connect(lambda: self._forget_view(view))
        self._view_zooms[view] = zoom
        self._update_detail()

    def _forget_view(self, view: QObject) -> None:
        """Only forget: this runs while the view (often the scene's parent) is being torn
        down, when touching items is unsafe; the next zoom of another view recomputes."""
        self._view_zooms.pop(view, None)

    def catch_up_detail(self) -> None:
        """A view scrolled: the notes it shows now get their level of detail at once."""
        self._detail.catch_up()

    def _update_detail(self) -> None:
        on = bool(self._view_zooms) and max(self._view_zooms.values()) < OVERVIEW_ZOOM
        if on != self._overview_mode:
            self._overview_mode = on
            self.overview.draw_notes = on
            self.overview.update()
            self._detail.switch()
        else:
            self._detail.catch_up()
        if not on:
            self._staged.build_seen()  # the notes a view is about to draw as items

    def show_note_items(self, ids: Iterable[str], shown: bool) -> None:
        """Draw these notes as items whatever the zoom (an export rendering the scene), or
        hand them back to the level of detail."""
        self._detail.finish()
        for item_id in ids:
            item = self.graphics_item(item_id)
            if isinstance(item, NoteItem):
                if shown:
                    self._stand_by(item, opacity=1.0)
                else:
                    self._apply_detail(item)

    def _apply_detail(self, item: NoteItem) -> None:
        """Near in, a note draws itself. Far out the overview draws it and the item leaves the
        scene (kept in `_items`): Qt's index walks even hidden items, so 100,000 notes left in
        it cost a whole-board frame 20 ms. A selected note stays (leaving would drop it from
        the selection) but transparent, which Qt skips without a paint call; the overview
        outlines the selection instead."""
        if not self._overview_mode:
            self._stand_by(item, opacity=1.0)
        elif item.isSelected():
            item.setOpacity(0.0)
        elif item.scene() is self:
            self.removeItem(item)

    def _stand_by(self, item: NoteItem, opacity: float) -> None:
        """Put a note that stood down for the overview back in the scene."""
        if item.scene() is not self:
            self.addItem(item)
        item.setOpacity(opacity)

    def selected_note_rects(self) -> list[QRectF]:
        """Where the selected notes are now, for the overview to outline far out; none for a
        selection so large (select all) that outlining it would slow every frame."""
        selected = self.selectedItems()
        if len(selected) > MAX_OUTLINED:
            return []
        return [item.board_rect() for item in selected if isinstance(item, NoteItem)]

    def _redraw_selection_changes(self) -> None:
        """Notes whose selection changed drop their cached pixmap (see NoteItem.redraw); done
        here rather than in an itemChange override, which would cost a Python call for every
        property set while building a large board."""
        selected = set(self.selectedItems())
        for item in selected ^ self._was_selected:
            if isinstance(item, NoteItem) and item.scene() is self:
                item.redraw()
                if self._overview_mode:
                    self._apply_detail(item)
        self._was_selected = selected

    def refresh_connectors(self, ids: Iterable[str]) -> None:
        """Re-route the arrows attached to `ids` (during a gesture, or after an edit)."""
        for item_id in ids:
            for connector_id in self._connectors_at.get(item_id, ()):
                self._route(connector_id)

    # --- building and following the document ------------------------------------------------

    def _build(self) -> None:
        records = list(self.document.items())
        notes = [record for record in records if isinstance(record, Note)]
        if len(notes) > BUILD_AT_ONCE:
            self._staged.defer(notes)
        for record in records:
            if record.id not in self._staged:
                self._add(record, into_scene=False)
        bounds = self.board_rect()
        self.setSceneRect(bounds.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN))
        self._fit_index_depth()
        for item in self._items.values():
            self.addItem(item)
        for record in records:
            if isinstance(record, Connector):
                self._route(record.id)
        self.addItem(self.overview)
        self.overview.set_records((record.id, record) for record in records)

    def _add(self, record: Item, into_scene: bool = True) -> None:
        item = item_class(record)(record)
        self._items[record.id] = item
        if into_scene:
            self.addItem(item)
        if isinstance(item, NoteItem):
            self._detail.refile([(record.id, record)])  # built late (`StagedBuild`): filed too
            if self._overview_mode:
                self._apply_detail(item)
        if isinstance(record, Connector):
            for end in (record.source, record.target):
                self._connectors_at.setdefault(end, set()).add(record.id)

    def _remove(self, key: str) -> None:
        item = self._items.pop(key)
        if isinstance(item.record, Connector):
            for end in (item.record.source, item.record.target):
                self._connectors_at.get(end, set()).discard(key)
        if self.editor.item_id == key:
            self.editor.cancel()
        if item.scene() is self:
            self.removeItem(item)

    def _on_records_changed(self, keys: frozenset[str]) -> None:
        """Follow an edit, with one `selectionChanged` at most: Qt emits one for every
        selected item removed, and listeners that read the whole selection then made deleting
        10,000 selected notes quadratic (minutes)."""
        if LANGUAGES_KEY in keys:
            self._redraw_every_text()
        selected = len(self.selectedItems())
        blocked = self.blockSignals(True)
        try:
            changed = self._follow(keys)
        finally:
            self.blockSignals(blocked)
        if len(self.selectedItems()) != selected:
            self.selectionChanged.emit()
        if not changed:
            return
        self._board_rect = None
        for key, record in changed:
            if isinstance(record, Connector):
                self._route(key)
        self.refresh_connectors(key for key, _record in changed)
        self.overview.set_records(changed)
        self._detail.refile(changed)
        self._fit_index_depth()
        self._grow_scene_rect(changed)

    def _redraw_every_text(self) -> None:
        """The board shows another language: every item drawn afresh (its cached pixmap too)."""
        self.overview.relabel()
        for item in self._items.values():
            redraw = getattr(item, "redraw", None)
            if redraw is not None:
                redraw()
            else:
                item.update()

    def _follow(self, keys: frozenset[str]) -> list[tuple[str, Item | None]]:
        """Add, redraw or remove the items of `keys`; what changed, for the follow-up."""
        changed: list[tuple[str, Item | None]] = []
        for key in keys:
            record = self.document.get(key)
            item = self._items.get(key)
            self._staged.take(key)  # built below with its new value, if it still exists
            if not isinstance(record, ItemBase):
                if item is not None:
                    self._remove(key)
                    changed.append((key, None))
                continue
            if (
                item is not None
                and type(item) is item_class(record)
                and not _ends_moved(item, record)
            ):
                item.show_record(record)
            else:
                if item is not None:
                    self._remove(key)
                self._add(record)
            changed.append((key, record))
        return changed

    def _fit_index_depth(self) -> None:
        """Fix the depth of Qt's index to the board's size. Left to itself Qt picks a depth
        from the items in the scene and rebuilds the whole index when it changes, which far
        notes leaving and coming back (`_apply_detail`) would do at every zoom jump. The notes
        still to be built count too: fitted to the few items built at once, a big board's index
        kept leaves of hundreds of notes, each asked its bounds at every look-up (a voting tap)."""
        size = len(self._items) + len(self._staged)
        depth = max(5, math.ceil(math.log2(max(2, size))))
        if depth != self.bspTreeDepth():
            self.setBspTreeDepth(depth)

    def _grow_scene_rect(self, changed: list[tuple[str, Item | None]]) -> None:
        needed = QRectF(self.sceneRect())
        for key, record in changed:
            if record is not None:
                rect = self.item_rect(key)
                needed = needed.united(
                    rect.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)
                )
        if needed != self.sceneRect():
            self.setSceneRect(needed)

    def _route(self, connector_id: str) -> None:
        item = self._items.get(connector_id)
        if not isinstance(item, ConnectorItem):
            return
        source = self.graphics_item(item.record.source)
        target = self.graphics_item(item.record.target)
        item.set_ends(
            source.board_rect() if isinstance(source, BoardItem) else None,
            target.board_rect() if isinstance(target, BoardItem) else None,
        )

    # --- pointer events go to the gesture handler --------------------------------------------

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        item = self.gestures.item_at(event.scenePos())
        if item is None:
            QToolTip.hideText()
            return
        text = item.describe()
        if isinstance(item, NoteItem) and item.overflows():
            text += "\n" + QCoreApplication.translate(
                "canvas", "The text does not fit: double-click the …+ badge to make the note bigger"
            )
        QToolTip.showText(event.screenPos(), plain_tip(text))
        event.accept()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.gestures.press(event):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.gestures.move(event):
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.gestures.release(event):
            super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.gestures.double_click(event):
            super().mouseDoubleClickEvent(event)


def _ends_moved(item: BoardItem, record: Item) -> bool:
    """A connector whose ends changed is rebuilt, so the end index stays right."""
    old = item.record
    return (
        isinstance(old, Connector)
        and isinstance(record, Connector)
        and ((old.source, old.target) != (record.source, record.target))
    )
