"""A theme's badge counts the dots on its notes after every dot, undo and move, now that a
dot updates only the badge whose total moved."""

import pytest

from codesign.canvas.votes_layer import VotesLayer
from codesign.commands.moves import move_items
from codesign.commands.votes import place_dot, start_round, take_back_dot


@pytest.fixture
def layer(view):
    """The window's layer of dots and badges, taken off the board again after the test."""
    layer = VotesLayer(view.board_scene)
    yield layer
    layer.dispose()


def test_badges_follow_each_dot_undo_and_move(view, layer):
    scene = view.board_scene
    document = scene.document
    round_id = start_round(document, "Which first?", budget=5, allow_stacking=True).made_id
    badge = {key: scene.graphics_item(key) for key in ("c1", "c2")}
    assert badge["c1"].votes is None and badge["c2"].votes is None
    place_dot(document, round_id, "p1", "n1")
    place_dot(document, round_id, "p2", "n3")
    place_dot(document, round_id, "p2", "n3")
    assert (badge["c1"].votes, badge["c2"].votes) == (1, 2)
    take_back_dot(document, round_id, "p2", "n3")
    assert (badge["c1"].votes, badge["c2"].votes) == (1, 1)
    document.undo_stack.undo()
    assert (badge["c1"].votes, badge["c2"].votes) == (1, 2)
    move_items(document, {"n3": (0.0, 0.0)})
    assert document.get("n3").id in document.get("c1").members
    assert (scene.graphics_item("c1").votes, scene.graphics_item("c2").votes) == (3, 0)
