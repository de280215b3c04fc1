import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from codesign.commands.arrange import Alignment, Axis, align_rects, distribute_rects

RECTS = {"a": (0.0, 0.0, 100.0, 50.0), "b": (300.0, 200.0, 50.0, 100.0)}


@pytest.mark.parametrize(
    ("alignment", "a", "b"),
    [
        (Alignment.LEFT, (0, 0), (0, 200)),
        (Alignment.CENTRE, (125, 0), (150, 200)),
        (Alignment.RIGHT, (250, 0), (300, 200)),
        (Alignment.TOP, (0, 0), (300, 0)),
        (Alignment.MIDDLE, (0, 125), (300, 100)),
        (Alignment.BOTTOM, (0, 250), (300, 200)),
    ],
)
def test_align_lines_up_on_the_selection_edge(alignment, a, b):
    assert align_rects(RECTS, alignment) == {"a": a, "b": b}


def test_align_leaves_a_single_rect_alone():
    assert align_rects({"a": (5, 6, 7, 8)}, Alignment.RIGHT) == {"a": (5, 6)}


def test_distribute_equalises_gaps_and_keeps_the_ends():
    rects = {
        "left": (0.0, 0.0, 100.0, 10.0),
        "mid": (120.0, 30.0, 40.0, 10.0),
        "right": (400.0, 7.0, 100.0, 10.0),
    }
    placed = distribute_rects(rects, Axis.HORIZONTAL)
    assert placed == {"left": (0, 0), "mid": (230, 30), "right": (400, 7)}


def test_distribute_vertically_orders_by_centre():
    rects = {"c": (0.0, 900.0, 10.0, 100.0), "a": (5.0, 0.0, 10.0, 100.0), "b": (9, 100, 10, 100)}
    assert distribute_rects(rects, Axis.VERTICAL) == {"a": (5, 0), "b": (9, 450), "c": (0, 900)}


def test_distribute_needs_three():
    assert distribute_rects(RECTS, Axis.VERTICAL) == {"a": (0, 0), "b": (300, 200)}


rect = st.tuples(st.floats(-1e4, 1e4), st.floats(-1e4, 1e4), st.floats(1, 500), st.floats(1, 500))


@given(st.dictionaries(st.text(min_size=1, max_size=3), rect, min_size=3, max_size=12))
def test_distributed_gaps_are_equal(rects):
    placed = distribute_rects(rects, Axis.HORIZONTAL)
    order = sorted(rects, key=lambda k: (rects[k][0] + rects[k][2] / 2, k))
    gaps = [placed[b][0] - (placed[a][0] + rects[a][2]) for a, b in itertools.pairwise(order)]
    assert max(gaps) - min(gaps) == pytest.approx(0, abs=1e-6)
    assert all(placed[k][1] == rects[k][1] for k in rects)
