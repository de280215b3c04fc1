import pytest

from codesign.commands.clipboard import (
    copied_items,
    from_payload,
    notes_from_lines,
    relocated,
    to_payload,
    to_plain_text,
)
from codesign.model import NOTE_SIZE, Board, Cluster, Connector, Note
from tests.boards import themed_board


def test_payload_round_trips_the_records():
    items = copied_items(themed_board().items, ["n1", "c1", "n2"])
    assert from_payload(to_payload(items)) == items


def test_copy_brings_connectors_only_when_both_ends_come():
    board = themed_board()
    assert "e1" in {i.id for i in copied_items(board.items, ["c1", "c2"])}
    assert "e1" not in {i.id for i in copied_items(board.items, ["c1", "n3"])}


@pytest.mark.parametrize(
    "junk", ["", "{", "[1]", '{"format": "x"}', '{"format": "codesign-items"}']
)
def test_junk_is_refused_with_a_value_error(junk):
    with pytest.raises(ValueError, match="Codesign items"):
        from_payload(junk)


def test_plain_text_reads_top_to_bottom():
    board = themed_board()
    assert to_plain_text(board.items).splitlines() == [
        "Tell it once: share my story across teams",
        "Plain English letters",
        "Croeso! Offer every meeting yn Gymraeg",
        "Evidence: ask the people who wait",
    ]


def test_relocate_remaps_ids_and_drops_dangling_references():
    board = themed_board()
    items = [board.by_id["c1"], board.by_id["n1"], Connector(id="e9", source="n1", target="n4")]
    pasted = relocated(items, at=(1000.0, 1000.0), z_base=10)
    Board(items=tuple(pasted))
    cluster = next(i for i in pasted if isinstance(i, Cluster))
    note = next(i for i in pasted if isinstance(i, Note))
    assert cluster.members == (note.id,)
    assert not any(isinstance(i, Connector) for i in pasted)
    assert {i.id for i in pasted}.isdisjoint(board.by_id)
    assert cluster.x + cluster.width / 2 == 1000.0
    assert note.x - cluster.x == 20.0
    assert sorted(i.z for i in pasted) == [10, 11]


def test_lines_make_a_tidy_grid_of_notes_centred_on_the_pointer():
    text = "Waiting lists\n\n  - Forms in English only\nTell it once\n• Croeso\nPhone queue\n"
    notes = notes_from_lines(text, (0.0, 0.0), "yellow")
    assert [n.text for n in notes] == [
        "Waiting lists",
        "Forms in English only",
        "Tell it once",
        "Croeso",
        "Phone queue",
    ]
    xs = sorted({n.x for n in notes})
    ys = sorted({n.y for n in notes})
    assert len(xs) == 3 and len(ys) == 2
    assert xs[0] + xs[-1] + NOTE_SIZE == pytest.approx(0)
    assert len({n.id for n in notes}) == 5


def test_blank_text_makes_no_notes():
    assert notes_from_lines(" \n\n", (0, 0), "pink") == []
