"""A board with pictures as one zip file: `board.json` and `media/<sha256>.<ext>`.

Chosen over SQLite by measuring (bench/media_container.py, docs/file-format.md): a zip is
still one file replaced whole by an atomic rename, which is what OneDrive and SharePoint
folders sync safely, where a database is changed in place beside its journal. Pictures are
stored, not deflated (JPEG, PNG and WebP are compressed already), in name order before
`board.json`. A save copies the unchanged pictures' bytes from the old file as they lie, with
the kernel's copy (`os.copy_file_range`), never decoding or encoding them again.
"""

import contextlib
import copy
import io
import os
import re
import struct
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from codesign.storage.atomic import atomic_write_with
from codesign.storage.errors import InvalidBoard, NotABoard
from codesign.storage.media import EXTENSIONS, Media, digest_of
from codesign.text.catalogue import translate

BOARD_MEMBER = "board.json"
MEDIA_FOLDER = "media/"
ZIP_MAGIC = b"PK\x03\x04"
MAX_PICTURE_BYTES = 50 * 1024 * 1024
"""A picture's file: a 100-megapixel phone photo is about 30 MB as a JPEG."""
MAX_MEMBERS = 20_000
"""Far more pictures than a workshop's wall, and a bound on a damaged directory."""
_MEDIA_NAME = re.compile(r"^media/([0-9a-f]{64})\.(jpg|png|webp)$")
_FIXED_TIME = (2020, 1, 1, 0, 0, 0)
"""Every member's date: the same board gives the same bytes, whenever it is saved."""
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")


def is_container(data: bytes) -> bool:
    return data.startswith(ZIP_MAGIC)


def read_container(data: bytes, source: Path | str) -> tuple[bytes, list[Media]]:
    """The board's JSON and its pictures, each checked against the hash in its name."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError):
        raise NotABoard(source, translate("storage", "a damaged zip file, not a board")) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            said = translate("storage", "has {found} parts; a board file holds at most {most}")
            raise InvalidBoard(
                source, said.format(found=f"{len(infos):,}", most=f"{MAX_MEMBERS:,}")
            )
        names = {info.filename: info for info in infos}
        if BOARD_MEMBER not in names:
            said = translate("storage", "a zip file with no {member}, not a board")
            raise NotABoard(source, said.format(member=BOARD_MEMBER))
        board = _read_member(archive, names[BOARD_MEMBER], 1 << 30, source)
        pictures = [
            _read_picture(archive, info, match, source)
            for info in infos
            if (match := _MEDIA_NAME.match(info.filename))
        ]
    return board, pictures


def _read_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, source: Path | str
) -> bytes:
    if info.file_size > limit:
        said = translate("storage", "{part} is too large ({size} bytes)")
        raise InvalidBoard(source, said.format(part=info.filename, size=f"{info.file_size:,}"))
    try:
        return archive.read(info)
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError, EOFError):
        said = translate("storage", "{part} is damaged")
        raise InvalidBoard(source, said.format(part=info.filename)) from None


def _read_picture(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, match: re.Match[str], source: Path | str
) -> Media:
    data = _read_member(archive, info, MAX_PICTURE_BYTES, source)
    digest, extension = match.group(1), match.group(2)
    if digest_of(data) != digest:
        said = translate("storage", "{part} is damaged (its bytes do not match its name)")
        raise InvalidBoard(source, said.format(part=info.filename))
    return Media(digest, EXTENSIONS[extension], data)


def container_bytes(board_json: bytes, pictures: Iterable[Media]) -> bytes:
    """The same zip as `write_container` writes, in memory: what a PDF carries inside."""
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", allowZip64=True) as archive:
        for media in sorted({m.digest: m for m in pictures}.values(), key=lambda m: m.file_name):
            info = zipfile.ZipInfo(MEDIA_FOLDER + media.file_name, _FIXED_TIME)
            archive.writestr(info, media.data, zipfile.ZIP_STORED)
        info = zipfile.ZipInfo(BOARD_MEMBER, _FIXED_TIME)
        archive.writestr(info, board_json, zipfile.ZIP_DEFLATED, 6)
    return stream.getvalue()


def write_container(
    path: Path, board_json: bytes, pictures: Iterable[Media], keep_backup: bool = True
) -> None:
    """Replace `path` atomically with a zip of the board and its pictures; raises SaveFailed."""
    ordered = sorted({m.digest: m for m in pictures}.values(), key=lambda m: m.file_name)

    def write(stream: BinaryIO) -> None:
        with _old_file(path) as old, zipfile.ZipFile(stream, "w", allowZip64=True) as archive:
            for media in ordered:
                name = MEDIA_FOLDER + media.file_name
                if not _copy_unchanged(old, name, media, archive, stream):
                    info = zipfile.ZipInfo(name, _FIXED_TIME)
                    archive.writestr(info, media.data, zipfile.ZIP_STORED)
            info = zipfile.ZipInfo(BOARD_MEMBER, _FIXED_TIME)
            archive.writestr(info, board_json, zipfile.ZIP_DEFLATED, 6)

    atomic_write_with(path, write, keep_backup)


@contextlib.contextmanager
def _old_file(path: Path):  # noqa: ANN202 - a context manager of an optional pair
    """The board's previous file as a zip, when it is one: the source of unchanged pictures."""
    try:
        stream = path.open("rb")
    except OSError:
        yield None
        return
    with stream:
        try:
            if stream.read(4) != ZIP_MAGIC:
                yield None
                return
            archive = zipfile.ZipFile(stream)
        except (OSError, zipfile.BadZipFile, ValueError):
            yield None
            return
        with archive:
            yield archive, stream


def _copy_unchanged(
    old: tuple[zipfile.ZipFile, BinaryIO] | None,
    name: str,
    media: Media,
    archive: zipfile.ZipFile,
    stream: BinaryIO,
) -> bool:
    """Copy `name`'s local record from the old file byte for byte, if it holds our bytes
    (size and CRC agree: a file changed behind our back is written from memory instead)."""
    if old is None:
        return False
    source, source_stream = old
    try:
        info = source.getinfo(name)
    except KeyError:
        return False
    if (
        info.compress_type != zipfile.ZIP_STORED
        or info.flag_bits & 0x08
        or info.file_size != len(media.data)
        or zlib.crc32(media.data) != info.CRC
    ):
        return False
    source_stream.seek(info.header_offset)
    header = source_stream.read(_LOCAL_HEADER.size)
    if len(header) != _LOCAL_HEADER.size or not header.startswith(ZIP_MAGIC):
        return False
    name_length, extra_length = _LOCAL_HEADER.unpack(header)[-2:]
    length = _LOCAL_HEADER.size + name_length + extra_length + info.compress_size
    copied = copy.copy(info)
    copied.header_offset = stream.tell()
    _copy_range(source_stream, info.header_offset, stream, length)
    archive.filelist.append(copied)
    archive.NameToInfo[copied.filename] = copied
    archive.start_dir = stream.tell()
    return True


def _copy_range(source: BinaryIO, offset: int, target: BinaryIO, length: int) -> None:
    target.flush()
    start = target.tell()
    done = 0
    with contextlib.suppress(OSError, AttributeError):
        while done < length:
            moved = os.copy_file_range(
                source.fileno(), target.fileno(), length - done, offset + done, start + done
            )
            if moved == 0:
                break
            done += moved
    source.seek(offset + done)
    target.seek(start + done)
    while done < length:
        chunk = source.read(min(1 << 20, length - done))
        if not chunk:
            raise OSError("the old board file ended early")
        target.write(chunk)
        done += len(chunk)
