"""Reading a board file: check the wrapper, refuse newer, migrate older, validate.

The common case (a valid file of the current version) goes straight through pydantic-core's
JSON parser, which is faster than `json.loads` plus validation. Only when that fails do we take
the slow path, whose only job is to say precisely what is wrong. Two kinds of file skip the
fast path because pydantic would accept what a save could not write back (see `strict_json`):
escaped surrogates, which may be unpaired, and items of newer kinds, whose fields are free JSON.
"""

import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from codesign.model import Board, UnknownItem
from codesign.model.items import MAX_ITEMS, Picture
from codesign.storage.container import MAX_PICTURE_BYTES, is_container, read_container
from codesign.storage.errors import InvalidBoard, NewerVersion, NotABoard, UnreadableFile
from codesign.storage.fileformat import CURRENT_VERSION, FORMAT_NAME, BoardFile, KnownKindsFile
from codesign.storage.media import digest_of, media_file_name, media_store
from codesign.storage.migrations import migrate
from codesign.storage.paths import is_link_loop
from codesign.storage.strict_json import JsonProblem, load_json
from codesign.storage.validation_messages import describe_validation_error, shown
from codesign.text.catalogue import translate

MAX_FILE_BYTES = 1 << 30
_LARGEST_VERSION = 9999
"""Versions go up one step at a time; a larger number is damage, not a file from the future."""
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or an UnreadableFile that says in words why not.

    Only regular files are read: a pipe or a device (`/dev/zero`) would block or never end.
    """
    try:
        if path.is_dir():
            raise UnreadableFile(path, translate("storage", "is a folder, not a board file"))
        if not path.is_file():
            path.stat()  # a missing file is reported as missing, below
            said = translate("storage", "is not a regular file (a device or a pipe?)")
            raise UnreadableFile(path, said)
        if path.stat().st_size > MAX_FILE_BYTES:
            said = translate("storage", "is larger than 1 GiB, too large to be a board")
            raise UnreadableFile(path, said)
        return path.read_bytes()
    except FileNotFoundError:
        raise UnreadableFile(path, translate("storage", "no such file")) from None
    except PermissionError:
        said = translate("storage", "cannot be read (permission denied)")
        raise UnreadableFile(path, said) from None
    except OSError as error:
        if is_link_loop(path):
            said = translate("storage", "is a symbolic link that loops back on itself")
            raise UnreadableFile(path, said) from None
        said = translate("storage", "cannot be read ({reason})")
        raise UnreadableFile(path, said.format(reason=error.strerror or error)) from None


def load_board(path: Path | str) -> Board:
    """A board file, JSON or (with pictures) a zip; its pictures go to the media store."""
    path = Path(path)
    data = read_bytes(path)
    board = parse_board_bytes(data, path)
    if not is_container(data):
        load_media_beside(board, path.parent / "media")
    return board


def parse_board_bytes(data: bytes, source: Path | str) -> Board:
    """A board's bytes, plain JSON or a zip with its pictures (they go to the media store):
    a file's, or the one a PDF carries inside it."""
    if is_container(data):
        data, pictures = read_container(data, source)
        store = media_store()
        for media in pictures:
            store.add(media.data, media.media_type)
    return parse_board(data, source)


def load_media_beside(board: Board, folder: Path) -> None:
    """Pictures a JSON board names from a `media` folder beside it (a recovery copy keeps
    them so, each written once); one missing or damaged is left out, and drawn as missing."""
    store = media_store()
    for item in board.items:
        if not isinstance(item, Picture) or item.media in store:
            continue
        candidate = folder / media_file_name(item.media, item.media_type)
        try:
            if candidate.stat().st_size > MAX_PICTURE_BYTES:
                continue
            data = candidate.read_bytes()
        except OSError:
            continue
        if digest_of(data) == item.media:
            store.add(data, item.media_type)


def parse_board(data: bytes, source: Path | str) -> Board:
    if not _SURROGATE_ESCAPE.search(data):
        try:
            return _with_known_kinds(data)
        except ValidationError as error:
            if not _newer_kind(error):
                _refuse_too_many_items(error, source)
                return _parse_slowly(data, Path(source))
        except RecursionError:
            raise NotABoard(source, _too_deep()) from None
        try:
            board = BoardFile.model_validate_json(data).board
        except ValidationError as error:
            _refuse_too_many_items(error, source)
        except RecursionError:
            raise NotABoard(source, _too_deep()) from None
        else:
            if not any(isinstance(item, UnknownItem) for item in board.items):
                return board
    return _parse_slowly(data, Path(source))


def _with_known_kinds(data: bytes) -> Board:
    """The board of a file whose items are all of known kinds, as the `Board` it validated as
    (the subclass only told the kinds apart faster; its fields are already checked)."""
    known = KnownKindsFile.model_validate_json(data).board
    fields = {name: getattr(known, name) for name in Board.model_fields}
    return Board.model_construct(known.model_fields_set, **fields)


def _newer_kind(error: ValidationError) -> bool:
    """Whether the file failed only for want of `UnknownItem`: an item kind we do not know."""
    return any(
        problem["type"] in ("union_tag_invalid", "union_tag_not_found")
        for problem in error.errors(include_url=False, include_input=False)
    )


def _refuse_too_many_items(error: ValidationError, source: Path | str) -> None:
    """Said at once: the slow path would walk every one of the items again to say the same."""
    for problem in error.errors(include_url=False, include_input=False):
        if problem["type"] == "too_long" and tuple(problem["loc"]) == ("board", "items"):
            found = problem.get("ctx", {}).get("actual_length")
            if isinstance(found, int):
                raise InvalidBoard(source, _too_many(found))


def _parse_slowly(data: bytes, source: Path) -> Board:
    raw = _decode_json(data, source)
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        said = translate("storage", 'not a Codesign board (no "format": "{name}")')
        raise NotABoard(source, said.format(name=FORMAT_NAME))
    version = raw.get("version")
    if not _is_version(version):
        said = translate("storage", "has no valid format version (found {found})")
        raise NotABoard(source, said.format(found=shown(version)))
    if version > CURRENT_VERSION:
        raise NewerVersion(source, version, CURRENT_VERSION)
    board = raw.get("board")
    if not isinstance(board, dict):
        said = translate("storage", "invalid board at {place}: expected an object")
        raise InvalidBoard(source, said.format(place="$.board"))
    extra = sorted(set(raw) - {"format", "version", "board"})
    if extra:
        said = translate("storage", "unexpected top-level field {name}")
        raise InvalidBoard(source, said.format(name=shown(extra[0])))
    items = board.get("items")
    if isinstance(items, list) and len(items) > MAX_ITEMS:
        raise InvalidBoard(source, _too_many(len(items)))
    try:
        return Board.model_validate(migrate(board, version, CURRENT_VERSION))
    except ValidationError as error:
        raise InvalidBoard(source, describe_validation_error(error, "$.board")) from None
    except RecursionError:
        raise NotABoard(source, _too_deep()) from None


def _too_deep() -> str:
    return translate("storage", "JSON is nested too deeply to be a board")


def _too_many(found: int) -> str:
    said = translate("storage", "has {found} items; a board holds at most {most}")
    return said.format(found=f"{found:,}", most=f"{MAX_ITEMS:,}")


def _is_version(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= _LARGEST_VERSION


def _decode_json(data: bytes, source: Path) -> Any:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NotABoard(source, _not_text()) from None
    if "\x00" in text:
        raise NotABoard(source, _not_text())
    try:
        return load_json(text)
    except JsonProblem as problem:
        raise NotABoard(source, str(problem)) from None


def _not_text() -> str:
    return translate("storage", "not a text file (binary data where a board was expected)")
