"""CSV, plain text and Markdown: texts survive, quoting is right, bad files are explained."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codesign.export.csv_notes import board_from_csv, notes_to_csv
from codesign.export.errors import ImportFailed
from codesign.export.markdown import board_to_markdown
from codesign.export.plain_text import board_from_text
from codesign.model import Board, Cluster, Note
from tests.boards import themed_board
from tests.strategies import boards


def no_nul(board):
    """NUL never occurs in a spreadsheet's text, so the importer takes it as a binary file."""
    words = [n.text + (n.author or "") for n in board.of_kind(Note)]
    return all("\x00" not in text for text in words + [c.title for c in board.of_kind(Cluster)])


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(boards().filter(no_nul))
def test_csv_round_trip_keeps_every_text_and_theme(board):
    again, _warnings = board_from_csv(notes_to_csv(board), "notes.csv", "notes")
    assert sorted(n.text for n in again.of_kind(Note)) == sorted(
        n.text for n in board.of_kind(Note)
    )
    theme = {m: c.title.strip() for c in board.of_kind(Cluster) for m in c.members}
    again_theme = {m: c.title for c in again.of_kind(Cluster) for m in c.members}
    assert {k: v for k, v in theme.items() if v} == again_theme


def test_csv_export_is_excel_friendly_utf8_with_bom_and_quotes():
    board = themed_board()
    note = Note(id="q", text='She said "ring me", then\nnothing; ŵ', author="Rhian")
    board = board.model_copy(update={"items": (*board.items, note)})
    data = notes_to_csv(board)
    assert data.startswith(b"\xef\xbb\xbfid,text,colour,cluster,author,votes\r\n")
    text = data.decode("utf-8-sig")
    assert 'q,"She said ""ring me"", then\nnothing; ŵ",yellow,,Rhian,0' in text
    assert "n1,Tell it once: share my story across teams,yellow,Communication,Ruth,2" in text


def test_csv_import_is_tolerant_of_spreadsheet_habits():
    data = "Text;Colour;Cluster;Owner\r\nCroeso;GREEN;Welsh;x\r\n;;;\r\nPlain;#aabbcc;;\r\n"
    board, warnings = board_from_csv(data.encode("cp1252"), "s.csv", "S")
    notes = sorted(board.of_kind(Note), key=lambda n: n.text)
    assert [(n.text, n.colour) for n in notes] == [("Croeso", "green"), ("Plain", "#AABBCC")]
    (cluster,) = board.of_kind(Cluster)
    assert cluster.title == "Welsh" and len(cluster.members) == 1
    assert warnings == ["ignored column(s) not used by Codesign: owner"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"text,colour\na,yellow,extra\n", "line 2 has 3 fields but the header has 2"),
        (b"text,colour\na\n", "line 2 has 1 fields but the header has 2"),
        (b"name,colour\na,b\n", "has no 'text' column"),
        (b"", "is empty"),
        (b"text\n\x00\x01", "not a text file"),
    ],
)
def test_bad_csv_is_refused_in_one_line(data, message):
    with pytest.raises(ImportFailed, match=message):
        board_from_csv(data, "bad.csv", "bad")


def test_csv_votes_and_unknown_colours_are_reported():
    board, warnings = board_from_csv(b"text,colour,votes\na,tartan,3\n", "v.csv", "v")
    assert next(board.of_kind(Note)).colour == "yellow"
    assert "unknown colour 'tartan' became yellow" in warnings
    assert any("votes column was not imported" in w for w in warnings)


@given(st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")))))
def test_plain_text_makes_one_note_per_non_empty_line(lines):
    data = "\n".join(lines).encode()
    board, _warnings = board_from_text(data, "list.txt", "List")
    expected = [line.strip() for line in "\n".join(lines).splitlines() if line.strip()]
    assert [n.text for n in board.of_kind(Note)] == expected
    positions = {(n.x, n.y) for n in board.of_kind(Note)}
    assert len(positions) == len(expected), "no two notes on the same spot"


def test_markdown_has_themes_as_headings_and_votes_on_bullets():
    text = board_to_markdown(themed_board()).decode()
    assert text.startswith("# All in this Together 2\n")
    assert "## Communication (2 votes)\n\n- Tell it once: share my story across teams" in text
    assert "— Ruth (2 votes)" in text
    assert text.index("## Evidence") > text.index("## Communication")


def test_markdown_puts_loose_notes_last_and_escapes_formatting():
    board = Board(
        items=(
            Note(id="a", text="*not bold* and #not-a-heading"),
            Note(id="b", text="in a theme"),
            Cluster(id="c", title="Theme", members=("b",)),
        )
    )
    text = board_to_markdown(board).decode()
    assert text.index("## Theme") < text.index("## Not in a theme")
    assert "- \\*not bold\\* and \\#not-a-heading" in text


def test_csv_and_markdown_hide_the_tally_of_an_open_secret_round():
    board = themed_board()
    secret = board.rounds[0].model_copy(update={"hide_tally": True})
    board = board.model_copy(update={"rounds": (secret,)})
    assert "votes)" not in board_to_markdown(board).decode()
    assert ",Ruth,0" in notes_to_csv(board).decode("utf-8-sig")
