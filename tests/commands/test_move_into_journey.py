"""The end of a drag (`move_items`) applies cluster AND journey rules in the same undo step."""

from codesign.commands import journeys
from codesign.commands.moves import move_items
from codesign.document import BoardDocument
from codesign.model import JourneyMap
from codesign.model.journey_geometry import cell_rect
from codesign.storage import board_to_bytes
from tests.boards import themed_board


def test_a_note_dragged_onto_a_cell_joins_that_stage_and_lane(qapp):
    document = BoardDocument(themed_board())
    journey = journeys.journey_of(document, journeys.create_journey(document, 0, 1000).made_id)
    stage, lane = journey.stages[2], journey.lanes[1]
    x, y, width, height = cell_rect(journey, stage.id, lane.id)
    before = board_to_bytes(document.board())
    steps = document.undo_stack.count()

    move_items(document, {"n4": (x + width / 2 - 80, y + height / 2 - 80)})

    [journey] = document.records_of(JourneyMap)
    placement = next(p for p in journey.placements if p.note == "n4")
    assert (placement.stage, placement.lane) == (stage.id, lane.id)
    assert "n4" not in document.get("c2").members
    assert document.undo_stack.count() == steps + 1
    document.board()
    document.undo_stack.undo()
    assert board_to_bytes(document.board()) == before


def test_a_drag_let_go_where_it_began_is_no_step(qapp):
    document = BoardDocument(themed_board())
    note = document.get("n1")
    assert not move_items(document, {"n1": (note.x, note.y)}).pushed
    assert document.undo_stack.count() == 0
