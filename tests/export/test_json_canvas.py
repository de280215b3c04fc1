"""JSON Canvas in and out: texts survive round trips, groups hold notes by containment, and
what cannot be carried is reported."""

import json

import pytest
from hypothesis import HealthCheck, given, settings

from codesign.export.canvas_export import board_to_canvas
from codesign.export.canvas_import import board_from_canvas
from codesign.export.errors import ImportFailed
from codesign.model import Board, Cluster, Connector, JourneyMap, Label, Note
from codesign.storage.templates import board_from_template
from tests.boards import themed_board
from tests.strategies import boards


def round_trip(board):
    data, _warnings = board_to_canvas(board)
    return board_from_canvas(data, "test.canvas", "test")[0]


def texts(board):
    return sorted(
        [note.text for note in board.of_kind(Note)] + [label.text for label in board.of_kind(Label)]
    )


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(boards())
def test_canvas_board_canvas_keeps_every_text(board):
    again = round_trip(board)
    assert texts(again) == texts(board)
    assert sorted(c.title for c in again.of_kind(Cluster)) == sorted(
        c.title for c in board.of_kind(Cluster)
    )
    assert {(c.source, c.target, c.label) for c in again.of_kind(Connector)} == {
        (c.source, c.target, c.label) for c in board.of_kind(Connector)
    }
    data, _ = board_to_canvas(again)
    assert texts(board_from_canvas(data, "again.canvas", "x")[0]) == texts(board)
    assert {n.id: n for n in again.of_kind(Note)} == {n.id: n for n in board.of_kind(Note)}


def test_a_node_moved_in_another_app_keeps_its_new_place():
    board = themed_board()
    moved = board.by_id["n1"].model_copy(update={"x": 0.4})
    board = board.model_copy(update={"items": (moved, *board.items[1:])})
    document = json.loads(board_to_canvas(board)[0])
    node = next(n for n in document["nodes"] if n["id"] == "n1")
    assert node["x"] == 0 and node["codesign"]["box"][0] == 0.4
    assert board_from_canvas(json.dumps(document).encode(), "a", "a")[0].by_id["n1"].x == 0.4
    node["x"] = 500
    assert board_from_canvas(json.dumps(document).encode(), "a", "a")[0].by_id["n1"].x == 500


def test_a_codesign_round_trip_keeps_authors_colours_votes_and_journeys():
    for board in (themed_board(), board_from_template("serviceland")):
        again = round_trip(board)
        assert {i.id: i for i in again.items} == {i.id: i for i in board.items}
        assert (again.title, again.date, again.facilitator) == (
            board.title,
            board.date,
            board.facilitator,
        )
        assert again.participants == board.participants and again.rounds == board.rounds


def test_file_follows_the_spec_shapes():
    document = json.loads(board_to_canvas(themed_board())[0])
    for node in document["nodes"]:
        assert {"id", "type", "x", "y", "width", "height"} <= set(node)
        assert all(isinstance(node[k], int) for k in ("x", "y", "width", "height"))
    kinds = {node["id"]: node["type"] for node in document["nodes"]}
    assert kinds["n1"] == "text" and kinds["c1"] == "group"
    assert [n["type"] for n in document["nodes"]][:2] == ["group", "group"]
    by_id = {node["id"]: node for node in document["nodes"]}
    assert by_id["n1"]["color"] == "3" and by_id["n2"]["color"] == "1"
    assert by_id["c1"]["label"] == "Communication"
    (edge,) = document["edges"]
    assert edge["fromNode"] == "c1" and edge["toNode"] == "c2" and edge["label"] == "leads to"
    assert edge["toEnd"] == "arrow" and edge["fromSide"] == "bottom" and edge["toSide"] == "top"


def test_export_reports_what_other_apps_will_not_show():
    _data, warnings = board_to_canvas(themed_board())
    assert any("author" in w for w in warnings) and any("vote" in w for w in warnings)
    _data, warnings = board_to_canvas(board_from_template("serviceland"))
    assert any("journey map" in w for w in warnings)


def canvas(nodes, edges=()):
    return json.dumps({"nodes": nodes, "edges": list(edges)}).encode()


def node(id, x=0, y=0, w=100, h=100, type="text", **extra):
    return {"id": id, "type": type, "x": x, "y": y, "width": w, "height": h, **extra}


def test_an_obsidian_canvas_becomes_notes_in_clusters_by_containment():
    data = canvas(
        [
            node("outer", 0, 0, 1000, 1000, type="group", label="Influence"),
            node("inner", 50, 50, 300, 300, type="group", label="Advocacy", color="4"),
            node("a", 100, 100, text="In the inner group", color="#aabbcc"),
            node("b", 600, 600, text="Only in the outer group"),
            node("c", 2000, 0, text="Loose", color="5"),
            node("f", 2200, 0, type="file", file="notes/meeting.md"),
            node("u", 2400, 0, type="link", url="https://example.org"),
        ],
        [{"id": "e", "fromNode": "a", "toNode": "c", "toEnd": "none", "fromEnd": "arrow"}],
    )
    board, warnings = board_from_canvas(data, "obsidian.canvas", "Obsidian")
    clusters = {c.title: c for c in board.of_kind(Cluster)}
    assert clusters["Advocacy"].members == ("a",) and clusters["Advocacy"].colour == "green"
    assert clusters["Influence"].members == ("b",)
    notes = {n.id: n for n in board.of_kind(Note)}
    assert notes["a"].colour == "#AABBCC" and notes["c"].colour == "blue"
    assert notes["f"].text == "notes/meeting.md" and notes["u"].text == "https://example.org"
    assert len(warnings) == 2 and "file node" in warnings[0]
    (connector,) = board.of_kind(Connector)
    assert connector.arrow_start and not connector.arrow_end
    assert board.title == "Obsidian"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"{", "not valid JSON (line 1"),
        (b"[1, 2]", "not a JSON Canvas file"),
        (b'{"nodes": {}}', "not a JSON Canvas file"),
        (b"\xff\xfe\x00junk", "not a text file"),
        (canvas([{"type": "text"}]), "node 1 has no id"),
        (canvas([node("a", type="shape")]), "node 'a' has unknown type 'shape'"),
        (canvas([node("a", x="left")]), "node 'a' has no number for 'x'"),
        (canvas([node("a", w=0)]), "not positive"),
        (
            canvas([node("a")], [{"id": "e", "fromNode": "a", "toNode": "ghost"}]),
            "edge 'e' points at missing node 'ghost'",
        ),
        (canvas([node("a"), node("a")]), "duplicate id 'a'"),
    ],
)
def test_broken_canvas_files_are_refused_in_one_line(data, message):
    with pytest.raises(ImportFailed) as caught:
        board_from_canvas(data, "bad.canvas", "bad")
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_journey_group_comes_back_as_a_journey():
    board = board_from_template("serviceland")
    again = round_trip(board)
    (journey,) = again.of_kind(JourneyMap)
    assert journey == next(board.of_kind(JourneyMap))


def test_nodes_are_written_back_to_front_as_codesign_stacks_them():
    """Other apps draw nodes in file order: the note on top in Codesign comes last."""
    board = Board(
        items=(
            Note(id="front", x=40, y=40, text="on top", z=5),
            Note(id="back", x=0, y=0, text="underneath", z=1),
            Label(id="label", x=20, y=20, text="heading", z=9),
        )
    )
    data, _warnings = board_to_canvas(board)
    order = [node["id"] for node in json.loads(data)["nodes"]]
    assert order == ["label", "back", "front"]


def test_a_kind_with_no_json_canvas_mapping_is_reported_not_dropped_in_silence(monkeypatch):
    from codesign.export import canvas_export

    monkeypatch.delitem(canvas_export.MAPPINGS, "label")
    board = themed_board()
    labels = sum(1 for _ in board.of_kind(Label))
    data, warnings = board_to_canvas(board)
    assert labels and f"{labels} label" in " ".join(warnings)
    assert "could not be carried into JSON Canvas" in " ".join(warnings)
    label_ids = {label.id for label in board.of_kind(Label)}
    assert not any(node["id"] in label_ids for node in json.loads(data)["nodes"])
