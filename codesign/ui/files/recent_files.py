"""The Open Recent list, kept as JSON in the user's config folder (platformdirs)."""

from pathlib import Path

from codesign.storage.paths import real_path
from codesign.ui.common.prefs_store import read_json, write_json

MAX_RECENT = 10
STORE = "recent.json"


def recent_files() -> list[Path]:
    """The recent boards, newest first; a damaged list is treated as empty, never an error."""
    names = read_json(STORE)
    if not isinstance(names, list):
        return []
    return [Path(name) for name in names if isinstance(name, str)][:MAX_RECENT]


def remember(path: Path) -> list[Path]:
    path = real_path(path)
    paths = [path, *(p for p in recent_files() if p != path)][:MAX_RECENT]
    write_json(STORE, [str(p) for p in paths])
    return paths
