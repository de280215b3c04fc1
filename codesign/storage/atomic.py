"""Writing a file so that a crash, a full disk or a power cut never leaves it half-written.

The new bytes go to a temporary file in the same folder (so the final rename cannot cross file
systems), are flushed and fsynced, and only then replace the target with `os.replace`, which is
atomic. Before that, the previous version is kept beside it as `NAME.bak`.
"""

import contextlib
import errno
import glob
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from codesign.storage.errors import SaveFailed
from codesign.storage.paths import is_link_loop, real_path
from codesign.text.catalogue import marked, translate

STALE_SECONDS = 600
"""A save takes well under a second, a slow share a minute: ten minutes old is a leftover."""
_RANDOM = "?" * 8
"""What `tempfile.mkstemp` puts between its prefix and suffix."""
_REASONS = {
    errno.ENOSPC: marked("storage", "the disk is full"),
    errno.EDQUOT: marked("storage", "the disk quota is used up"),
    errno.EACCES: marked("storage", "permission denied"),
    errno.EPERM: marked("storage", "permission denied"),
    errno.EROFS: marked("storage", "the place is read-only"),
    errno.ENOENT: marked("storage", "the folder does not exist"),
    errno.ENOTDIR: marked("storage", "the folder does not exist"),
    errno.EISDIR: marked("storage", "a folder of that name is in the way"),
    errno.EEXIST: marked("storage", "a file of that name is in the way"),
}


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def atomic_write(path: Path | str, data: bytes, keep_backup: bool = True) -> None:
    """Replace `path` with `data` all at once, or raise SaveFailed leaving `path` as it was.

    A link is followed: the file it points to (in a synced folder, say) gets the new bytes and
    the link stays a link, where a plain rename would have replaced the link itself."""
    if is_link_loop(path):
        said = translate(
            "storage", "could not save: it is a symbolic link that loops back on itself"
        )
        raise SaveFailed(path, said)
    atomic_write_with(path, lambda stream: stream.write(data), keep_backup)


def atomic_write_with(
    path: Path | str, writer: Callable[[BinaryIO], object], keep_backup: bool = True
) -> None:
    """As `atomic_write`, for a file written piece by piece (a board with pictures, whose
    unchanged pictures `writer` copies from the old file rather than holding them all)."""
    if is_link_loop(path):
        said = translate(
            "storage", "could not save: it is a symbolic link that loops back on itself"
        )
        raise SaveFailed(path, said)
    path = real_path(path)
    try:
        _write_then_replace(path, writer, keep_backup)
    except OSError as error:
        raise _failed(path, error) from error
    remove_leftovers(path)


def remove_leftovers(path: Path) -> None:
    """Delete the temporary files that saves of `path` killed midway left beside it (a kill
    -9 or a power cut between writing and renaming); one still being written by a save
    running now is younger than STALE_SECONDS and stays."""
    now = time.time()
    name = glob.escape(path.name)
    for pattern in (f".{name}.{_RANDOM}.tmp", f".{name}.bak.{_RANDOM}"):
        for leftover in path.parent.glob(pattern):
            with contextlib.suppress(OSError):
                if now - leftover.lstat().st_mtime > STALE_SECONDS and leftover.is_file():
                    leftover.unlink()


def ensure_folder(folder: Path) -> None:
    """Make `folder` (and its parents) or raise SaveFailed saying why, as a save would."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _failed(folder, error) from error


def _failed(path: Path, error: OSError) -> SaveFailed:
    known = _REASONS.get(error.errno or 0)
    reason = translate("storage", known) if known else error.strerror or str(error)
    return SaveFailed(path, translate("storage", "could not save: {reason}").format(reason=reason))


def _write_then_replace(
    path: Path, writer: Callable[[BinaryIO], object], keep_backup: bool
) -> None:
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
    temporary = _write_temporary(path, writer)
    try:
        if keep_backup and path.exists():
            _replace_with_copy(path, backup_path(path))
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _fsync_folder(path.parent)


def _write_temporary(path: Path, writer: Callable[[BinaryIO], object]) -> Path:
    descriptor, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "w+b") as stream:
            writer(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(name, _mode_for(path))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise
    return Path(name)


def _replace_with_copy(source: Path, target: Path) -> None:
    """The old file becomes the backup by a second name (a hard link): the save that follows
    replaces `source` with a new file rather than writing into it, so the backup costs no
    copy, which matters for a board of 120 MB of photos. A copy where links are refused."""
    descriptor, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(descriptor)
    try:
        try:
            os.unlink(name)
            os.link(source, name)
        except OSError:
            shutil.copy2(source, name)
        os.replace(name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o644


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every platform lets a folder be opened for this."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
