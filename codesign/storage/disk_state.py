"""What a board file looked like on disk when this Codesign last read or wrote it.

Kept so that a save never silently overwrites what another program or person wrote in the
meantime. The time and size are compared first because that costs one `stat`; the bytes are
hashed only when those differ, so a file that was touched, or copied back unchanged by a sync
tool, does not count as changed. Reading and hashing a 3.6 MB board takes about 6 ms.
"""

import hashlib
from dataclasses import dataclass
from pathlib import Path

_CHUNK = 1 << 20


@dataclass(frozen=True)
class DiskState:
    mtime_ns: int
    size: int
    digest: str

    @classmethod
    def read(cls, path: Path) -> "DiskState | None":
        """The file's state now, or None when it is missing or cannot be read."""
        try:
            stat = path.stat()
            digest = _digest(path)
        except OSError:
            return None
        return cls(stat.st_mtime_ns, stat.st_size, digest)

    @classmethod
    def unknown(cls) -> "DiskState":
        """For a file whose contents we never saw: any bytes found there count as a change."""
        return cls(mtime_ns=-1, size=-1, digest="")

    @classmethod
    def written(cls, path: Path, data: bytes) -> "DiskState | None":
        """The state of `path` just after this Codesign wrote `data` to it: the digest is of
        our bytes, so a change someone makes a moment later is never mistaken for ours."""
        try:
            stat = path.stat()
        except OSError:
            return None
        return cls(stat.st_mtime_ns, stat.st_size, _digest_bytes(data))

    def differs_from(self, path: Path) -> bool:
        """True when `path` now holds other bytes; a missing file is not a change to overwrite."""
        try:
            stat = path.stat()
            if stat.st_mtime_ns == self.mtime_ns and stat.st_size == self.size:
                return False
            return _digest(path) != self.digest
        except OSError:
            return False


def _digest(path: Path) -> str:
    hasher = _hasher()
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            hasher.update(chunk)
    return hasher.hexdigest()


def _digest_bytes(data: bytes) -> str:
    hasher = _hasher()
    hasher.update(data)
    return hasher.hexdigest()


def _hasher() -> "hashlib.blake2b":
    return hashlib.blake2b(digest_size=20)
