"""The facilitator's settings (Edit > Settings): autosave, default paper, projector look, language.

Kept as JSON in the platformdirs config folder. Every value is checked on the way in, so a
hand-edited or damaged file gives the defaults for what is wrong and keeps what is right.
"""

from dataclasses import asdict, dataclass

from codesign.export import PAPER_SIZES
from codesign.ui.prefs_store import read_object, write_json

STORE = "settings.json"
AUTOSAVE_SECONDS = (2, 60)
"""The shortest and longest autosave delay offered: long enough to batch typing, short
enough that a crash loses at most a minute."""
LANGUAGES = ("system", "cy", "en")


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


def load_settings() -> Settings:
    data = read_object(STORE)
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
    write_json(STORE, asdict(settings))
