"""Journey maps through the window: the right-click on a stage or lane reshapes that one, with
its notes, one undo step each; titles are typed in place; notes get a feeling from their menu."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QMenu

from codesign.commands import journeys as cmd
from codesign.commands import record_change
from codesign.document import BoardDocument
from codesign.model import JourneyMap, Note
from codesign.model.journey_geometry import cell_rect
from codesign.ui.common.participant_mode import allowed_while_locked
from codesign.ui.shell.context_menu import build_context_menu
from tests.ui.conftest import at, make_window


@pytest.fixture
def mapped(qtbot):
    """A window on a board holding one default map at the origin, a note in two of its cells."""
    document = BoardDocument()
    journey = cmd.journey_of(document, cmd.create_journey(document, 0, 0, "ServiceLand").made_id)
    record_change(
        document,
        "notes",
        [
            Note(id="waiting", x=2000, y=2000, text="Six weeks for a letter"),
            Note(id="form", x=2000, y=2400, text="The form asks twice"),
        ],
    )
    stages, lanes = journey.stages, journey.lanes
    cmd.place_note(document, journey.id, "waiting", stages[4].id, lanes[0].id)
    cmd.place_note(document, journey.id, "form", stages[2].id, lanes[3].id)
    document.undo_stack.clear()
    window = make_window(qtbot, document)
    window.view.centerOn(QPointF(600, 400))
    return window


def the_map(window) -> JourneyMap:
    (journey,) = window.document.records_of(JourneyMap)
    return journey


def centre(window, stage_index: int, lane_index: int) -> QPointF:
    journey = the_map(window)
    x, y, w, h = cell_rect(journey, journey.stages[stage_index].id, journey.lanes[lane_index].id)
    return QPointF(x + w / 2, y + h / 2)


def run(window, key: str, stage_index: int, lane_index: int) -> None:
    """As choosing `key` from the menu of a right-click in that cell."""
    window.journeys.aim(centre(window, stage_index, lane_index))
    window.actions[key].trigger()
    window.journeys._clear_aim()


def type_title(window, text: str) -> None:
    editor = window.view.viewport().findChild(QLineEdit, "JourneyTitleEditor")
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)


def stage_of(window, note_id: str) -> str:
    journey = the_map(window)
    (place,) = [p for p in journey.placements if p.note == note_id]
    return next(s.title for s in journey.stages if s.id == place.stage)


def test_insert_a_stage_after_the_one_clicked_and_name_it_in_place(mapped):
    window, steps = mapped, mapped.document.undo_stack
    before = [s.title for s in the_map(window).stages]
    waiting_x = window.document.get("waiting").x
    run(window, "journey.stage_after", 1, 0)
    type_title(window, "Ffonio'r cyngor")
    titles = [s.title for s in the_map(window).stages]
    assert titles == [*before[:2], "Ffonio'r cyngor", *before[2:]]
    assert window.document.get("waiting").x > waiting_x
    assert stage_of(window, "waiting") == "Waiting"
    assert steps.count() == 2
    steps.undo()
    steps.undo()
    assert [s.title for s in the_map(window).stages] == before
    assert window.document.get("waiting").x == waiting_x


def test_insert_before_goes_to_the_left(mapped):
    run(mapped, "journey.stage_before", 0, 0)
    type_title(mapped, "Before it all")
    assert the_map(mapped).stages[0].title == "Before it all"


def test_move_a_stage_right_carries_its_notes(mapped):
    window = mapped
    run(window, "journey.stage_right", 4, 0)
    assert [s.title for s in the_map(window).stages][4:6] == ["Support", "Waiting"]
    assert stage_of(window, "waiting") == "Waiting"
    note = window.document.get("waiting")
    x, _y, w, _h = cell_rect(
        the_map(window), the_map(window).stages[5].id, the_map(window).lanes[0].id
    )
    assert x <= note.x and note.x + note.width <= x + w
    window.document.undo_stack.undo()
    assert the_map(window).stages[4].title == "Waiting"


def test_moving_the_first_stage_left_does_nothing(mapped):
    run(mapped, "journey.stage_left", 0, 0)
    assert mapped.document.undo_stack.count() == 0


def test_remove_a_stage_keeping_its_notes_then_with_them(mapped):
    window, steps = mapped, mapped.document.undo_stack
    run(window, "journey.remove_stage", 4, 0)
    assert "Waiting" not in [s.title for s in the_map(window).stages]
    assert isinstance(window.document.get("waiting"), Note)
    assert all(p.note != "waiting" for p in the_map(window).placements)
    steps.undo()
    run(window, "journey.remove_stage_notes", 2, 3)
    assert window.document.get("form") is None
    assert steps.count() == 1
    steps.undo()
    assert stage_of(window, "form") == "First contact"


def test_lanes_added_moved_and_removed_with_their_notes(mapped):
    window, steps = mapped, mapped.document.undo_stack
    run(window, "journey.lane_above", 0, 0)
    type_title(window, "Who is there")
    lanes = [lane.title for lane in the_map(window).lanes]
    assert lanes[:2] == ["Who is there", "Doing"]
    run(window, "journey.lane_down", 0, 1)
    assert [lane.title for lane in the_map(window).lanes][1:3] == ["Thinking and feeling", "Doing"]
    (place,) = [p for p in the_map(window).placements if p.note == "waiting"]
    assert place.lane == the_map(window).lanes[2].id
    run(window, "journey.remove_lane_notes", 0, 2)
    assert window.document.get("waiting") is None
    assert steps.count() == 4
    for _ in range(4):
        steps.undo()
    assert the_map(window).lanes[0].title == "Doing"
    assert isinstance(window.document.get("waiting"), Note)


def test_the_last_stage_is_never_removed(mapped):
    window = mapped
    for _ in range(6):
        run(window, "journey.remove_stage", 0, 0)
    run(window, "journey.remove_stage", 0, 0)
    assert len(the_map(window).stages) == 1


def test_right_click_on_a_placed_note_offers_stage_lane_and_feeling(qtbot, mapped):
    window = mapped
    note = window.document.get("waiting")
    menu = build_context_menu(
        window.view,
        window.actions,
        at(window, note.x + 20, note.y + 20),
        window.edit,
        window.clip,
        window.journeys,
    )
    submenus = {a.text(): a.menu() for a in menu.actions() if a.menu()}
    assert window.actions["journey.stage_after"] in submenus["&Stage “Waiting”"].actions()
    assert window.actions["journey.lane_below"] in submenus["&Lane “Doing”"].actions()
    submenus["&Feeling"].actions()[0].trigger()
    menu.close()
    assert window.document.get("waiting").feeling == 2


def test_right_click_on_empty_canvas_offers_a_new_map_there(qtbot, mapped):
    window = mapped
    menu = build_context_menu(
        window.view,
        window.actions,
        at(window, -600, 300),
        window.edit,
        window.clip,
        window.journeys,
    )
    (new_map,) = [a for a in menu.actions() if a.text() == window.actions["new_journey"].text()]
    new_map.trigger()
    menu.close()
    type_title(window, "As it should be")
    made = [j for j in window.document.records_of(JourneyMap) if j.title == "As it should be"]
    assert len(made) == 1 and round(made[0].x) == -600
    assert window.view.board_scene.selected_ids() == [made[0].id]


def test_double_click_a_stage_header_renames_it_in_place(qtbot, mapped):
    window = mapped
    journey = the_map(window)
    x, y, w, _h = cell_rect(journey, journey.stages[1].id, journey.lanes[0].id)
    header = at(window, x + w / 2, y - 20)
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=header)
    type_title(window, "Chwilio am help")
    assert the_map(window).stages[1].title == "Chwilio am help"
    assert window.document.undo_stack.undoText() == "Rename stage"


def test_escape_leaves_the_title_as_it_was(mapped):
    window = mapped
    run(window, "journey.rename_lane", 0, 3)
    editor = window.view.viewport().findChild(QLineEdit, "JourneyTitleEditor")
    QTest.keyClicks(editor, "Nope")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert the_map(window).lanes[3].title == "Pain points"
    assert window.document.undo_stack.count() == 0


def test_journey_menu_without_a_target_explains(mapped, monkeypatch):
    window = mapped
    # The pointer is global: an earlier test may have left it over the map.
    monkeypatch.setattr(QCursor, "pos", staticmethod(lambda: QPoint(-10_000, -10_000)))
    window.view.board_scene.clearSelection()
    window.actions["journey.remove_stage"].trigger()
    assert "journey map" in window.statusBar().currentMessage()
    assert the_map(window).stages[0].title == "Need arises"


def test_a_note_menu_feeling_works_on_the_selection(mapped):
    window = mapped
    window.view.board_scene.select_ids(["waiting", "form"])
    window.actions["feeling.very_negative"].trigger()
    assert {window.document.get(n).feeling for n in ("waiting", "form")} == {-2}
    assert window.document.undo_stack.count() == 1
    window.actions["feeling.none"].trigger()
    assert window.document.get("form").feeling is None


def test_journey_menu_is_in_the_menu_bar(mapped):
    menus = {a.text(): a.menu() for a in mapped.menuBar().actions()}
    assert mapped.actions["new_journey"] in menus["&Journey"].actions()
    assert isinstance(menus["&Journey"], QMenu)


def test_a_locked_board_lets_people_rename_and_feel_but_not_reshape():
    assert allowed_while_locked("journey.rename_stage")
    assert allowed_while_locked("feeling.positive")
    for key in ("new_journey", "journey.remove_stage", "journey.stage_left", "journey.lane_above"):
        assert not allowed_while_locked(key)
