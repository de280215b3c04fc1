"""CSV files from other tools: the usual header spellings and colour words come in."""

import pytest

from codesign.cli import main
from codesign.export.csv_notes import board_from_csv
from codesign.model import Cluster, Note
from codesign.storage import load_board


def notes_of(board) -> dict[str, tuple[str, str | None]]:
    return {note.text: (note.colour, note.author) for note in board.of_kind(Note)}


@pytest.mark.parametrize(
    "header",
    [
        "Note,Color,Theme,Name",
        "CONTENT;COLOUR;GROUP;AUTHOR",
        "text\tcolor\tcluster\tname",
        "Content,Colour,Cluster,Author",
    ],
)
def test_the_usual_header_spellings_fill_text_colour_theme_and_author(header):
    delimiter = next(d for d in ",;\t" if d in header)
    rows = [
        ["Letters arrive late", "Pink", "Letters", "Ruth"],
        ["Croeso at the door", "green", "Welsh", "Rhian"],
        ["Plain English", "Blue", "Letters", ""],
    ]
    data = "\n".join([header, *(delimiter.join(row) for row in rows)]).encode()
    board, warnings = board_from_csv(data, "sheet.csv", "Sheet")
    assert warnings == []
    assert notes_of(board) == {
        "Letters arrive late": ("pink", "Ruth"),
        "Croeso at the door": ("green", "Rhian"),
        "Plain English": ("blue", None),
    }
    themes = {cluster.title: len(cluster.members) for cluster in board.of_kind(Cluster)}
    assert themes == {"Letters": 2, "Welsh": 1}


def test_colour_words_and_palette_names_in_any_case():
    data = (
        "Note,Colour\n"
        "a,YELLOW\nb,gray\nc,Light Blue\nd,sky-blue\ne,melyn\nf,Gwyrdd\ng,#00ff00\nh,red\ni,\n"
    )
    board, warnings = board_from_csv(data.encode(), "c.csv", "C")
    colours = {note.text: note.colour for note in board.of_kind(Note)}
    assert colours == {
        "a": "yellow",
        "b": "grey",
        "c": "blue",
        "d": "blue",
        "e": "yellow",
        "f": "green",
        "g": "#00FF00",
        "h": "pink",
        "i": "yellow",
    }
    assert warnings == ["colour 'red' became pink, the nearest in the palette"]


def test_a_second_column_for_the_same_field_is_reported_not_mixed_in():
    data = b"Note,Content,Colour\nfirst,second,teal\n"
    board, warnings = board_from_csv(data, "two.csv", "Two")
    assert [note.text for note in board.of_kind(Note)] == ["first"]
    assert warnings == ["ignored column(s) not used by Codesign: content"]


def test_no_text_column_names_the_spellings_accepted(tmp_path, capsys):
    source = tmp_path / "names.csv"
    source.write_bytes(b"Title,Colour\nx,yellow\n")
    assert main(["import", str(source), "-o", str(tmp_path / "b.codesign.json")]) == 2
    err = capsys.readouterr()[1]
    assert err.count("\n") == 1
    assert "has no 'text' column (a header Text, Note or Content; found: Title, Colour)" in err


def test_the_cli_imports_a_color_column(tmp_path, capsys):
    source = tmp_path / "miro.csv"
    source.write_text("Content,Color,Group\nLetters arrive late,Orange,Letters\n")
    board_file = tmp_path / "miro.codesign.json"
    assert main(["import", str(source), "-o", str(board_file)]) == 0
    assert capsys.readouterr()[1] == ""
    (note,) = load_board(board_file).of_kind(Note)
    assert note.colour == "orange"
