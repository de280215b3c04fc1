import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from codesign.document import BoardDocument
from codesign.model import pin_key
from codesign.ui.common.participant_mode import ParticipantLock, allowed_while_locked
from codesign.ui.front_of_room.pin_dialog import ParticipantModeBadge, PinDialog
from tests.boards import themed_board


@pytest.fixture(autouse=True)
def _quick_hash(monkeypatch):
    monkeypatch.setattr(pin_key, "PBKDF2_ITERATIONS", 1000)


class Clock:
    """Monotonic seconds moved by hand, so the PIN back-off is tested without sleeping."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def lock(qapp, clock):
    lock = ParticipantLock()
    lock.clock = clock
    lock.attach(BoardDocument(themed_board()))
    return lock


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
    key = lock._document.pin_key
    assert b"2468" not in key.salt + key.digest
    other = BoardDocument()
    other.lock(pin_key.PinKey.make("2468"))
    assert other.pin_key.digest != key.digest


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


def test_three_tries_are_free_then_each_wait_doubles_up_to_a_minute(lock, clock):
    lock.lock("2468")
    for _ in range(3):
        assert not lock.unlock("1111")
    assert lock.seconds_to_wait() == 5
    assert not lock.unlock("2468"), "even the right PIN waits: a guess during the wait is void"
    assert lock.is_locked and lock.failed_attempts == 3
    waits = []
    for _ in range(5):
        clock.now += lock.seconds_to_wait()
        assert not lock.unlock("1111")
        waits.append(lock.seconds_to_wait())
    assert waits == [10, 20, 40, 60, 60]
    clock.now += 60
    assert lock.unlock("2468")


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
        "delete",
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
        "import",
        "export",
        "recover",
        "quit",
        "new_from_template",
        "settings",
        "ungroup",
        "delete_theme",
        "delete_theme_notes",
        "start_round",
        "close_round",
        "projector",
        "save_view",
        "frames.up",
        "frames.delete",
        "timer_toggle",
        "timer_reset",
        "timer_set",
    ],
)
def test_participants_may_not_leave_replace_or_reconfigure_the_board(key):
    assert not allowed_while_locked(key)


def test_the_dialog_locks_with_a_repeated_pin(qtbot, lock):
    dialog = PinDialog(lock)
    qtbot.addWidget(dialog)
    dialog.show()
    for pin, repeat in (("12", "12"), ("2468", "2469")):
        dialog.pin.clear()
        dialog.repeat.clear()
        qtbot.keyClicks(dialog.pin, pin)
        qtbot.keyClicks(dialog.repeat, repeat)
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert "different" in dialog.message.text()
    assert not lock.is_locked
    qtbot.keyClicks(dialog.pin, "2468")
    qtbot.keyClicks(dialog.repeat, "2468")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert lock.is_locked
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_dialog_unlocks_only_with_the_right_pin(qtbot, lock):
    lock.lock("2468")
    dialog = PinDialog(lock)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.repeat.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.pin, "0000")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert lock.is_locked
    assert "Wrong PIN. Wrong tries so far: 1." in dialog.message.text()
    assert dialog.pin.text() == ""
    assert dialog.pin.echoMode() == dialog.pin.EchoMode.Password
    qtbot.keyClicks(dialog.pin, "2468")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert not lock.is_locked
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_dialog_counts_the_wait_down_and_takes_no_pin_meanwhile(qtbot, lock, clock):
    lock.lock("2468")
    dialog = PinDialog(lock)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    for _ in range(3):
        qtbot.keyClicks(dialog.pin, "1111")
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert "Next try in 0:05" in dialog.message.text()
    assert not ok.isEnabled() and dialog.pin.isReadOnly()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    typed_to = QApplication.focusWidget()  # where the keyboard really is, as for a person
    qtbot.keyClicks(typed_to, "2468")
    assert dialog.pin.text() == ""
    qtbot.keyClick(typed_to, Qt.Key.Key_Return)
    assert dialog.isVisible(), "Enter during the wait must not press Cancel"
    assert typed_to is dialog.pin
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert lock.failed_attempts == 3 and lock.is_locked
    clock.now += 2
    qtbot.waitUntil(lambda: "Next try in 0:03" in dialog.message.text())
    clock.now += 3
    qtbot.waitUntil(ok.isEnabled)
    assert not dialog.pin.isReadOnly()
    qtbot.keyClicks(dialog.pin, "2468")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert not lock.is_locked


def test_a_dialog_opened_during_the_wait_shows_it(qtbot, lock, clock):
    lock.lock("2468")
    for _ in range(4):
        clock.now += lock.seconds_to_wait()
        lock.unlock("1111")
    dialog = PinDialog(lock)
    qtbot.addWidget(dialog)
    assert "Next try in 0:10" in dialog.message.text()
    assert dialog.pin.isReadOnly()


def test_the_badge_shows_while_locked_and_asks_for_the_pin(qtbot, lock):
    badge = ParticipantModeBadge(lock)
    qtbot.addWidget(badge)
    assert badge.isHidden()
    lock.lock("2468")
    assert not badge.isHidden()
    dialog = badge.ask_for_pin()
    qtbot.addWidget(dialog)
    assert not dialog.entering
    qtbot.keyClicks(dialog.pin, "2468")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert not lock.is_locked
    assert badge.isHidden()
