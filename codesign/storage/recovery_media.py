"""The recovery folder's `media/`: the pictures its copies name, each written once by hash.

The copies stay JSON, so an autosave of a board of photos writes only the board and any
picture new since the last one. Several Codesigns share the folder, so a picture is deleted
only when no copy left there names it, and never in its first `MEDIA_GRACE` seconds: another
Codesign writes a picture just before the copy that names it.
"""

import contextlib
import re
import time
from collections.abc import Sequence
from pathlib import Path

from codesign.storage.atomic import atomic_write, ensure_folder
from codesign.storage.media import media_store

MEDIA_GRACE = 600.0
_NAMED_MEDIA = re.compile(rb'"media"\s*:\s*"([0-9a-f]{64})"')
_MEDIA_FILE = re.compile(r"^([0-9a-f]{64})\.(jpg|png|webp)$")


def keep_pictures(folder: Path, pictures: Sequence[str]) -> None:
    """Write each picture not yet in `folder` (raises SaveFailed)."""
    if not pictures:
        return
    ensure_folder(folder)
    store = media_store()
    for digest in pictures:
        media = store.get(digest)
        if media is not None and not (folder / media.file_name).exists():
            atomic_write(folder / media.file_name, media.data, keep_backup=False)


def prune_media(recovery: Path, board_suffix: str, now: float | None = None) -> int:
    """Delete the pictures in `recovery/media` that no copy (`*board_suffix`) in `recovery`
    names, once older than MEDIA_GRACE; returns how many went."""
    try:
        stored = list((recovery / "media").iterdir())
    except OSError:
        return 0
    named: set[str] = set()
    for copy in recovery.glob(f"*{board_suffix}"):
        with contextlib.suppress(OSError):
            named.update(m.decode() for m in _NAMED_MEDIA.findall(copy.read_bytes()))
    now = time.time() if now is None else now
    gone = 0
    for path in stored:
        match = _MEDIA_FILE.match(path.name)
        if match is None or match.group(1) in named:
            continue
        with contextlib.suppress(OSError):
            if now - path.stat().st_mtime > MEDIA_GRACE:
                path.unlink()
                gone += 1
    return gone
