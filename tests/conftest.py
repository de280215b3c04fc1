"""Test configuration: Qt renders offscreen and no test touches the user's own settings."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys

import pytest
from hypothesis import settings

settings.register_profile("ci", max_examples=100)
settings.register_profile("thorough", max_examples=3000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
"""Fuzz tests take their example count from here: HYPOTHESIS_PROFILE=thorough hunts longer."""


@pytest.fixture(autouse=True)
def _private_user_folders(tmp_path_factory, monkeypatch):
    """platformdirs reads XDG variables on Linux: point them at a fresh temporary folder."""
    home = tmp_path_factory.mktemp("home")
    for variable, folder in {
        "XDG_CONFIG_HOME": "config",
        "XDG_DATA_HOME": "data",
        "XDG_CACHE_HOME": "cache",
        "XDG_STATE_HOME": "state",
    }.items():
        monkeypatch.setenv(variable, str(home / folder))
    return home


@pytest.fixture(scope="session")
def qapp_cls():
    """The tests' QApplication speaks English plurals, as the app's does ("1 note")."""
    from PySide6.QtWidgets import QApplication

    from codesign.canvas.plurals import install_english_plurals

    class TestApplication(QApplication):
        def __init__(self, *args: object) -> None:
            super().__init__(*args)
            install_english_plurals(self)

    return TestApplication


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch):
    """A modal dialog would hang an offscreen test run: make any unexpected one fail at once."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtWidgets import QDialog, QMessageBox

    def refuse(*args, **_kwargs):
        raise AssertionError(f"unexpected modal dialog: {args[1:3]}")

    for name in ("question", "warning", "critical", "information", "exec"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    monkeypatch.setattr(QDialog, "exec", refuse)
