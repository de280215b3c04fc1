"""Reshaping a journey map with a real mouse: border drags resize, emotion points drag up and
down, each drag one undo step, with a live preview and a cursor that shows the grip."""

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from codesign.canvas.journey_handles import JourneyHandles, find_grip
from codesign.canvas.scene import BoardScene
from codesign.canvas.view import BoardView
from codesign.commands import journeys as cmd
from codesign.commands import record_change
from codesign.document import BoardDocument
from codesign.model import JourneyMap, Note
from codesign.model.journey_geometry import cell_rect, emotion_points, emotion_y, stage_left
from codesign.model.pin_key import PinKey
from tests.canvas.conftest import at, drag


@pytest.fixture
def mapped(qtbot):
    document = BoardDocument()
    journey = cmd.journey_of(document, cmd.create_journey(document, 0, 0, "ServiceLand").made_id)
    record_change(document, "note", [Note(id="wait", x=900, y=900, text="Waiting")])
    cmd.place_note(document, journey.id, "wait", journey.stages[1].id, journey.lanes[0].id)
    cmd.set_stage_emotion(document, journey.id, journey.stages[1].id, 0)
    document.undo_stack.clear()
    view = BoardView(BoardScene(document))
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    qtbot.waitExposed(view)
    view.reset_zoom()
    view.centerOn(QPointF(500, 500))
    handles = JourneyHandles(view.board_scene)
    return view, handles


def the_map(view) -> JourneyMap:
    (journey,) = view.board_scene.document.records_of(JourneyMap)
    return journey


def hover(view, point: QPointF) -> None:
    viewport = view.viewport()
    pos = QPointF(at(view, point.x(), point.y()))
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        pos,
        viewport.mapToGlobal(pos),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)


def test_dragging_a_stage_border_resizes_it_in_one_step(mapped):
    view, _handles = mapped
    journey = the_map(view)
    stage = journey.stages[1]
    border = stage_left(journey, stage.id) + stage.width
    y = journey.y + journey.height / 2
    drag(view, at(view, border, y), at(view, border + 100, y))
    resized = the_map(view).stages[1]
    assert resized.width == pytest.approx(stage.width + 100, abs=2)
    steps = view.board_scene.document.undo_stack
    assert steps.count() == 1 and steps.undoText() == "Resize stage"
    later = the_map(view).stages[2]
    assert stage_left(the_map(view), later.id) == pytest.approx(
        stage_left(journey, later.id) + 100, abs=2
    )
    steps.undo()
    assert the_map(view).stages[1].width == stage.width


def test_dragging_a_lane_border_resizes_it_and_moves_lower_lanes(mapped):
    view, _handles = mapped
    journey = the_map(view)
    lane = journey.lanes[1]
    x, y, w, h = cell_rect(journey, journey.stages[3].id, lane.id)
    drag(view, at(view, x + w / 2, y + h), at(view, x + w / 2, y + h + 80))
    assert the_map(view).lanes[1].height == pytest.approx(lane.height + 80, abs=2)
    assert view.board_scene.document.undo_stack.count() == 1


def test_a_lane_is_never_dragged_shorter_than_its_notes(mapped):
    view, _handles = mapped
    journey = the_map(view)
    lane = journey.lanes[0]
    x, y, w, h = cell_rect(journey, journey.stages[1].id, lane.id)
    drag(view, at(view, x + w / 2, y + h), at(view, x + w / 2, y + 10))
    note = view.board_scene.document.get("wait")
    assert the_map(view).lanes[0].height >= note.height


def test_dragging_an_emotion_point_sets_the_score_with_a_preview(mapped):
    view, _handles = mapped
    journey = the_map(view)
    emotion = next(lane for lane in journey.lanes if lane.emotion)
    ((_stage_id, px, py),) = emotion_points(journey, emotion.id)
    target_y = emotion_y(journey, emotion.id, 2)
    viewport = view.viewport()
    QTest.mousePress(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(view, px, py)
    )
    end = QPointF(at(view, px, target_y))
    QApplication.sendEvent(
        viewport,
        QMouseEvent(
            QEvent.Type.MouseMove,
            end,
            viewport.mapToGlobal(end),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    shown = view.board_scene.graphics_item(journey.id).record
    assert shown.stages[1].emotion == 2
    assert the_map(view).stages[1].emotion == 0
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end.toPoint()
    )
    assert the_map(view).stages[1].emotion == 2
    steps = view.board_scene.document.undo_stack
    assert steps.count() == 1 and steps.undoText() == "Set how it feels"
    steps.undo()
    assert the_map(view).stages[1].emotion == 0


def test_a_click_in_the_emotion_lane_gives_a_stage_its_first_score(mapped):
    view, _handles = mapped
    journey = the_map(view)
    emotion = next(lane for lane in journey.lanes if lane.emotion)
    stage = journey.stages[4]
    x = stage_left(journey, stage.id) + stage.width / 2
    point = at(view, x, emotion_y(journey, emotion.id, -2))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert the_map(view).stages[4].emotion == -2


def test_the_cursor_shows_a_border_grip(mapped):
    view, _handles = mapped
    journey = the_map(view)
    stage = journey.stages[2]
    border = stage_left(journey, stage.id) + stage.width
    hover(view, QPointF(border, journey.y + 300))
    assert view.viewport().cursor().shape() == Qt.CursorShape.SplitHCursor
    x, y, w, _h = cell_rect(journey, stage.id, journey.lanes[1].id)
    hover(view, QPointF(x + w / 2, y + 60))
    assert view.viewport().cursor().shape() != Qt.CursorShape.SplitHCursor


def test_a_note_on_top_of_a_border_keeps_its_own_drag(mapped):
    view, handles = mapped
    note = view.board_scene.document.get("wait")
    assert handles.grip_at(QPointF(note.x + 5, note.y + 5), 1.0) is None


def test_grips_reach_the_same_on_screen_at_any_zoom():
    journey = cmd.ops.new_journey(0, 0, "Map", ["A", "B"], ["Doing"])
    border = 180 + journey.stages[0].width
    y = journey.height - 50
    assert find_grip(journey, QPointF(border + 20, y), 6 / 0.25) is not None
    assert find_grip(journey, QPointF(border + 20, y), 6 / 1.0) is None


def test_a_locked_board_keeps_its_stage_widths(mapped):
    """Participant mode: a border drag is refused and the map shows its old shape again."""
    view, _handles = mapped
    document = view.board_scene.document
    document.lock(PinKey.make("2468", iterations=1000))
    journey = the_map(view)
    stage = journey.stages[1]
    border = stage_left(journey, stage.id) + stage.width
    y = journey.y + journey.height / 2
    drag(view, at(view, border, y), at(view, border + 100, y))
    assert the_map(view).stages[1].width == stage.width
    assert view.board_scene.graphics_item(journey.id).record.stages[1].width == stage.width
    assert document.undo_stack.count() == 0
    document.unlock()
