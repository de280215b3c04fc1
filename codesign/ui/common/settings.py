"""The facilitator's settings (Edit > Settings): autosave, default paper, projector look, language.

Kept as JSON in the platformdirs config folder. Every value is checked on the way in, so a
hand-edited or damaged file gives the defaults for what is wrong and keeps what is right. The
file carries a schema version with registered migrations (as napari's settings do), so a later
Codesign that renames or reshapes a setting upgrades the file instead of dropping the value.
"""

from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from codesign.export import PAPER_SIZES
from codesign.ui.common.prefs_store import read_object, write_json

STORE = "settings.json"
AUTOSAVE_SECONDS = (2, 60)
"""The shortest and longest autosave delay offered: long enough to batch typing, short
enough that a crash loses at most a minute."""
LANGUAGES = ("system", "cy", "en")
SCHEMA_VERSION = 1
"""Goes up when a stored setting changes meaning; each step up registers in `MIGRATIONS`."""
VERSION_KEY = "schema_version"


def _from_unversioned(data: dict[str, Any]) -> dict[str, Any]:
    """Files written before the version was kept (version 0) hold today's keys as they are."""
    return data


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _from_unversioned}
"""Maps version N to the step that turns an N settings dict into an N+1 one."""


@dataclass(frozen=True)
class Settings:
    autosave_seconds: int = 5
    """How long after an edit the recovery copy is written."""
    save_automatically: bool = False
    """Also save a board that has a file back to that file, as well as the recovery copy."""
    paper: str = "A4"
    projector_high_contrast: bool = False
    projector_large_text: bool = False
    language: str = "system"
    """ "cy", "en", or "system": the first start follows the system's language."""


def migrated(data: dict[str, Any]) -> dict[str, Any]:
    """The stored dict brought up to `SCHEMA_VERSION`; a newer file is read as it is (its
    known keys still mean what they say) and a damaged version counts as unversioned."""
    version = data.get(VERSION_KEY, 0)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        version = 0
    for step in range(version, SCHEMA_VERSION):
        data = MIGRATIONS[step](data)
    return data


def load_settings() -> Settings:
    data = migrated(read_object(STORE))
    defaults = Settings()
    seconds = data.get("autosave_seconds")
    low, high = AUTOSAVE_SECONDS
    return Settings(
        autosave_seconds=seconds
        if isinstance(seconds, int) and not isinstance(seconds, bool) and low <= seconds <= high
        else defaults.autosave_seconds,
        save_automatically=data.get("save_automatically") is True,
        paper=data["paper"] if data.get("paper") in PAPER_SIZES else defaults.paper,
        projector_high_contrast=data.get("projector_high_contrast") is True,
        projector_large_text=data.get("projector_large_text") is True,
        language=data["language"] if data.get("language") in LANGUAGES else defaults.language,
    )


def save_settings(settings: Settings) -> None:
    write_json(STORE, {VERSION_KEY: SCHEMA_VERSION, **asdict(settings)})
