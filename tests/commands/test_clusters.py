"""Cluster commands: one undo step each, membership and picture agree, the board stays valid."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codesign.commands import record_change
from codesign.commands.cluster_suggestions import accept_suggestions, free_notes, suggestions
from codesign.commands.clusters import (
    add_cluster,
    delete_clusters,
    make_cluster,
    rename_cluster,
    sort_cluster_by_votes,
    tidy_cluster,
    ungroup_clusters,
)
from codesign.commands.moves import move_items
from codesign.document import BoardDocument
from codesign.model import Board, Cluster, Connector, Note
from codesign.model.clustering import Rect, cluster_for_note, fit_cluster, rect_of
from codesign.storage import board_to_bytes, load_board
from codesign.storage.templates import board_from_template
from tests.boards import themed_board
from tests.undo import one_step


@pytest.fixture
def document(qapp):
    return BoardDocument(themed_board())


def agrees(board: Board) -> None:
    """Every member lies inside its cluster, and every note lies in the cluster it belongs to."""
    clusters = list(board.of_kind(Cluster))
    owner = {m: c.id for c in clusters for m in c.members}
    for cluster in clusters:
        box = rect_of(cluster)
        for member in cluster.members:
            note = rect_of(board.by_id[member])
            assert box.x <= note.x and note.right <= box.right, (cluster.id, member)
            assert box.y <= note.y and note.bottom <= box.bottom, (cluster.id, member)
    for note in board.of_kind(Note):
        if note.id in owner:
            assert cluster_for_note(note, clusters).id == owner[note.id]


def test_make_cluster_fits_round_the_notes_and_takes_them_from_their_old_theme(document):
    new_id = one_step(
        document, lambda: make_cluster(document, ["n2", "n3"], title="Language").made_id
    )
    board = document.board()
    made = board.by_id[new_id]
    assert (made.title, made.members) == ("Language", ("n2", "n3"))
    assert board.by_id["c1"].members == ("n1",)
    assert board.by_id["c2"].members == ("n4",)
    assert made.colour not in {"blue"}
    assert made.z < min(n.z for n in board.of_kind(Note))


def test_make_cluster_of_nothing_does_nothing(document):
    assert not make_cluster(document, ["l1", "ghost"]).pushed
    assert document.undo_stack.count() == 0


def test_drawing_a_cluster_adopts_the_free_notes_it_covers(qapp):
    document = BoardDocument(Board(items=(Note(id="a", x=50, y=100), Note(id="b", x=900, y=0))))
    new_id = one_step(
        document, lambda: add_cluster(document, Rect(0, 0, 400, 400), "Evidence").made_id
    )
    board = document.board()
    assert board.by_id[new_id].members == ("a",)
    assert rect_of(board.by_id[new_id]) == Rect(0, 0, 400, 400)
    empty = add_cluster(document, Rect(2000, 0, 300, 300)).made_id
    assert document.board().by_id[empty].members == ()


def test_rename_merges_keystrokes_into_one_step(document):
    rename_cluster(document, "c1", "C")
    rename_cluster(document, "c1", "Cyfathrebu")
    assert document.undo_stack.count() == 1
    assert document.board().by_id["c1"].title == "Cyfathrebu"
    document.undo_stack.undo()
    assert document.board().by_id["c1"].title == "Communication"


def test_dragging_a_note_into_a_cluster_joins_it_and_out_leaves(document):
    one_step(document, lambda: move_items(document, {"n3": (100, 20)}))
    assert document.undo_stack.undoText() == "Move notes"
    board = document.board()
    assert board.by_id["c1"].members == ("n1", "n2", "n3")
    assert board.by_id["c2"].members == ("n4",)
    agrees(board)
    one_step(document, lambda: move_items(document, {"n3": (2000, 2000)}))
    board = document.board()
    assert "n3" not in board.by_id["c1"].members
    agrees(board)


def test_a_note_dropped_at_the_edge_stays_and_the_cluster_grows(document):
    before = document.board().by_id["c1"]
    one_step(document, lambda: move_items(document, {"n2": (250, 0)}))
    after = document.board().by_id["c1"]
    assert after.members == before.members
    assert after.width > before.width
    agrees(document.board())


def test_moving_a_cluster_carries_its_notes(document):
    one_step(document, lambda: move_items(document, {"c1": (980, -60)}))
    board = document.board()
    assert (board.by_id["n1"].x, board.by_id["n2"].x) == (1000, 1180)
    assert board.by_id["c1"].members == ("n1", "n2")
    assert board.by_id["l1"].x == 0
    agrees(board)


def test_a_cluster_dragged_with_its_notes_listed_too_keeps_them(document):
    positions = {"c2": (1000, 340), "n3": (1020, 400), "n4": (1200, 400), "l1": (0, -400)}
    one_step(document, lambda: move_items(document, positions))
    assert document.undo_stack.undoText() == "Move items"
    board = document.board()
    assert board.by_id["c2"].members == ("n3", "n4")
    agrees(board)


def test_a_note_dropped_where_clusters_overlap_joins_the_topmost(qapp):
    document = BoardDocument(
        Board(
            items=(
                Note(id="a", x=2000, y=0, z=5),
                Cluster(id="low", x=0, y=0, width=600, height=600, z=-2),
                Cluster(id="high", x=300, y=0, width=600, height=600, z=-1),
            )
        )
    )
    move_items(document, {"a": (380, 200)})
    board = document.board()
    assert (board.by_id["low"].members, board.by_id["high"].members) == ((), ("a",))


def test_tidy_makes_a_grid_in_one_step(document):
    one_step(document, lambda: tidy_cluster(document, "c1"))
    board = document.board()
    assert board.by_id["n1"].y == board.by_id["n2"].y
    agrees(board)


def test_sort_by_votes_puts_the_favourite_first(document):
    one_step(document, lambda: sort_cluster_by_votes(document, "c2", "r1"))
    board = document.board()
    assert board.by_id["c2"].members == ("n3", "n4")
    assert board.by_id["n3"].x < board.by_id["n4"].x
    agrees(board)


def test_ungroup_keeps_the_notes_and_drops_what_pointed_at_the_cluster(document):
    one_step(document, lambda: ungroup_clusters(document, ["c1"]))
    board = document.board()
    assert "c1" not in board.by_id
    assert {"n1", "n2"} <= set(board.by_id)
    assert not any(isinstance(item, Connector) for item in board.items)


def test_delete_with_notes_cleans_votes_and_connectors(document):
    one_step(document, lambda: delete_clusters(document, ["c1"], with_notes=True))
    board = document.board()
    assert not {"c1", "n1", "n2", "e1"} & set(board.by_id)
    assert [d.note for d in board.rounds[0].dots] == ["n3"]


def test_delete_without_notes_keeps_them(document):
    one_step(document, lambda: delete_clusters(document, ["c2"], with_notes=False))
    assert {"n3", "n4"} <= set(document.board().by_id)


def test_suggestions_are_offered_then_accepted_as_tidy_clusters_below_the_board(qapp):
    notes = (
        Note(id="a", x=0, y=0, text="Plain English letters"),
        Note(id="b", x=600, y=300, text="Letters arrive late"),
        Note(id="c", x=1200, y=0, text="Croeso yn Gymraeg"),
        Note(id="d", x=0, y=600, text="Gwasanaeth yn Gymraeg"),
        Note(id="e", x=300, y=0, text="Parking"),
        Note(id="f", x=900, y=0, text="Letters in Welsh"),
        Note(id="g", x=1500, y=0, text="Popeth yn Gymraeg"),
    )
    document = BoardDocument(Board(items=notes))
    offered = suggestions(document)
    assert [(s.title, s.note_ids) for s in offered] == [
        ("Gymraeg", ("c", "g", "d")),
        ("Letters", ("a", "f", "b")),
    ]
    made = one_step(document, lambda: accept_suggestions(document, offered[1:]).made)
    board = document.board()
    (cluster,) = (board.by_id[key] for key in made)
    assert (cluster.title, cluster.members) == ("Letters", ("a", "f", "b"))
    assert cluster.y > 760
    agrees(board)
    assert [s.title for s in suggestions(document)] == ["Gymraeg"]


def test_suggestions_never_take_notes_out_of_a_theme_or_a_journey_map(qapp):
    """Accepting once emptied the ServiceLand journey map into one-word themes."""
    board = board_from_template("serviceland")
    document = BoardDocument(board)
    assert free_notes(document) == [] and suggestions(document) == []
    loose = [
        Note(id=f"free{i}", x=i * 200, y=-900, text=text)
        for i, text in enumerate(("Phone menus", "Phone at 9", "Nobody picks up the phone"))
    ]
    record_change(document, "Add notes", loose)
    (theme,) = suggestions(document)
    assert theme.note_ids == ("free0", "free1", "free2")


def test_clusters_survive_save_and_load(document, tmp_path):
    make_cluster(document, ["n1", "n3"], title="Tell it once")
    tidy_cluster(document, "c1")
    path = tmp_path / "board.codesign.json"
    document.save(path)
    assert board_to_bytes(load_board(path)) == board_to_bytes(document.board())


drops = st.dictionaries(
    st.sampled_from([f"n{i}" for i in range(6)] + ["c0", "c1"]),
    st.tuples(st.floats(-400, 1600), st.floats(-400, 1000)),
    min_size=1,
    max_size=5,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(drops)
def test_any_drop_keeps_members_inside_their_clusters_and_undoes_exactly(qapp, positions):
    notes = [Note(id=f"n{i}", x=(i % 3) * 200, y=(i // 3) * 500) for i in range(6)]
    clusters = [
        fit_cluster(Cluster(id=f"c{row}", z=-1, members=(f"n{3 * row}", f"n{3 * row + 1}")), notes)
        for row in range(2)
    ]
    document = BoardDocument(Board(items=(*notes, *clusters)))
    before = board_to_bytes(document.board())
    move_items(document, positions)
    board = document.board()
    for cluster in board.of_kind(Cluster):
        box = rect_of(cluster)
        for member in cluster.members:
            note = rect_of(board.by_id[member])
            assert box.x <= note.x and note.right <= box.right
            assert box.y <= note.y and note.bottom <= box.bottom
    document.undo_stack.undo()
    assert board_to_bytes(document.board()) == before
