import json

from codesign.ui.common import settings
from codesign.ui.common.prefs_store import config_file
from codesign.ui.common.settings import (
    MIGRATIONS,
    SCHEMA_VERSION,
    STORE,
    VERSION_KEY,
    Settings,
    load_settings,
    save_settings,
)


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


def test_settings_are_written_with_their_schema_version():
    save_settings(Settings(paper="A3"))
    stored = json.loads(config_file(STORE).read_text(encoding="utf-8"))
    assert stored[VERSION_KEY] == SCHEMA_VERSION and stored["paper"] == "A3"


def test_a_file_from_before_the_version_was_kept_loads_through_the_registered_steps():
    assert sorted(MIGRATIONS) == list(range(SCHEMA_VERSION))
    config_file(STORE).parent.mkdir(parents=True, exist_ok=True)
    config_file(STORE).write_text('{"paper": "A3", "language": "cy"}', encoding="utf-8")
    assert load_settings() == Settings(paper="A3", language="cy")


def test_each_settings_migration_step_runs_in_order(monkeypatch):
    steps = {0: lambda data: {**data, "trail": "0"}, 1: lambda data: {**data, "trail": "01"}}
    monkeypatch.setattr(settings, "MIGRATIONS", steps)
    monkeypatch.setattr(settings, "SCHEMA_VERSION", 2)
    assert settings.migrated({})["trail"] == "01"
    assert settings.migrated({VERSION_KEY: 1})["trail"] == "01"
    assert "trail" not in settings.migrated({VERSION_KEY: 2})
