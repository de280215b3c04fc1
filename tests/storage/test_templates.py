"""The bundled templates: each loads, validates, is worth starting from, and is laid out true."""

import datetime

import pytest

from codesign.model import Board, Cluster, JourneyMap, Note
from codesign.model.clustering import cluster_for_note
from codesign.model.journey_ops import settle
from codesign.storage import board_to_bytes, load_board
from codesign.storage.templates import board_from_template, list_templates

NAMES = [
    "affinity-cy",
    "affinity",
    "blank-cy",
    "blank",
    "empathy-map-cy",
    "empathy-map",
    "how-might-we-cy",
    "how-might-we",
    "serviceland-cy",
    "serviceland",
]
"""Each workshop template also comes in Cymraeg (-cy), listed first."""


def template(name: str) -> Board:
    return load_board(next(t.path for t in list_templates() if t.name == name))


def test_the_templates_are_listed_with_a_title_and_one_line_description():
    infos = list_templates()
    assert [t.name for t in infos] == NAMES
    for info in infos:
        assert info.title and info.description
        assert "\n" not in info.description and len(info.description) < 160


@pytest.mark.parametrize("name", NAMES)
def test_each_template_is_a_canonical_board_file(name):
    path = next(t.path for t in list_templates() if t.name == name)
    assert board_to_bytes(load_board(path)) == path.read_bytes()


@pytest.mark.parametrize("name", [n for n in NAMES if not n.startswith("blank")])
def test_each_template_is_worth_starting_from(name):
    board = template(name)
    notes = list(board.of_kind(Note))
    assert len(notes) >= 9
    assert all(note.text.strip() for note in notes)
    assert board.date is None and not board.participants and not board.rounds


@pytest.mark.parametrize("name", NAMES)
def test_clustered_notes_sit_inside_their_cluster(name):
    board = template(name)
    clusters = list(board.of_kind(Cluster))
    for cluster in clusters:
        for member in cluster.members:
            assert cluster_for_note(board.by_id[member], clusters) == cluster


def test_serviceland_walks_the_whole_journey():
    board = template("serviceland")
    [journey] = board.of_kind(JourneyMap)
    assert [s.title for s in journey.stages] == [
        "Need arises",
        "Looking for help",
        "First contact",
        "Assessment",
        "Waiting",
        "Support",
        "Review",
    ]
    assert journey.lanes[-1].emotion
    assert all(stage.emotion is not None for stage in journey.stages)
    cells = {(p.stage, p.lane) for p in journey.placements}
    note_lanes = [lane.id for lane in journey.lanes if not lane.emotion]
    assert cells == {(s.id, lane) for s in journey.stages for lane in note_lanes}
    notes = {note.id: note for note in board.of_kind(Note)}
    assert {p.note for p in journey.placements} == set(notes)
    assert settle(journey, notes).notes == ()
    assert settle(journey, notes).journey == journey
    texts = " ".join(note.text for note in notes.values())
    assert "Godot" in texts and "Cymraeg" in texts and "yn Gymraeg" in texts
    assert any(note.feeling is not None for note in notes.values())


def test_affinity_has_the_five_themes_from_the_day():
    board = template("affinity")
    titles = [c.title for c in sorted(board.of_kind(Cluster), key=lambda c: c.x)]
    assert titles == [
        "Communication",
        "Collaboration",
        "Evidence",
        "Influence & advocacy",
        "Lift off",
    ]
    assert all(len(c.members) >= 3 for c in board.of_kind(Cluster))


def test_empathy_map_has_says_thinks_does_feels():
    titles = {c.title for c in template("empathy-map").of_kind(Cluster)}
    assert titles == {"Says", "Thinks", "Does", "Feels"}


def test_a_board_from_a_template_is_dated_today():
    board = board_from_template("how-might-we", today=datetime.date(2026, 1, 29))
    assert board.date == datetime.date(2026, 1, 29)
    assert board.title == "How might we"
