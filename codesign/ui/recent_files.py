"""The Open Recent list, kept as JSON in the user's config folder (platformdirs)."""

import json
import logging
from pathlib import Path

from platformdirs import user_config_path

from codesign.storage import SaveFailed, atomic_write

log = logging.getLogger(__name__)
MAX_RECENT = 10


def _store() -> Path:
    return user_config_path("codesign", appauthor=False) / "recent.json"


def recent_files() -> list[Path]:
    """The recent boards, newest first; a damaged list is treated as empty, never an error."""
    try:
        names = json.loads(_store().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(names, list):
        return []
    return [Path(name) for name in names if isinstance(name, str)][:MAX_RECENT]


def remember(path: Path) -> list[Path]:
    path = path.resolve()
    paths = [path, *(p for p in recent_files() if p != path)][:MAX_RECENT]
    store = _store()
    try:
        store.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps([str(p) for p in paths], indent=2).encode()
        atomic_write(store, data, keep_backup=False)
    except (OSError, SaveFailed) as error:
        log.warning("could not remember recent files: %s", error)
    return paths
