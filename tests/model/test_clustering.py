import math

from hypothesis import given
from hypothesis import strategies as st

from codesign.model import STICKY_PALETTE, Cluster, Note
from codesign.model.clustering import (
    CLUSTER_COLOURS,
    CLUSTER_PADDING,
    CLUSTER_TITLE_HEIGHT,
    MIN_CLUSTER_WIDTH,
    TIDY_GAP,
    Rect,
    cluster_at,
    cluster_for_note,
    fit_cluster,
    fitted_rect,
    grow_to_contain,
    next_cluster_colour,
    reading_order,
    rect_of,
    sort_by_votes,
    tidy,
)
from codesign.model.theme_suggestions import fold, significant_words, stem, suggest_clusters


def note(note_id: str, x: float = 0, y: float = 0, text: str = "") -> Note:
    return Note(id=note_id, x=x, y=y, text=text)


def test_the_fitted_rect_pads_every_side_and_leaves_room_for_the_title():
    rect = fitted_rect([note("a", 0, 0), note("b", 300, 200)])
    assert rect == Rect(
        -CLUSTER_PADDING,
        -CLUSTER_PADDING - CLUSTER_TITLE_HEIGHT,
        460 + 2 * CLUSTER_PADDING,
        360 + CLUSTER_TITLE_HEIGHT + 2 * CLUSTER_PADDING,
    )
    assert fitted_rect([]) is None


def test_a_single_note_still_gets_a_cluster_wide_enough_for_a_title():
    assert fitted_rect([note("a")]).width == MIN_CLUSTER_WIDTH


def test_fitting_an_empty_cluster_keeps_its_rect():
    cluster = Cluster(id="c", x=5, y=6, width=300, height=200)
    assert fit_cluster(cluster, []) == cluster


def test_a_note_belongs_to_the_cluster_its_centre_falls_in():
    low = Cluster(id="low", x=0, y=0, width=500, height=500, z=-2)
    high = Cluster(id="high", x=200, y=200, width=500, height=500, z=-1)
    assert cluster_for_note(note("a", 0, 0), [low, high]) == low
    assert cluster_for_note(note("a", 250, 250), [low, high]) == high
    assert cluster_for_note(note("a", 900, 900), [low, high]) is None
    # Half a note overhanging the edge still counts: the centre is inside.
    assert cluster_for_note(note("a", 420, 0), [low]) == low
    assert cluster_for_note(note("a", 430, 0), [low]) is None


def test_equal_z_overlap_is_settled_by_id_so_it_never_flickers():
    one = Cluster(id="a", width=500, height=500)
    two = Cluster(id="b", width=500, height=500)
    assert cluster_at(10, 10, [one, two]) == cluster_at(10, 10, [two, one]) == two


def test_a_cluster_grows_to_contain_a_note_dropped_at_its_edge_and_never_shrinks():
    cluster = Cluster(id="c", x=0, y=0, width=400, height=400)
    grown = grow_to_contain(cluster, note("a", 350, 100))
    assert (grown.x, grown.y) == (0, 0)
    assert grown.x + grown.width == 350 + 160 + CLUSTER_PADDING
    assert grown.height == 400
    assert grow_to_contain(cluster, note("a", 100, 100)) == cluster


def test_reading_order_tolerates_a_wobbly_row():
    notes = [note("c", 0, 200), note("b", 180, 0), note("a", 0, 12), note("d", 180, 190)]
    assert [n.id for n in reading_order(notes)] == ["a", "b", "c", "d"]


def test_tidy_lays_members_out_in_a_near_square_grid_and_fits_the_cluster():
    members = [note(f"n{i}", x=1000 - i * 37, y=(i * 53) % 300) for i in range(7)]
    cluster = Cluster(id="c", x=0, y=0, width=50, height=50, members=tuple(n.id for n in members))
    tidied, placed = tidy(cluster, {n.id: n for n in members})
    assert [n.id for n in placed] == [n.id for n in reading_order(members)]
    assert tidied.members == tuple(n.id for n in placed)
    step = 160 + TIDY_GAP
    top = CLUSTER_TITLE_HEIGHT + CLUSTER_PADDING
    assert [(n.x, n.y) for n in placed] == [
        (CLUSTER_PADDING + (i % 3) * step, top + (i // 3) * step) for i in range(7)
    ]
    assert rect_of(tidied) == fitted_rect(placed)
    again, replaced = tidy(tidied, {n.id: n for n in placed})
    assert (again, replaced) == (tidied, placed)


@given(st.integers(1, 40))
def test_the_grid_has_about_square_root_columns(count):
    members = [note(f"n{i}", x=i * 7, y=0) for i in range(count)]
    cluster = Cluster(id="c", members=tuple(n.id for n in members))
    _, placed = tidy(cluster, {n.id: n for n in members})
    columns = len({n.x for n in placed})
    assert columns == math.ceil(math.sqrt(count))
    assert len({(n.x, n.y) for n in placed}) == count


def test_sort_by_votes_puts_the_most_voted_first_and_keeps_reading_order_for_ties():
    members = [note("a", 0, 0), note("b", 200, 0), note("c", 400, 0), note("d", 600, 0)]
    cluster = Cluster(id="c1", members=("a", "b", "c", "d"))
    sorted_cluster, placed = sort_by_votes(
        cluster, {n.id: n for n in members}, {"c": 3, "b": 1, "d": 1}
    )
    assert sorted_cluster.members == ("c", "b", "d", "a")
    assert [n.id for n in placed] == ["c", "b", "d", "a"]
    assert placed[0].x < placed[1].x


def test_new_clusters_cycle_through_distinct_palette_colours():
    assert set(CLUSTER_COLOURS) <= set(STICKY_PALETTE)
    clusters = []
    for index in range(len(CLUSTER_COLOURS)):
        clusters.append(Cluster(id=f"c{index}", colour=next_cluster_colour(clusters)))
    assert {c.colour for c in clusters} == set(CLUSTER_COLOURS)


def test_words_are_folded_stemmed_and_stripped_of_english_and_welsh_stop_words():
    assert fold("Gŵyl Dewi Sant") == "gwyl dewi sant"
    assert {stem(w) for w in ("letters", "letter")} == {"letter"}
    assert {stem(w) for w in ("waiting", "waited", "waits")} == {"wait"}
    assert {stem(w) for w in ("communication", "communicate")} == {"communicat"}
    assert stem("stopping") == "stop"
    words = significant_words("Croeso! Mae'r cyfarfod yn Gymraeg and the letters are in English")
    assert set(words) == {"croeso", "cyfarfod", "gymraeg", "letter", "english"}
    assert words["letter"] == "letters"


def test_suggestions_group_notes_by_shared_words_with_a_readable_title():
    notes = [
        note("a", 0, 0, "Plain English letters please"),
        note("b", 200, 0, "Letters arrive too late to act on"),
        note("c", 0, 200, "Waiting lists are long"),
        note("d", 200, 200, "We waited months for the letter"),
        note("e", 400, 0, "Gŵyl yn Gymraeg"),
        note("f", 400, 200, "Yr ŵyl: tocynnau yn Gymraeg hefyd"),
        note("h", 800, 200, "Cynnig pob cyfarfod yn Gymraeg"),
        note("g", 600, 0, "Parking"),
    ]
    suggestions = suggest_clusters(notes)
    assert [(s.title, s.note_ids) for s in suggestions] == [
        ("Gymraeg", ("e", "f", "h")),
        ("Letters", ("a", "b", "d")),
    ]


def test_two_notes_sharing_one_word_are_no_theme_but_a_shared_phrase_is():
    notes = [
        note("a", 0, 0, "They see a case number, not Mam"),
        note("b", 200, 0, "We were treated as people, not a case number"),
        note("c", 0, 200, "Fill in a 24-page assessment form"),
        note("d", 200, 200, "Form SC-24 (again)"),
    ]
    assert [(s.title, s.note_ids) for s in suggest_clusters(notes)] == [("Case number", ("a", "b"))]


def test_common_english_and_welsh_words_never_make_a_theme():
    """The junk once offered for ServiceLand: "Tell", "Back", "Mam" (Welsh for Mum)."""
    notes = [
        note("a", 0, 0, "Tell our story for the first time"),
        note("b", 200, 0, "Tell it once: our story follows us"),
        note("c", 400, 0, "Ring back between 9 and 10 only"),
        note("d", 600, 0, "A named contact who rings back every week"),
        note("e", 0, 200, "Mam: “Dw i eisiau aros yn fy nhŷ fy hun.”"),
        note("f", 200, 200, "They see a case number, not Mam"),
        note("g", 400, 200, "Review meeting with Mam in the room"),
        note("h", 600, 200, "Nobody tells you where the front door is, mum said"),
        note("i", 0, 400, "Mum went back and told them again"),
        note("j", 200, 400, "Nobody listened to Mam's story"),
    ]
    offered = suggest_clusters(notes)
    assert all(s.word not in {"tell", "back", "mam", "mum"} for s in offered)
    assert [(s.title, s.note_ids) for s in offered] == [("Story", ("a", "b", "j"))]


def test_a_theme_is_titled_by_the_phrase_most_of_its_notes_share():
    notes = [
        note("a", 0, 0, "Phone calls go unanswered"),
        note("b", 200, 0, "Phone calls at 9am only"),
        note("c", 400, 0, "Lost the phone number"),
    ]
    (theme,) = suggest_clusters(notes)
    assert (theme.title, theme.note_ids) == ("Phone calls", ("a", "b", "c"))


def test_suggestions_are_deterministic_whatever_order_the_notes_come_in():
    texts = [
        "Evidence from people",
        "Waiting rooms",
        "Share evidence",
        "Tell it once",
        "Still waiting",
        "Evidence matters",
        "Waiting again",
    ]
    notes = [note(f"n{i}", i * 200, 0, text) for i, text in enumerate(texts)]
    first = suggest_clusters(notes)
    assert suggest_clusters(list(reversed(notes))) == first
    assert [s.word for s in first] == ["evidenc", "wait"]


def test_no_suggestion_without_a_shared_word():
    assert suggest_clusters([note("a", text="One"), note("b", text="Two")]) == []
    assert suggest_clusters([]) == []
