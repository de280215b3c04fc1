"""Reading the text of an imported file: UTF-8 (with or without a BOM) as written today, or
Windows-1252 as older spreadsheets still save it; anything with NUL bytes is not text."""

from codesign.export.errors import ImportFailed


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
