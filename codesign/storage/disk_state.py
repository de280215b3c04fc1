"""What a board file held when this Codesign last read or wrote it.

Kept so that a save never silently overwrites what another program or person wrote in the
meantime. The bytes themselves are compared (by digest), not the modification time: a file
touched, or copied back unchanged by a sync tool, is no change, and a same-size change within
the two-second clock of a FAT or exFAT USB stick is still one. Reading and hashing a 3.6 MB
board takes about 6 ms, and it is only done before a save and when the file is reported
changed; a different size answers at the cost of one `stat`.
"""

import hashlib
from dataclasses import dataclass
from pathlib import Path

_CHUNK = 1 << 20


@dataclass(frozen=True)
class DiskState:
    size: int
    digest: str

    @classmethod
    def read(cls, path: Path) -> "DiskState | None":
        """The file's state now, or None when it is missing or cannot be read."""
        try:
            return cls(path.stat().st_size, _digest(path))
        except OSError:
            return None

    @classmethod
    def unknown(cls) -> "DiskState":
        """For a file whose contents we never saw: any bytes found there count as a change."""
        return cls(size=-1, digest="")

    @classmethod
    def written(cls, data: bytes) -> "DiskState":
        """The state of a file just after this Codesign wrote `data` to it: taken from our
        bytes, so a change someone makes a moment later is never mistaken for ours."""
        hasher = _hasher()
        hasher.update(data)
        return cls(len(data), hasher.hexdigest())

    def differs_from(self, path: Path) -> bool:
        """True when `path` now holds other bytes; a missing file is not a change to overwrite."""
        try:
            return path.stat().st_size != self.size or _digest(path) != self.digest
        except OSError:
            return False


def _digest(path: Path) -> str:
    hasher = _hasher()
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            hasher.update(chunk)
    return hasher.hexdigest()


def _hasher() -> "hashlib.blake2b":
    return hashlib.blake2b(digest_size=20)
