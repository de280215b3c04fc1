"""The pseudo-translation: every text 40 % longer, and no label or button clipped by it.

Welsh runs longer than English ("Cadw’r bwrdd fel" for "Save board as"); any language will.
With CODESIGN_PSEUDO=1 each text is the English made 40 % longer, so a dialog that clips a
label or a button now will clip a real translation later. Run the app that way to look.
"""

import pytest
from PySide6.QtWidgets import QAbstractButton, QDialog, QDockWidget, QLabel, QWidget

from codesign.ui.common.language import PSEUDO_VARIABLE, install_language
from codesign.ui.dialogs.settings_dialog import SettingsDialog
from tests.ui.conftest import make_window


@pytest.fixture
def pseudo(monkeypatch, qtbot, qapp):
    """The window built with every text already long, as a longer language builds it."""
    monkeypatch.setenv(PSEUDO_VARIABLE, "1")
    install_language("en")
    return make_window(qtbot)


def clipped(shown: QWidget) -> list[str]:
    """Texts shown narrower than they need: buttons, check boxes and one-line labels."""
    shown.grab()  # lays the widgets out as they are drawn
    found = []
    for widget in shown.findChildren(QAbstractButton) + shown.findChildren(QLabel):
        if not widget.isVisible() or (isinstance(widget, QLabel) and widget.wordWrap()):
            continue
        needed = widget.minimumSizeHint().width()
        if widget.width() < needed:
            found.append(f"{widget.text()!r}: {widget.width()} < {needed}")
        elif 0 < widget.visibleRegion().boundingRect().width() < widget.width():
            found.append(f"{widget.text()!r}: cut off by the edge of what holds it")
    return found


def visible(window, kind: type[QDialog]) -> QDialog:
    [dialog] = [d for d in window.findChildren(kind) if d.isVisible()]
    return dialog


def test_every_text_is_longer_and_bracketed(pseudo):
    assert pseudo.actions["save"].text().startswith("[&Save")
    assert pseudo.actions["save"].text().endswith("··]")


def test_settings_clip_no_text_when_texts_grow(pseudo):
    pseudo.actions["settings"].trigger()
    assert clipped(visible(pseudo, SettingsDialog)) == []


def test_export_dialog_clips_no_text_when_texts_grow(pseudo):
    pseudo.actions["export"].trigger()
    from codesign.ui.files.export_dialog import ExportDialog

    assert clipped(visible(pseudo, ExportDialog)) == []


def test_voting_round_dialog_clips_no_text_when_texts_grow(pseudo):
    pseudo.actions["start_round"].trigger()
    from codesign.ui.voting.round_dialog import RoundDialog

    assert clipped(visible(pseudo, RoundDialog)) == []


@pytest.mark.parametrize("panel", ["voting_panel", "themes_panel", "frames_panel"])
def test_side_panels_clip_no_text_when_texts_grow(pseudo, qtbot, panel):
    """The texts grow after the panels were built, as when Cymraeg is chosen in Settings."""
    qtbot.wait(10)  # Qt delivers the language change, and panels measure themselves again
    if not pseudo.actions[panel].isChecked():
        pseudo.actions[panel].trigger()
    qtbot.wait(10)  # and the window lays itself out again around the new widths
    docks = [d for d in pseudo.findChildren(QDockWidget) if d.isVisible()]
    assert docks
    for dock in docks:
        assert clipped(dock) == []


def test_the_find_bar_and_status_line_clip_no_text_when_texts_grow(pseudo):
    pseudo.actions["find"].trigger()
    assert clipped(pseudo.find_bar) == []
    assert clipped(pseudo.statusBar()) == []


def test_the_main_window_clips_no_text_when_texts_grow(pseudo, qtbot):
    """The toolbar, the status line and the Voting panel beside the board, at the usual size."""
    if not pseudo.actions["voting_panel"].isChecked():
        pseudo.actions["voting_panel"].trigger()
    qtbot.wait(10)  # the window lays itself out again around the panel
    found = clipped(pseudo)
    assert found == [], "\n".join(found)
