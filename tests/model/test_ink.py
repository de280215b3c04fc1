"""Ink as data: a stroke from samples, its smoothing, the eraser's reach, the lock's rule on
drawing, and a stroke and a shape in a room's shared document."""

from codesign.model import Shape, Stroke
from codesign.model.ink import (
    make_stroke,
    near_stroke,
    pressure_runs,
    smooth_segments,
    stroke_points,
    thinned,
)
from codesign.model.items import MAX_STROKE_POINTS
from codesign.model.participant_policy import Refusal, allowed_while_locked, refusal
from codesign.room.layout import fields_of, record_from
from codesign.room.validate import Author, check


def line_stroke() -> Stroke:
    stroke = make_stroke("s1", [(100.0 + i, 50.0, 0.8) for i in range(0, 200, 2)], "#1F1F1F", 4)
    assert stroke is not None
    return stroke


def test_a_stroke_keeps_its_points_relative_to_its_box():
    stroke = line_stroke()
    assert (stroke.x, stroke.y) == (97.0, 47.0)  # room for a line 1.5 times as thick
    assert stroke.width == 198 + 6 and stroke.height == 6
    first = stroke_points(stroke)[0]
    assert first == (3.0, 3.0, 0.8)


def test_close_samples_are_thinned_and_the_cap_holds():
    assert len(thinned([(0.0, 0.0, 0.5), (0.5, 0.0, 0.5), (3.0, 0.0, 0.5)])) == 2
    many = [(float(i * 2), 0.0, 0.5) for i in range(MAX_STROKE_POINTS * 2)]
    kept = thinned(many)
    assert len(kept) == MAX_STROKE_POINTS and kept[-1] == many[-1]
    assert make_stroke("s", [], "#1F1F1F", 4) is None


def test_smoothing_passes_through_the_ends_and_midpoints():
    points = [(0.0, 0.0, 0.5), (10.0, 0.0, 0.5), (10.0, 10.0, 0.5), (20.0, 10.0, 0.5)]
    segments = smooth_segments(points)
    assert segments[0][0] == (0.0, 0.0) and segments[-1][2] == (20.0, 10.0)
    assert segments[0][2] == (10.0, 5.0)  # the midpoint between the second and third samples
    assert len(segments) == len(points) - 2


def test_a_stylus_pressure_swells_and_thins_the_line_a_mouse_draws_it_even():
    wavy = [(i * 4.0, 0.0, 0.2 if i < 20 else 0.9) for i in range(40)]
    runs = pressure_runs(make_stroke("s", wavy, "#1F1F1F", 4))
    widths = [width for _segments, width in runs]
    assert len(runs) > 2 and min(widths) < 4 < max(widths)
    even = [(i * 4.0, 0.0, 0.5) for i in range(40)]
    (only,) = pressure_runs(make_stroke("s", even, "#1F1F1F", 4))
    assert only[1] == 4 and len(only[0]) == 38


def test_the_eraser_reaches_the_line_not_the_whole_box():
    stroke = make_stroke("s", [(0.0, 0.0, 0.5), (100.0, 100.0, 0.5)], "#1F1F1F", 4)
    assert near_stroke(stroke, 50.0, 52.0, 4.0)
    assert not near_stroke(stroke, 90.0, 10.0, 4.0)


def test_participants_may_draw_and_rub_out_only_their_own_ink():
    assert all(allowed_while_locked(key) for key in ("pen", "eraser", "lasso", "shape.line"))
    stroke = line_stroke()
    assert refusal({"s1": None}, {"s1": stroke}, frozenset()) is None
    assert refusal({"s1": stroke}, {"s1": None}, frozenset()) is None
    assert refusal({"s1": stroke}, {"s1": None}, frozenset({"s1"})) is Refusal.FACILITATORS_ITEM


def test_strokes_and_shapes_travel_through_a_room_as_fields():
    stroke = line_stroke()
    shape = Shape(id="r1", shape="ellipse", text="Budget", colour="pink")
    for record in (stroke, shape):
        assert record_from("items", fields_of(record)) == record
        editor = Author("p1", "Ann", "codesign", frozenset())
        assert check(editor, ("items", record.id), fields_of(record), lambda _key: None) == record
