"""Picture bytes, kept once per content hash for every open board of this Codesign.

A board record names its picture by the SHA-256 of its bytes, never holds them: the board
stays small to copy, undo and autosave, and two boards (or two copies of one photo on a board)
share one stored picture. The bytes are immutable, so a hash always means the same picture and
one store can serve every window, thread and exporter; a file is only ever added to it after
its hash is checked.
"""

import hashlib
import threading
from collections.abc import Collection
from dataclasses import dataclass

MEDIA_TYPES = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp"}
"""What a stored picture may be: the formats Qt, reportlab and browsers all draw."""
EXTENSIONS = {extension: media_type for media_type, extension in MEDIA_TYPES.items()}


@dataclass(frozen=True)
class Media:
    digest: str
    media_type: str
    data: bytes

    @property
    def file_name(self) -> str:
        """`<sha256>.<ext>`: the name inside a board file's `media/` and beside exports."""
        return media_file_name(self.digest, self.media_type)


def media_file_name(digest: str, media_type: str) -> str:
    return f"{digest}.{MEDIA_TYPES[media_type]}"


def digest_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class MediaStore:
    """Thread-safe: the autosave thread reads what the UI thread added."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._media: dict[str, Media] = {}

    def add(self, data: bytes, media_type: str) -> Media:
        if media_type not in MEDIA_TYPES:
            raise ValueError(f"not a stored picture type: {media_type}")
        media = Media(digest_of(data), media_type, data)
        with self._lock:
            return self._media.setdefault(media.digest, media)

    def get(self, digest: str) -> Media | None:
        with self._lock:
            return self._media.get(digest)

    def __contains__(self, digest: str) -> bool:
        with self._lock:
            return digest in self._media

    def keep_only(self, digests: Collection[str]) -> int:
        """Forget every picture not in `digests` (those no open board, undo step or copy
        names any more), so a day of swapping photo boards does not hold every photo in
        memory; returns how many went."""
        wanted = set(digests)
        with self._lock:
            gone = [digest for digest in self._media if digest not in wanted]
            for digest in gone:
                del self._media[digest]
        return len(gone)


_STORE = MediaStore()


def media_store() -> MediaStore:
    """The one store of this process (the pictures of every board opened or pasted)."""
    return _STORE
