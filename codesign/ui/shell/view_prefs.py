"""The facilitator's view preferences (minimap shown, snap to grid), kept between sessions."""

from dataclasses import asdict, dataclass

from codesign.ui.common.prefs_store import read_object, write_json

STORE = "view.json"


@dataclass
class ViewPrefs:
    minimap: bool = True
    snap_to_grid: bool = False


def load_prefs() -> ViewPrefs:
    data = read_object(STORE)
    return ViewPrefs(
        minimap=data.get("minimap") is not False,
        snap_to_grid=data.get("snap_to_grid") is True,
    )


def save_prefs(prefs: ViewPrefs) -> None:
    write_json(STORE, asdict(prefs))
