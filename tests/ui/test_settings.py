from codesign.ui.prefs_store import config_file
from codesign.ui.settings import STORE, Settings, load_settings, save_settings


def test_defaults_when_nothing_is_stored():
    assert load_settings() == Settings()


def test_round_trip():
    chosen = Settings(
        autosave_seconds=30,
        save_automatically=True,
        paper="A3",
        projector_high_contrast=True,
        projector_large_text=True,
        language="cy",
    )
    save_settings(chosen)
    assert load_settings() == chosen


def test_a_damaged_value_falls_back_alone():
    config_file(STORE).parent.mkdir(parents=True, exist_ok=True)
    config_file(STORE).write_text(
        '{"autosave_seconds": 0, "paper": "B5", "save_automatically": true, "language": "fr"}',
        encoding="utf-8",
    )
    assert load_settings() == Settings(save_automatically=True)
    config_file(STORE).write_text("[not json", encoding="utf-8")
    assert load_settings() == Settings()
