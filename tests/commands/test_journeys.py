"""Journey map commands: each edit is one undo step that restores the exact board."""

from collections.abc import Callable

import pytest

from codesign.commands import journeys
from codesign.commands.moves import move_items
from codesign.document import BoardDocument
from codesign.model import Cluster, JourneyMap, Note, VotingRound
from codesign.model.journey_geometry import cell_rect
from codesign.storage import board_to_bytes, load_board
from tests.boards import themed_board


@pytest.fixture
def document(qapp) -> BoardDocument:
    return BoardDocument(themed_board())


def the_map(document: BoardDocument) -> JourneyMap:
    [journey] = document.records_of(JourneyMap)
    return journey


def with_map(document: BoardDocument) -> JourneyMap:
    """A fresh default map below the themed notes, with n1 and n2 placed in its first cells."""
    journey = journeys.journey_of(document, journeys.create_journey(document, 0, 1000).made_id)
    stages, lanes = journey.stages, journey.lanes
    journeys.place_note(document, journey.id, "n1", stages[0].id, lanes[0].id)
    journeys.place_note(document, journey.id, "n2", stages[1].id, lanes[3].id)
    return the_map(document)


def note(document: BoardDocument, note_id: str) -> Note:
    value = document.get(note_id)
    assert isinstance(value, Note)
    return value


def check_one_undo_step(document: BoardDocument, edit: Callable[[], object]) -> bytes:
    before = board_to_bytes(document.board())
    steps = document.undo_stack.count()
    edit()
    after = board_to_bytes(document.board())
    assert after != before
    assert document.undo_stack.count() == steps + 1
    document.undo_stack.undo()
    assert board_to_bytes(document.board()) == before
    document.undo_stack.redo()
    assert board_to_bytes(document.board()) == after
    return after


def test_a_new_map_has_the_usual_stages_lanes_and_an_emotion_lane(document):
    check_one_undo_step(document, lambda: journeys.create_journey(document, 0, 1000).made_id)
    journey = the_map(document)
    assert [s.title for s in journey.stages] == [
        "Need arises",
        "Looking for help",
        "First contact",
        "Assessment",
        "Waiting",
        "Support",
        "Review",
    ]
    assert [lane.title for lane in journey.lanes][:5] == [
        "Doing",
        "Thinking and feeling",
        "Touchpoints",
        "Pain points",
        "Opportunities",
    ]
    assert journey.lanes[-1].emotion
    assert journey.z < min(n.z for n in document.records_of(Note))
    assert document.undo_stack.undoText() == "Add journey map"


def test_placing_a_note_snaps_it_into_its_cell(document):
    journey = with_map(document)
    x, y, _w, _h = cell_rect(journey, journey.stages[0].id, journey.lanes[0].id)
    assert (note(document, "n1").x, note(document, "n1").y) == (x + 16, y + 16)
    assert document.undo_stack.undoText() == "Place note in journey map"


def test_stage_edits_are_each_one_undo_step(document):
    journey = with_map(document)
    first, second = journey.stages[0].id, journey.stages[1].id
    jid = journey.id
    check_one_undo_step(document, lambda: journeys.add_stage(document, jid, 1, "Triage").made_id)
    assert the_map(document).stages[1].title == "Triage"
    check_one_undo_step(document, lambda: journeys.rename_stage(document, jid, first, "Angen"))
    check_one_undo_step(document, lambda: journeys.move_stage(document, jid, first, 4))
    check_one_undo_step(document, lambda: journeys.resize_stage(document, jid, first, 900))
    check_one_undo_step(document, lambda: journeys.set_stage_emotion(document, jid, first, -2))
    check_one_undo_step(document, lambda: journeys.remove_stage(document, jid, second))
    assert note(document, "n2").y > the_map(document).y + the_map(document).height
    document.board()


def test_lane_edits_are_each_one_undo_step(document):
    journey = with_map(document)
    doing, pain = journey.lanes[0].id, journey.lanes[3].id
    jid = journey.id
    new_lane: list[str] = []
    check_one_undo_step(
        document,
        lambda: new_lane.append(journeys.add_lane(document, jid, 0, "Who's there").made_id),
    )
    assert the_map(document).lanes[0].id == new_lane[0]
    check_one_undo_step(document, lambda: journeys.rename_lane(document, jid, doing, "Gwneud"))
    check_one_undo_step(document, lambda: journeys.move_lane(document, jid, doing, 3))
    check_one_undo_step(document, lambda: journeys.resize_lane(document, jid, doing, 600))
    check_one_undo_step(document, lambda: journeys.remove_lane(document, jid, pain))
    assert "n2" not in {p.note for p in the_map(document).placements}
    emotion = journeys.add_lane(document, jid, emotion=True).made_id
    assert next(lane for lane in the_map(document).lanes if lane.id == emotion).emotion


def test_removing_a_stage_with_its_notes_keeps_every_reference_valid(document):
    journey = with_map(document)
    stage = journey.stages[0].id
    check_one_undo_step(
        document, lambda: journeys.remove_stage(document, journey.id, stage, remove_notes=True)
    )
    assert document.get("n1") is None
    cluster = document.get("c1")
    assert isinstance(cluster, Cluster) and cluster.members == ("n2",)
    [voting] = document.records_of(VotingRound)
    assert {dot.note for dot in voting.dots} == {"n3"}
    document.board()


def test_moving_the_map_moves_its_notes_in_one_step(document):
    journey = with_map(document)
    before = note(document, "n1")
    check_one_undo_step(document, lambda: move_items(document, {journey.id: (250, 1100)}))
    assert (note(document, "n1").x, note(document, "n1").y) == (before.x + 250, before.y + 100)


def test_a_drag_snaps_dropped_notes_and_carries_moved_maps(document):
    journey = with_map(document)
    x, y, w, h = cell_rect(journey, journey.stages[2].id, journey.lanes[1].id)
    dropped_at = (x + w / 2 - 80, y + h / 2 - 80)
    check_one_undo_step(document, lambda: move_items(document, {"n3": dropped_at}))
    assert (note(document, "n3").x, note(document, "n3").y) == (x + 16, y + 16)
    place = next(p for p in the_map(document).placements if p.note == "n3")
    assert (place.stage, place.lane) == (journey.stages[2].id, journey.lanes[1].id)
    moved_to = (-400.0, the_map(document).y)
    before = note(document, "n3").x
    check_one_undo_step(document, lambda: move_items(document, {journey.id: moved_to}))
    assert note(document, "n3").x == before - 400


def test_feelings_and_renaming_the_map(document):
    journey = with_map(document)
    check_one_undo_step(document, lambda: journeys.set_note_feeling(document, ["n1", "l1"], -1))
    assert note(document, "n1").feeling == -1
    check_one_undo_step(document, lambda: journeys.rename_journey(document, journey.id, "Heddiw"))
    assert not journeys.set_stage_emotion(document, journey.id, journey.stages[0].id, None).pushed


def test_a_map_survives_save_and_load(document, tmp_path):
    journey = with_map(document)
    journeys.set_stage_emotion(document, journey.id, journey.stages[3].id, -2)
    path = tmp_path / "journey.codesign.json"
    document.save(path)
    assert load_board(path) == document.board()
    reopened = BoardDocument.open(path)
    assert board_to_bytes(reopened.board()) == board_to_bytes(document.board())


def test_placing_a_note_from_another_map_moves_it_across(document):
    first = with_map(document)
    second = journeys.journey_of(
        document, journeys.create_journey(document, 3000, 1000, "Heddiw").made_id
    )
    stage, lane = second.stages[0].id, second.lanes[0].id
    check_one_undo_step(
        document, lambda: journeys.place_note(document, second.id, "n1", stage, lane)
    )
    placed = {j.id: [p.note for p in j.placements] for j in document.records_of(JourneyMap)}
    assert placed == {first.id: ["n2"], second.id: ["n1"]}
    assert note(document, "n1").x > 3000
