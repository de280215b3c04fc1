from codesign.storage import migrations


def test_steps_run_in_order_from_the_file_version_to_the_current(monkeypatch):
    steps = {
        1: lambda raw: {**raw, "trail": [*raw["trail"], "1->2"]},
        2: lambda raw: {**raw, "trail": [*raw["trail"], "2->3"]},
    }
    monkeypatch.setattr(migrations, "MIGRATIONS", steps)
    assert migrations.migrate({"trail": []}, 1, 3) == {"trail": ["1->2", "2->3"]}
    assert migrations.migrate({"trail": []}, 2, 3) == {"trail": ["2->3"]}
    assert migrations.migrate({"trail": []}, 3, 3) == {"trail": []}
