"""The front-of-the-room tools as the facilitator reaches them in the window's Present menu."""

from PySide6.QtCore import Qt

from codesign.canvas.items.base import MIN_TEXT_PROPERTY
from codesign.document import BoardDocument
from codesign.ui.front_of_room.projector import PROJECTOR_MIN_TEXT, ProjectorWindow
from codesign.ui.front_of_room.timer import TimerState
from codesign.ui.front_of_room.timer_widget import TimerControl
from tests.boards import themed_board
from tests.ui.conftest import press


def test_f5_presents_the_first_theme_and_escape_leaves(shown):
    press(shown, Qt.Key.Key_F5)
    presenter = shown.room.presenter
    assert presenter.active
    assert presenter.current == presenter.frames()[0].id
    press(shown, Qt.Key.Key_Escape)
    assert not presenter.active


def test_the_projector_shows_the_same_live_scene_and_follows_a_new_board(shown, qtbot):
    shown.actions["projector"].trigger()
    projector = shown.room.projector
    assert isinstance(projector, ProjectorWindow)
    qtbot.addWidget(projector)
    assert projector.isVisible() and shown.actions["projector"].isChecked()
    assert projector.view.scene() is shown.view.scene()
    shown.replace_document(BoardDocument(themed_board()))
    assert projector.view.scene() is shown.view.scene()
    shown.actions["projector"].trigger()
    assert not projector.isVisible()


def test_the_projector_follows_the_presentation_unless_set_free(shown, qtbot):
    assert shown.actions["projector_follow"].isChecked()
    shown.actions["projector"].trigger()
    projector = shown.room.projector
    qtbot.addWidget(projector)
    assert projector.following
    shown.actions["projector_follow"].trigger()
    assert not projector.following and not shown.room.following
    shown.actions["projector_contrast"].trigger()
    assert projector.high_contrast
    shown.actions["projector_large_text"].trigger()
    assert projector.view.viewport().property(MIN_TEXT_PROPERTY) == PROJECTOR_MIN_TEXT


def test_closing_the_frames_panel_unticks_it_and_keeps_it_closed(shown):
    shown.actions["frames_panel"].trigger()
    assert shown.room.frames_dock.isVisible()
    shown.room.frames_dock.close()
    assert not shown.actions["frames_panel"].isChecked()
    assert not shown.room.frames_dock.isVisible()


def test_the_timer_sits_in_the_status_bar_and_starts_from_the_menu(shown):
    assert shown.statusBar().findChild(TimerControl) is not None
    shown.actions["timer_toggle"].trigger()
    assert shown.room.timer.state is TimerState.RUNNING
    shown.actions["timer_reset"].trigger()
    assert shown.room.timer.state is not TimerState.RUNNING


def test_participant_mode_keeps_themes_and_the_window(shown):
    shown.room.lock.lock("2468")
    assert not shown.actions["quit"].isEnabled()
    assert not shown.actions["open"].isEnabled()
    shown.view.scene().select_ids(["c1"])
    shown.actions["delete"].trigger()
    assert shown.document.get("c1") is not None
    assert "participant mode" in shown.statusBar().currentMessage().lower()
    shown.view.scene().select_ids(["n2"])
    shown.actions["delete"].trigger()
    assert shown.document.get("n2") is not None, "the facilitator's notes stay"
    assert not shown.close()
    assert shown.isVisible()
    assert shown.room.lock.unlock("2468")
    assert shown.actions["quit"].isEnabled()
