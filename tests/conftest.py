"""Test configuration: Qt renders offscreen and no test touches the user's own settings."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys
from unittest import mock

import pytest
from hypothesis import settings

settings.register_profile("ci", max_examples=100, deadline=None)
settings.register_profile("thorough", max_examples=3000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
"""Fuzz tests take their example count from here: HYPOTHESIS_PROFILE=thorough hunts longer.
No deadline: a time limit per example is a timed assertion, and fails on a loaded machine."""


@pytest.fixture(scope="session")
def qapp_cls():
    """The application class the app itself runs, so "%n note(s)" reads "3 notes" in tests too."""
    from codesign.ui.common.plurals import CodesignApplication

    return CodesignApplication


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


@pytest.fixture(autouse=True)
def _english_afterwards():
    """A test that switches to Cymraeg (or the pseudo-translation) leaves English behind it."""
    yield
    from codesign.text.catalogue import use_language

    use_language("en")  # the CLI's main() and the window set the process's language
    if "codesign.ui.common.language" in sys.modules and "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtWidgets import QApplication

        from codesign.ui.common.language import PSEUDO_VARIABLE, install_language

        if QApplication.instance() is not None:
            with mock.patch.dict(os.environ):
                os.environ.pop(PSEUDO_VARIABLE, None)
                install_language("en")


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
