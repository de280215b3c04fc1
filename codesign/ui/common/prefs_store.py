"""Small JSON files of the user's preferences in the platformdirs config folder.

A missing or damaged file reads as empty and a failed write only logs: losing a preference
must never interrupt a workshop.
"""

import json
import logging
from pathlib import Path
from typing import Any

from platformdirs import user_config_path

from codesign.storage import SaveFailed, atomic_write

log = logging.getLogger(__name__)


def config_file(name: str) -> Path:
    return user_config_path("codesign", appauthor=False) / name


def read_json(name: str) -> Any:
    """The file's JSON value, or None when it is missing or not JSON."""
    try:
        return json.loads(config_file(name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def read_object(name: str) -> dict[str, Any]:
    data = read_json(name)
    return data if isinstance(data, dict) else {}


def write_json(name: str, data: object) -> None:
    store = config_file(name)
    try:
        store.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(store, json.dumps(data, indent=2).encode(), keep_backup=False)
    except (OSError, SaveFailed) as error:
        log.warning("could not keep %s: %s", name, error)
