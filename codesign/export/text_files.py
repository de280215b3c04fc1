"""Reading the text of an imported file: UTF-8 (with or without a BOM) as written today, or
Windows-1252 as older spreadsheets still save it; anything with NUL bytes is not text."""

from codesign.export.errors import ImportFailed
from codesign.model.items import MAX_IMPORTED_ROWS, MAX_NOTE_TEXT
from codesign.text.catalogue import translate


def decode_text(data: bytes, source: str, not_text: str) -> str:
    """The file's text, or ImportFailed with `not_text` as the one-line reason."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ImportFailed(source, not_text) from None
    if "\x00" in text:
        raise ImportFailed(source, not_text)
    return text


def check_row_count(count: int, source: str, what: str, limit: int = MAX_IMPORTED_ROWS) -> None:
    """ImportFailed when a file brings more rows than a board may hold, before any is built."""
    if count > limit:
        said = translate("import", "has more than {limit} {what}, more than a board can hold")
        raise ImportFailed(source, said.format(limit=f"{limit:,}", what=what))


def within_text_limit(text: str, warnings: list[str]) -> str:
    """`text` cut to what a note may hold, with one warning (said once) when it had to be."""
    if len(text) <= MAX_NOTE_TEXT:
        return text
    said = translate("import", "text longer than {limit} characters was cut to fit a note")
    warning = said.format(limit=f"{MAX_NOTE_TEXT:,}")
    if warning not in warnings:
        warnings.append(warning)
    return text[:MAX_NOTE_TEXT]
