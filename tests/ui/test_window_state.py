"""The window's place and its docks come back next time, unless what was stored is no use."""

import json

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QToolBar

from codesign.ui.common.prefs_store import config_file
from codesign.ui.shell.window_state import (
    STORE,
    on_some_screen,
    restore_window_state,
)
from tests.ui.conftest import make_window


def test_every_dock_and_toolbar_has_its_own_stable_name(shown):
    """restoreState finds docks and toolbars by objectName: an unnamed one is silently lost."""
    names = [w.objectName() for w in shown.findChildren(QDockWidget)]
    names += [w.objectName() for w in shown.findChildren(QToolBar)]
    assert len(names) >= 4
    assert all(names)
    assert len(set(names)) == len(names)


def test_geometry_and_docks_round_trip(qtbot):
    first = make_window(qtbot)
    first.resize(first.screen().availableGeometry().size() * 0.7)
    first.actions["themes_panel"].setChecked(True)
    first.actions["frames_panel"].setChecked(True)
    first.actions["voting_panel"].setChecked(False)
    first.close()
    assert config_file(STORE).exists()

    second = make_window(qtbot)
    assert not second.clusters.panel.isVisible()
    assert restore_window_state(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.size() == first.size()
    assert second.clusters.panel.isVisible()
    assert second.room.frames_dock.isVisible()
    assert second.actions["themes_panel"].isChecked()
    assert not second.voting.panel.isVisible()


def test_a_window_that_does_not_close_saves_nothing(qtbot, monkeypatch):
    window = make_window(qtbot)
    monkeypatch.setattr(window.room, "may_close", lambda: False)
    window.close()
    assert not config_file(STORE).exists()
    monkeypatch.undo()


def test_nothing_stored_means_nothing_restored(qtbot):
    assert not restore_window_state(make_window(qtbot))


def test_damaged_state_is_ignored(qtbot):
    window = make_window(qtbot)
    store = config_file(STORE)
    store.parent.mkdir(parents=True, exist_ok=True)
    for damaged in (
        "[not json",
        "[]",
        '{"geometry": "%%%", "state": "AAAA", "rect": [0, 0, 800, 600]}',
        '{"geometry": "AAAA", "state": "AAAA", "rect": [0, 0, 800, 600]}',
        '{"geometry": "AAAA", "rect": "somewhere"}',
    ):
        store.write_text(damaged, encoding="utf-8")
        size = window.size()
        assert not restore_window_state(window), damaged
        assert window.size() == size


def test_damaged_dock_state_keeps_the_restored_geometry(qtbot):
    first = make_window(qtbot)
    first.close()
    data = json.loads(config_file(STORE).read_text(encoding="utf-8"))
    data["state"] = "bm90IGEgc3RhdGU="
    config_file(STORE).write_text(json.dumps(data), encoding="utf-8")
    assert restore_window_state(make_window(qtbot))


def test_a_window_left_on_a_screen_that_is_gone_is_not_restored(qtbot):
    first = make_window(qtbot)
    first.close()
    data = json.loads(config_file(STORE).read_text(encoding="utf-8"))
    everywhere = QRect()
    for screen in QGuiApplication.screens():
        everywhere = everywhere.united(screen.availableGeometry())
    data["rect"] = [everywhere.right() + 500, 0, 1280, 800]
    config_file(STORE).write_text(json.dumps(data), encoding="utf-8")
    assert not restore_window_state(make_window(qtbot))


def test_on_some_screen_wants_a_graspable_piece_on_one_screen():
    laptop = QRect(0, 0, 1920, 1080)
    projector = QRect(1920, 0, 1280, 720)
    assert on_some_screen(QRect(100, 100, 800, 600), [laptop])
    assert on_some_screen(QRect(2000, 100, 800, 600), [laptop, projector])
    assert not on_some_screen(QRect(2000, 100, 800, 600), [laptop])
    assert not on_some_screen(QRect(1900, 100, 800, 600), [laptop])
    assert not on_some_screen(QRect(100, 100, 800, 600), [])
