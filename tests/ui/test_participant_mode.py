import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from codesign.ui import participant_mode
from codesign.ui.participant_mode import (
    ParticipantLock,
    allowed_while_locked,
    deletion_allowed,
)
from codesign.ui.pin_dialog import ParticipantModeBadge, PinDialog


@pytest.fixture(autouse=True)
def _quick_hash(monkeypatch):
    monkeypatch.setattr(participant_mode, "PBKDF2_ITERATIONS", 1000)


@pytest.fixture
def lock(qapp):
    return ParticipantLock()


def test_lock_and_unlock_with_the_pin(lock):
    changes = []
    lock.changed.connect(changes.append)
    assert not lock.is_locked
    lock.lock("2468")
    assert lock.is_locked
    assert lock.unlock("2468")
    assert not lock.is_locked
    assert changes == [True, False]


def test_only_a_salted_hash_is_kept(lock):
    lock.lock("2468")
    kept = b"".join(v for v in vars(lock).values() if isinstance(v, bytes))
    assert b"2468" not in kept
    other = ParticipantLock()
    other.lock("2468")
    assert other._hash != lock._hash


def test_a_wrong_pin_is_refused_and_counted(lock):
    refusals = []
    lock.unlock_refused.connect(refusals.append)
    lock.lock("2468")
    assert not lock.unlock("1234")
    assert not lock.unlock("")
    assert lock.is_locked
    assert lock.failed_attempts == 2
    assert refusals == [1, 2]
    assert lock.unlock("2468")
    assert lock.failed_attempts == 0


def test_a_pin_needs_four_digits(lock):
    for pin in ("", "123", "12ab"):
        with pytest.raises(ValueError, match="at least 4 digits"):
            lock.lock(pin)
    assert not lock.is_locked


@pytest.mark.parametrize(
    "key",
    [
        "new_note",
        "undo",
        "find",
        "zoom_in",
        "fit_board",
        "colour.pink",
        "align.left",
        "voting_mode",
        "rename_theme",
        "participant_mode",
    ],
)
def test_participants_may_add_move_recolour_vote_undo_zoom_and_find(key):
    assert allowed_while_locked(key)


@pytest.mark.parametrize(
    "key",
    [
        "new",
        "open",
        "save_as",
        "quit",
        "close",
        "templates",
        "settings",
        "ungroup",
        "delete_theme",
        "delete_theme_notes",
        "start_round",
        "close_round",
    ],
)
def test_participants_may_not_leave_replace_or_reconfigure_the_board(key):
    assert not allowed_while_locked(key)


def test_participants_may_delete_notes_but_not_themes_or_journeys():
    assert deletion_allowed(True, ["note", "label"])
    assert not deletion_allowed(True, ["note", "cluster"])
    assert not deletion_allowed(True, ["journey"])
    assert deletion_allowed(False, ["cluster", "journey"])


def test_the_policy_knows_the_window_actions():
    actions = pytest.importorskip("codesign.ui.actions")
    keys = {spec.key for spec in actions.ACTIONS}
    assert {"new", "open", "save_as", "quit"} <= keys
    assert not any(allowed_while_locked(k) for k in ("new", "open", "save_as", "quit"))
    assert all(allowed_while_locked(k) for k in ("new_note", "undo", "find") if k in keys)


def test_guarded_actions_are_disabled_while_locked_and_restored(lock):
    actions = {key: QAction(key) for key in ("new", "quit", "new_note", "delete", "save_as")}
    actions["save_as"].setEnabled(False)
    lock.guard_actions(actions)
    lock.lock("2468")
    assert not actions["new"].isEnabled()
    assert not actions["quit"].isEnabled()
    assert actions["new_note"].isEnabled()
    assert actions["delete"].isEnabled()
    assert lock.allows("new_note")
    assert not lock.allows("quit")
    actions["save_as"].setEnabled(True)
    assert not actions["save_as"].isEnabled()
    lock.unlock("2468")
    assert actions["new"].isEnabled()
    assert actions["quit"].isEnabled()
    assert actions["save_as"].isEnabled()
    assert lock.allows("quit")


def test_the_dialog_locks_with_a_repeated_pin(qtbot, lock):
    dialog = PinDialog(lock)
    qtbot.addWidget(dialog)
    dialog.pin.setText("12")
    dialog.repeat.setText("12")
    dialog.submit()
    assert "at least 4 digits" in dialog.message.text()
    dialog.pin.setText("2468")
    dialog.repeat.setText("2469")
    dialog.submit()
    assert "different" in dialog.message.text()
    assert not lock.is_locked
    dialog.pin.setText("2468")
    dialog.repeat.setText("2468")
    dialog.submit()
    assert lock.is_locked
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_dialog_unlocks_only_with_the_right_pin(qtbot, lock):
    lock.lock("2468")
    dialog = PinDialog(lock)
    qtbot.addWidget(dialog)
    assert not dialog.repeat.isVisibleTo(dialog)
    dialog.pin.setText("0000")
    dialog.submit()
    assert lock.is_locked
    assert "Wrong PIN. Wrong tries so far: 1." in dialog.message.text()
    assert dialog.pin.text() == ""
    assert dialog.pin.echoMode() == dialog.pin.EchoMode.Password
    dialog.pin.setText("2468")
    dialog.submit()
    assert not lock.is_locked
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_enter_in_the_dialog_submits_once(qtbot, lock):
    lock.lock("2468")
    dialog = PinDialog(lock)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pin.setFocus()
    qtbot.keyClicks(dialog.pin, "1111")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert lock.failed_attempts == 1


def test_the_badge_shows_while_locked_and_asks_for_the_pin(qtbot, lock):
    badge = ParticipantModeBadge(lock)
    qtbot.addWidget(badge)
    assert badge.isHidden()
    lock.lock("2468")
    assert not badge.isHidden()
    dialog = badge.ask_for_pin()
    qtbot.addWidget(dialog)
    assert not dialog.entering
    dialog.pin.setText("2468")
    dialog.submit()
    assert not lock.is_locked
    assert badge.isHidden()
