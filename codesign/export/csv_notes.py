"""Notes as CSV rows (id, text, colour, cluster, author, votes), for spreadsheets.

Export writes UTF-8 with a byte-order mark, because Excel only reads accented text (Welsh
included) correctly with one. Import is tolerant of what spreadsheets produce (a BOM or not,
commas, semicolons or tabs, headers in any case and order and under their usual names
(`HEADERS`: Note or Content for the text, Color, Theme or Group, Name), colour words as well as
the palette's names, extra columns) but refuses a row whose number of fields does not match
the header, naming the line, because guessing which field slipped would put text in the wrong
place.
"""

import csv
import io
import itertools
from functools import cache

from codesign.export.colour_words import palette_name
from codesign.export.errors import ImportFailed
from codesign.export.grid import CLUSTER_PADDING, CLUSTER_TITLE, GAP, grid_positions, grid_size
from codesign.export.text_files import check_row_count, decode_text, within_text_limit
from codesign.export.votes_shown import shown_tally
from codesign.model import Board, Cluster, Item, Note
from codesign.model.bilingual import BoardLanguages, pair_for_second
from codesign.model.ids import new_id
from codesign.model.items import MAX_IMPORTED_ROWS
from codesign.model.kinds import in_reading_order
from codesign.storage.validation_messages import shown
from codesign.text.catalogue import catalogue_pairs, marked, translate

COLUMNS = (
    marked("csv", "id"),
    marked("csv", "text"),
    marked("csv", "colour"),
    marked("csv", "cluster"),
    marked("csv", "author"),
    marked("csv", "votes"),
)
"""The header an export writes, each in the export's language; an import reads any of them."""
BILINGUAL_COLUMNS = ("text_cy", "text_en")
"""A bilingual board's notes also in one column per language (`text` is the first language's),
so a spreadsheet can sort and filter by either; importing them makes a bilingual board again.
Named by language code, so they read the same in both languages."""
HEADERS: dict[str, str] = {
    **{column: column for column in (*COLUMNS, *BILINGUAL_COLUMNS)},
    "note": "text",
    "notes": "text",
    "content": "text",
    "color": "colour",
    "theme": "cluster",
    "group": "cluster",
    "name": "author",
}
"""Header names (any case) -> the column they fill: what spreadsheets from other tools call
them. When two headers fill the same column, the first one is used and the other reported."""
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (CSV injection): such a cell is written
with a leading apostrophe, which spreadsheets show as text and import takes off again."""
_HEX_DIGITS = set("0123456789abcdefABCDEF")


def notes_to_csv(board: Board) -> bytes:
    """One row per note, theme by theme in board order, then notes in no theme."""
    theme = {m: c.title for c in board.of_kind(Cluster) for m in c.members}
    votes = shown_tally(board)
    notes = sorted(in_reading_order(board.of_kind(Note)), key=lambda n: n.id not in theme)
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\r\n")
    languages = board.languages
    header = [translate("csv", column) for column in COLUMNS]
    writer.writerow(header + list(BILINGUAL_COLUMNS if languages is not None else ()))
    for note in notes:
        colour = translate("colours", note.colour)
        cells = (note.id, note.text, colour, theme.get(note.id, ""), note.author or "")
        row = [*map(as_text_cell, cells), votes.get(note.id, 0)]
        if languages is not None:
            by_language = {languages.primary: note.text, languages.secondary: note.text_alt}
            row += [as_text_cell(by_language[code]) for code in ("cy", "en")]
        writer.writerow(row)
    return stream.getvalue().encode("utf-8-sig")


def board_from_csv(data: bytes, source: str, title: str) -> tuple[Board, list[str]]:
    rows = _rows(data, source)
    names = [name.strip().lower() for name in rows[0]]
    header = _columns(names)
    if "text" not in header and not set(BILINGUAL_COLUMNS) & set(header):
        raise ImportFailed(
            source,
            translate(
                "import", "has no 'text' column (a header Text, Note or Content; found: {found})"
            ).format(found=_listed(rows[0])),
        )
    warnings = []
    ignored = [name for name, column in zip(names, header, strict=True) if name and not column]
    if ignored:
        said = translate("import", "ignored column(s) not used by Codesign: {names}")
        warnings.append(said.format(names=_listed(ignored)))
    records: list[dict[str, str]] = []
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise ImportFailed(
                source,
                translate(
                    "import", "line {line} has {fields} fields but the header has {columns}"
                ).format(line=line, fields=len(row), columns=len(header)),
            )
        records.append(
            {
                column: from_text_cell(cell)
                for column, cell in zip(header, row, strict=True)
                if column
            }
        )
    if any((record.get("votes") or "0").strip() not in ("", "0") for record in records):
        warnings.append(
            translate(
                "import", "the votes column was not imported: dots need to know who placed them"
            )
        )
    languages = _languages(records)
    board = _board(records, title, warnings, languages)
    return board.model_copy(update={"languages": languages}), warnings


def _languages(records: list[dict[str, str]]) -> BoardLanguages | None:
    """A bilingual board when the rows have a text in Welsh or English columns. The first
    language is the one whose column the `text` column repeats (or which alone has text);
    Welsh on a tie."""
    if not any(record.get(column) for record in records for column in BILINGUAL_COLUMNS):
        return None
    welsh = sum(
        1 for r in records if r.get("text_cy") and (r.get("text") or "") in ("", r["text_cy"])
    )
    english = sum(
        1 for r in records if r.get("text_en") and (r.get("text") or "") in ("", r["text_en"])
    )
    english_first = english > welsh
    return pair_for_second("cy" if english_first else "en").model_copy(update={"shown": "both"})


def _columns(names: list[str]) -> list[str]:
    """The column each header fills, or "" for one Codesign does not use (or already has)."""
    used: set[str] = set()
    columns = []
    for name in names:
        column = HEADERS.get(name) or _welsh_headers().get(name, "")
        columns.append("" if column in used else column)
        used.add(column)
    return columns


@cache
def _welsh_headers() -> dict[str, str]:
    """A Welsh export's header (testun, lliw) -> the column, from the catalogue."""
    pairs = catalogue_pairs("cy")
    return {welsh.lower(): column for context, column, welsh in pairs if context == "csv"}


def as_text_cell(value: str) -> str:
    """`value` as a cell no spreadsheet runs: an apostrophe before a formula's first
    character, and before apostrophes already there when a formula follows them, so
    `from_text_cell` gives back exactly what was written."""
    return "'" + value if value.lstrip("'").startswith(FORMULA_STARTS) else value


def from_text_cell(value: str) -> str:
    """The text `as_text_cell` was given."""
    return (
        value[1:]
        if value.startswith("'") and value.lstrip("'").startswith(FORMULA_STARTS)
        else value
    )


def _listed(names: list[str]) -> str:
    """Column names for a one-line message: the first few, each cut short, and quoted when odd
    (a header cell may hold a line break or a comma)."""
    shown = [name if len(name) <= 30 else name[:30] + "…" for name in names[:8]]
    shown = [name if name.isprintable() and "," not in name else repr(name) for name in shown]
    more = translate("import", " and {count} more").format(count=len(names) - 8)
    return ", ".join(shown) + (more if len(names) > 8 else "")


def _rows(data: bytes, source: str) -> list[list[str]]:
    text = decode_text(data, source, translate("import", "is not a text file, so not a CSV file"))
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        rows = list(itertools.islice(reader, MAX_IMPORTED_ROWS + 2))
    except csv.Error as error:
        said = translate("import", "is not valid CSV ({error})")
        raise ImportFailed(source, said.format(error=error)) from None
    check_row_count(len(rows) - 1, source, translate("import", "rows"))
    if not rows:
        said = translate("import", "is empty (expected a header row with a 'text' column)")
        raise ImportFailed(source, said)
    return rows


def _board(
    records: list[dict[str, str]],
    title: str,
    warnings: list[str],
    languages: BoardLanguages | None = None,
) -> Board:
    """Notes grouped into one cluster per theme name, clusters side by side, loose notes last."""
    groups: dict[str, list[dict[str, str]]] = {}
    for record in records:
        groups.setdefault((record.get("cluster") or "").strip(), []).append(record)
    seen: set[str] = set()
    items: list[Item] = []
    left = 0.0
    for theme, members in sorted(groups.items(), key=lambda pair: pair[0] == ""):
        top = CLUSTER_TITLE if theme else 0.0
        positions = grid_positions(len(members), left + CLUSTER_PADDING, top + CLUSTER_PADDING)
        notes = [
            _note(record, seen, spot, warnings, languages)
            for record, spot in zip(members, positions, strict=True)
        ]
        items.extend(notes)
        width, height = grid_size(len(members))
        if theme:
            items.append(
                Cluster(
                    id=new_id("cluster"),
                    x=left,
                    y=0.0,
                    width=width + 2 * CLUSTER_PADDING,
                    height=height + CLUSTER_TITLE + 2 * CLUSTER_PADDING,
                    title=theme,
                    members=tuple(note.id for note in notes),
                )
            )
        left += width + 2 * CLUSTER_PADDING + 2 * GAP
    return Board(title=title, items=tuple(items))


def _note(
    record: dict[str, str],
    seen: set[str],
    spot: tuple[float, float],
    warnings: list[str],
    languages: BoardLanguages | None = None,
) -> Note:
    text, alt = record.get("text", ""), ""
    if languages is not None:
        text = record.get(f"text_{languages.primary}") or text
        alt = record.get(f"text_{languages.secondary}", "")
    note_id = (record.get("id") or "").strip()
    if not note_id or note_id in seen or len(note_id) > 200 or not note_id.isprintable():
        note_id = new_id("note")
    seen.add(note_id)
    return Note(
        id=note_id,
        x=spot[0],
        y=spot[1],
        text=within_text_limit(text, warnings),
        text_alt=within_text_limit(alt, warnings),
        colour=_colour(record.get("colour", ""), warnings),
        author=(record.get("author") or "").strip() or None,
    )


def _colour(value: str, warnings: list[str]) -> str:
    value = value.strip()
    if len(value) == 7 and value.startswith("#") and set(value[1:]) <= _HEX_DIGITS:
        return value.upper()
    named = palette_name(value)
    if named is not None:
        name, nearest = named
        if nearest:
            said = translate("import", "colour {colour} became {name}, the nearest in the palette")
            warnings.append(said.format(colour=shown(value), name=translate("colours", name)))
        return name
    if value:
        said = translate("import", "unknown colour {colour} became yellow")
        warnings.append(said.format(colour=shown(value)))
    return "yellow"
