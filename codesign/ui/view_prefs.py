"""The facilitator's view preferences (minimap shown, snap to grid), kept between sessions.

Stored as JSON beside the recent-files list; a missing or damaged file means the defaults, and a
failed write only logs, since losing a preference must never interrupt a workshop.
"""

import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path

from platformdirs import user_config_path

from codesign.storage import SaveFailed, atomic_write

log = logging.getLogger(__name__)


@dataclass
class ViewPrefs:
    minimap: bool = True
    snap_to_grid: bool = False


def _store() -> Path:
    return user_config_path("codesign", appauthor=False) / "view.json"


def load_prefs() -> ViewPrefs:
    try:
        data = json.loads(_store().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ViewPrefs()
    if not isinstance(data, dict):
        return ViewPrefs()
    defaults = ViewPrefs()
    return ViewPrefs(
        minimap=data.get("minimap", defaults.minimap) is not False,
        snap_to_grid=data.get("snap_to_grid", defaults.snap_to_grid) is True,
    )


def save_prefs(prefs: ViewPrefs) -> None:
    store = _store()
    try:
        store.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(store, json.dumps(asdict(prefs), indent=2).encode(), keep_backup=False)
    except (OSError, SaveFailed) as error:
        log.warning("could not keep the view preferences: %s", error)
