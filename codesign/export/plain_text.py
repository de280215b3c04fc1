"""Plain text in: one note per non-empty line, in a tidy grid (a quick way to bring in a list
typed up after a session, or a column pasted from a spreadsheet)."""

from codesign.export.grid import grid_positions
from codesign.export.text_files import check_row_count, decode_text, within_text_limit
from codesign.model import Board, Note
from codesign.model.ids import new_id
from codesign.text.catalogue import translate


def board_from_text(data: bytes, source: str, title: str) -> tuple[Board, list[str]]:
    text = decode_text(data, source, translate("import", "is not a text file"))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    check_row_count(len(lines), source, translate("import", "lines"))
    warnings: list[str] = []
    notes = tuple(
        Note(id=new_id("note"), x=x, y=y, text=within_text_limit(line, warnings))
        for line, (x, y) in zip(lines, grid_positions(len(lines), 0.0, 0.0), strict=True)
    )
    if not notes:
        warnings.append(translate("import", "the file has no text, so the board is empty"))
    return Board(title=title, items=notes), warnings
