"""Handlers for the Journey menu: add a map, and reshape the stage or lane that was aimed at.

A journey action works on what the facilitator right-clicked: the stage column and lane row
under the click (headers included). From the menu bar it works on the stage and lane under
the pointer, or else on the cell of the selected note. Every edit is one undo step through
`commands.journeys`.
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPointF, QRectF, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QMainWindow

from codesign.canvas.items.journey import LANE_SIZE, TITLE_SIZE
from codesign.canvas.items.stage_header import STAGE_SIZE
from codesign.canvas.journey_handles import JourneyHandles
from codesign.canvas.lifetime import Held
from codesign.canvas.view import BoardView
from codesign.commands import journeys as cmd
from codesign.document import BoardDocument
from codesign.model import JourneyMap, Note
from codesign.model.journey_geometry import (
    LANE_HEADER_WIDTH,
    STAGE_HEADER_HEIGHT,
    TITLE_HEIGHT,
    lane_at,
    lane_top,
    stage_at,
    stage_left,
)
from codesign.ui.common.title_editor import InlineTitleEditor

FEELINGS: dict[str, int | None] = {
    "very_negative": -2,
    "negative": -1,
    "neutral": 0,
    "positive": 1,
    "very_positive": 2,
    "none": None,
}


@dataclass(frozen=True)
class JourneyTarget:
    """A map, and the stage and lane aimed at in it (None for the title or outside the grid)."""

    journey: JourneyMap
    stage_id: str | None = None
    lane_id: str | None = None

    def stage_index(self) -> int:
        return [s.id for s in self.journey.stages].index(self.stage_id)

    def lane_index(self) -> int:
        return [lane.id for lane in self.journey.lanes].index(self.lane_id)


def target_at(document: BoardDocument, x: float, y: float) -> JourneyTarget | None:
    """The topmost map under a canvas point, with the stage and lane there."""
    maps = sorted(document.records_of(JourneyMap), key=lambda j: j.z, reverse=True)
    for journey in maps:
        if journey.x <= x <= journey.x + journey.width and (
            journey.y <= y <= journey.y + journey.height
        ):
            if y < journey.y + TITLE_HEIGHT:
                return JourneyTarget(journey)
            return JourneyTarget(journey, stage_at(journey, x), lane_at(journey, y))
    return None


class JourneyActions(QObject):
    message = Signal(str)
    title_editor = Held[InlineTitleEditor]()

    def __init__(self, view: Callable[[], BoardView], window: QMainWindow) -> None:
        super().__init__(window)
        self._view = view
        self._aim: QPointF | None = None
        self.handles: JourneyHandles | None = None

    @property
    def view(self) -> BoardView:
        return self._view()

    @property
    def document(self) -> BoardDocument:
        return self.view.board_scene.document

    def attach(self, view: BoardView) -> None:
        """Follow a newly shown board: its maps get their resize and emotion handles."""
        self.handles = JourneyHandles(view.board_scene)
        self.handles.rename_requested.connect(self.rename_at)

    def handlers(self) -> dict[str, Callable[[], None]]:
        handlers: dict[str, Callable[[], None]] = {
            "new_journey": self.new_journey,
            "journey.rename_map": lambda: self._with(self._rename_map, stage=False, lane=False),
            "journey.rename_stage": lambda: self._with(self._rename_stage, lane=False),
            "journey.rename_lane": lambda: self._with(self._rename_lane, stage=False),
            "journey.stage_before": lambda: self._with(lambda t: self._add_stage(t, 0), lane=False),
            "journey.stage_after": lambda: self._with(lambda t: self._add_stage(t, 1), lane=False),
            "journey.stage_left": lambda: self._with(lambda t: self._move_stage(t, -1), lane=False),
            "journey.stage_right": lambda: self._with(lambda t: self._move_stage(t, 1), lane=False),
            "journey.remove_stage": lambda: self._with(
                lambda t: self._remove_stage(t, False), lane=False
            ),
            "journey.remove_stage_notes": lambda: self._with(
                lambda t: self._remove_stage(t, True), lane=False
            ),
            "journey.lane_above": lambda: self._with(lambda t: self._add_lane(t, 0), stage=False),
            "journey.lane_below": lambda: self._with(lambda t: self._add_lane(t, 1), stage=False),
            "journey.lane_up": lambda: self._with(lambda t: self._move_lane(t, -1), stage=False),
            "journey.lane_down": lambda: self._with(lambda t: self._move_lane(t, 1), stage=False),
            "journey.remove_lane": lambda: self._with(
                lambda t: self._remove_lane(t, False), stage=False
            ),
            "journey.remove_lane_notes": lambda: self._with(
                lambda t: self._remove_lane(t, True), stage=False
            ),
        }
        for key, feeling in FEELINGS.items():
            handlers[f"feeling.{key}"] = lambda f=feeling: self.set_feeling(f)
        return handlers

    # --- what the actions act on ---------------------------------------------------------

    def aim(self, scene_pos: QPointF) -> None:
        """Remember where a context menu was opened until its action has run."""
        self._aim = QPointF(scene_pos)

    def forget_aim(self) -> None:
        """After the menu's action: menus hide before their action is triggered."""
        QTimer.singleShot(0, self, self._clear_aim)

    def _clear_aim(self) -> None:
        self._aim = None

    def target(self) -> JourneyTarget | None:
        if self._aim is not None:
            return target_at(self.document, self._aim.x(), self._aim.y())
        viewport = self.view.viewport()
        pointer = viewport.mapFromGlobal(QCursor.pos())
        if viewport.rect().contains(pointer):
            at = self.view.mapToScene(pointer)
            found = target_at(self.document, at.x(), at.y())
            if found is not None:
                return found
        return self._selected_target()

    def _selected_target(self) -> JourneyTarget | None:
        selected = set(self.view.board_scene.selected_ids())
        for journey in self.document.records_of(JourneyMap):
            if journey.id in selected:
                return JourneyTarget(journey)
            for place in journey.placements:
                if place.note in selected:
                    return JourneyTarget(journey, place.stage, place.lane)
        return None

    def _with(
        self, handler: Callable[[JourneyTarget], object], stage: bool = True, lane: bool = True
    ) -> None:
        target = self.target()
        if target is None:
            self.message.emit(self.tr("Right-click a journey map first."))
        elif stage and target.stage_id is None:
            self.message.emit(self.tr("Right-click a stage of the journey map."))
        elif lane and target.lane_id is None:
            self.message.emit(self.tr("Right-click a lane of the journey map."))
        else:
            handler(target)

    # --- handlers ------------------------------------------------------------------------

    def new_journey(self, at: QPointF | None = None) -> None:
        """A map with its top-left corner at the pointer (or `at`), selected, title ready."""
        view = self.view
        if at is None:
            pointer = view.viewport().mapFromGlobal(QCursor.pos())
            if not view.viewport().rect().contains(pointer):
                pointer = view.viewport().rect().center()
            at = view.mapToScene(pointer)
        journey_id = cmd.create_journey(self.document, round(at.x()), round(at.y())).made_id
        if journey_id is None:  # refused: the board is locked for participants
            return
        view.board_scene.select_ids([journey_id])
        self._rename_map(JourneyTarget(cmd.journey_of(self.document, journey_id)))

    def set_feeling(self, feeling: int | None) -> None:
        notes = [
            key
            for key in self.view.board_scene.selected_ids()
            if isinstance(self.document.get(key), Note)
        ]
        if not notes:
            self.message.emit(self.tr("Select the notes to give a feeling."))
            return
        cmd.set_note_feeling(self.document, notes, feeling)

    def _add_stage(self, target: JourneyTarget, after: int) -> None:
        journey_id = target.journey.id
        stage_id = cmd.add_stage(self.document, journey_id, target.stage_index() + after).made_id
        if stage_id is None:  # refused: the board is locked for participants
            return
        self._rename_stage(JourneyTarget(cmd.journey_of(self.document, journey_id), stage_id))

    def _add_lane(self, target: JourneyTarget, after: int) -> None:
        journey_id = target.journey.id
        lane_id = cmd.add_lane(self.document, journey_id, target.lane_index() + after).made_id
        if lane_id is None:  # refused: the board is locked for participants
            return
        journey = cmd.journey_of(self.document, journey_id)
        self._rename_lane(JourneyTarget(journey, None, lane_id))

    def _move_stage(self, target: JourneyTarget, step: int) -> None:
        index = target.stage_index() + step
        if 0 <= index < len(target.journey.stages):
            assert target.stage_id is not None
            cmd.move_stage(self.document, target.journey.id, target.stage_id, index)

    def _move_lane(self, target: JourneyTarget, step: int) -> None:
        index = target.lane_index() + step
        if 0 <= index < len(target.journey.lanes):
            assert target.lane_id is not None
            cmd.move_lane(self.document, target.journey.id, target.lane_id, index)

    def _remove_stage(self, target: JourneyTarget, with_notes: bool) -> None:
        if len(target.journey.stages) <= 1:
            self.message.emit(self.tr("A journey map keeps at least one stage."))
            return
        assert target.stage_id is not None
        cmd.remove_stage(self.document, target.journey.id, target.stage_id, with_notes)

    def _remove_lane(self, target: JourneyTarget, with_notes: bool) -> None:
        if len(target.journey.lanes) <= 1:
            self.message.emit(self.tr("A journey map keeps at least one lane."))
            return
        assert target.lane_id is not None
        cmd.remove_lane(self.document, target.journey.id, target.lane_id, with_notes)

    # --- typing titles in place ----------------------------------------------------------

    def _rename_map(self, target: JourneyTarget) -> None:
        journey = target.journey
        bar = QRectF(journey.x + 8, journey.y + 6, max(240.0, journey.width * 0.6), 52)
        self._edit_title(
            bar,
            journey.title,
            TITLE_SIZE,
            lambda t: cmd.rename_journey(self.document, journey.id, t),
        )

    def _rename_stage(self, target: JourneyTarget) -> None:
        journey, stage_id = target.journey, target.stage_id
        assert stage_id is not None
        stage = next(s for s in journey.stages if s.id == stage_id)
        header = QRectF(
            stage_left(journey, stage_id) + 4,
            journey.y + TITLE_HEIGHT + 4,
            stage.width - 8,
            STAGE_HEADER_HEIGHT - 8,
        )
        self._edit_title(
            header,
            stage.title,
            STAGE_SIZE,
            lambda t: cmd.rename_stage(self.document, journey.id, stage_id, t),
        )

    def _rename_lane(self, target: JourneyTarget) -> None:
        journey, lane_id = target.journey, target.lane_id
        assert lane_id is not None
        lane = next(lane for lane in journey.lanes if lane.id == lane_id)
        header = QRectF(journey.x + 4, lane_top(journey, lane_id) + 4, LANE_HEADER_WIDTH - 8, 48)
        self._edit_title(
            header,
            lane.title,
            LANE_SIZE,
            lambda t: cmd.rename_lane(self.document, journey.id, lane_id, t),
        )

    def rename_at(self, scene_pos: QPointF) -> bool:
        """Double-click on a header or the title: type the new name there."""
        target = target_at(self.document, scene_pos.x(), scene_pos.y())
        if target is None:
            return False
        journey = target.journey
        local_x, local_y = scene_pos.x() - journey.x, scene_pos.y() - journey.y
        if local_y < TITLE_HEIGHT:
            self._rename_map(target)
        elif local_y < TITLE_HEIGHT + STAGE_HEADER_HEIGHT and target.stage_id is not None:
            self._rename_stage(target)
        elif local_x < LANE_HEADER_WIDTH and target.lane_id is not None:
            self._rename_lane(target)
        else:
            return False
        return True

    def _edit_title(
        self, rect: QRectF, text: str, size: float, rename: Callable[[str], object]
    ) -> None:
        if self.title_editor is not None and self.title_editor.isVisible():
            self.title_editor.commit()
        editor = InlineTitleEditor(self.view, rect, text, size, rename)
        self.title_editor = editor
        editor.setObjectName("JourneyTitleEditor")
        editor.setAccessibleName(self.tr("Journey map title"))
