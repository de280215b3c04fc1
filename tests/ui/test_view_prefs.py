from codesign.ui.common.prefs_store import config_file
from codesign.ui.shell.view_prefs import STORE, ViewPrefs, load_prefs, save_prefs


def test_defaults_when_nothing_is_stored():
    assert load_prefs() == ViewPrefs(minimap=True, snap_to_grid=False)


def test_round_trip_and_damage():
    save_prefs(ViewPrefs(minimap=False, snap_to_grid=True))
    assert load_prefs() == ViewPrefs(minimap=False, snap_to_grid=True)
    config_file(STORE).write_text("[1, 2", encoding="utf-8")
    assert load_prefs() == ViewPrefs()
    config_file(STORE).write_text('{"minimap": "no", "snap_to_grid": 1}', encoding="utf-8")
    assert load_prefs() == ViewPrefs(minimap=True, snap_to_grid=False)
