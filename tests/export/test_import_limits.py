"""Imports stop at what a board can hold, before making a single note: a CSV of a million
rows ran for more than five minutes."""

import pytest

from codesign.cli import main
from codesign.model.items import MAX_IMPORTED_ROWS


@pytest.mark.parametrize(
    ("suffix", "header", "what"), [(".csv", "text\n", "rows"), (".txt", "", "lines")]
)
def test_a_file_with_more_rows_than_a_board_holds_is_refused(
    capsys, tmp_path, suffix, header, what
):
    source = tmp_path / f"many{suffix}"
    source.write_text(header + "".join(f"note {i}\n" for i in range(MAX_IMPORTED_ROWS + 1)))
    assert main(["import", str(source), "-o", str(tmp_path / "b.json")]) == 2
    err = capsys.readouterr().err
    assert f"has more than {MAX_IMPORTED_ROWS:,} {what}" in err and err.count("\n") == 1
    assert not (tmp_path / "b.json").exists()
