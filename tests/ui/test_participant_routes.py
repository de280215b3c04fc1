"""Participant mode played as a participant who wants to break things: every route (keys, menus,
toolbars, the touch toolbar, right-click and long-press menus, panel buttons, paste, the system's
open-file event) runs through real events on the real window, and the lock refuses each one."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QFileOpenEvent, QInputDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QLineEdit,
    QMenu,
    QToolButton,
)

from codesign.canvas.touch import LONG_PRESS_MS
from codesign.commands.clusters import make_cluster
from codesign.commands.journeys import create_journey
from codesign.commands.votes import start_round
from codesign.document import BoardDocument
from codesign.model import Board, Cluster, JourneyMap, Note, Participant, VotingRound, pin_key
from codesign.model.participant_policy import ALLOWED_WHILE_LOCKED
from codesign.storage import load_board, save_board
from codesign.storage.templates import board_from_template
from codesign.ui.common.actions import SPECS
from codesign.ui.common.participant_mode import allowed_while_locked, default_action, policy_key
from codesign.ui.front_of_room.timer import TimerState
from tests.boards import themed_board
from tests.ui.conftest import at, drag, make_active_window, press

PIN = "2468"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def _quick_hash(monkeypatch):
    monkeypatch.setattr(pin_key, "PBKDF2_ITERATIONS", 1000)


@pytest.fixture
def dialogs(monkeypatch) -> list[str]:
    """Every file dialog asked for: none may open while the board is locked."""
    asked: list[str] = []

    def ask(name):
        def record(*_args, **_kwargs):
            asked.append(name)
            return ("", "") if name != "directory" else ""

        return record

    monkeypatch.setattr(QFileDialog, "getOpenFileName", ask("open"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask("save"))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", ask("directory"))
    return asked


def lock_by_hand(qtbot, window) -> None:
    """Ctrl+Shift+L, then the PIN typed twice and Enter, as the facilitator does."""
    press(window, Qt.Key.Key_L, CTRL | SHIFT)
    dialog = window.room.pin_dialog
    assert dialog is not None and dialog.isVisible()
    QTest.keyClicks(dialog.pin, PIN)
    QTest.keyClicks(dialog.repeat, PIN)
    QTest.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert window.document.is_locked
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def facilitators_board() -> BoardDocument:
    """The themed board after a morning's work: a round, a journey map and a new theme."""
    document = BoardDocument(themed_board())
    start_round(document, "Which idea first?")
    create_journey(document, 0, 900)
    make_cluster(document, ["n4"], "Waiting")
    return document


@pytest.fixture
def locked(qtbot):
    window = make_active_window(qtbot, facilitators_board())
    lock_by_hand(qtbot, window)
    return window


def records(window) -> dict:
    return {key: window.document.get(key) for key in window.document.snapshot().records}


def add_note_by_hand(window, text: str) -> str:
    """N at the pointer over open canvas, typed, then Escape."""
    QTest.mouseMove(window.view.viewport(), at(window, 500, 260))
    before = {n.id for n in window.document.records_of(Note)}
    press(window, Qt.Key.Key_N)
    QTest.keyClicks(window.focusWidget(), text)
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Escape)
    [added] = {n.id for n in window.document.records_of(Note)} - before
    return added


def click_item(window, x: float, y: float) -> None:
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=at(window, x, y))
    QTest.qWait(20)  # a person's pause: the menus catch up with the selection


def test_five_ctrl_z_take_nothing_the_facilitator_made(locked, tmp_path):
    window = locked
    kinds = (VotingRound, JourneyMap, Cluster)
    made = {cls: {r.id for r in window.document.records_of(cls)} for cls in kinds}
    assert not window.actions["undo"].isEnabled(), "the barrier shows as a disabled Undo"
    added = add_note_by_hand(window, "Bench at the bus stop")
    assert window.actions["undo"].isEnabled()
    for _ in range(5):
        press(window, Qt.Key.Key_Z, CTRL)
    assert added not in window.document
    assert {cls: {r.id for r in window.document.records_of(cls)} for cls in kinds} == made
    assert not window.actions["undo"].isEnabled()
    touch_undo = window.touch.toolbar.buttons["undo"]
    assert not touch_undo.isEnabled()
    window.actions["touch_toolbar"].setChecked(True)
    QTest.mouseClick(touch_undo, Qt.MouseButton.LeftButton)
    assert {cls: {r.id for r in window.document.records_of(cls)} for cls in kinds} == made
    press(window, Qt.Key.Key_Z, CTRL | SHIFT)  # redo: the participant's note comes back
    assert added in window.document


def test_ctrl_s_writes_the_facilitators_work_to_the_file(qtbot, tmp_path):
    path = tmp_path / "morning.codesign.json"
    document = facilitators_board()
    save_board(document.board(), path)
    window = make_active_window(qtbot, BoardDocument.open(path))
    start_round(window.document, "Second round")
    lock_by_hand(qtbot, window)
    for _ in range(5):
        press(window, Qt.Key.Key_Z, CTRL)
    press(window, Qt.Key.Key_S, CTRL)
    saved = load_board(path)
    assert {r.title for r in saved.rounds} >= {"Which idea first?", "Second round"}
    assert any(isinstance(item, JourneyMap) for item in saved.items)


def test_one_delete_on_serviceland_removes_no_note(qtbot):
    window = make_active_window(qtbot, BoardDocument(board_from_template("serviceland")))
    notes = len(list(window.document.records_of(Note)))
    assert notes == 44
    lock_by_hand(qtbot, window)
    press(window, Qt.Key.Key_A, CTRL)
    press(window, Qt.Key.Key_Delete)
    press(window, Qt.Key.Key_X, CTRL)
    window.view.board_scene.select_ids([n.id for n in window.document.records_of(Note)])
    press(window, Qt.Key.Key_Delete)  # the notes alone, without the map they sit in
    assert len(list(window.document.records_of(Note))) == notes
    assert "only notes added since" in window.statusBar().currentMessage()


def test_participants_delete_the_notes_they_added(locked):
    window = locked
    added = add_note_by_hand(window, "Ask at the library")
    note = window.document.get(added)
    click_item(window, note.x + 80, note.y + 100)
    press(window, Qt.Key.Key_Delete)
    assert added not in window.document
    click_item(window, 80, 100)  # n1, the facilitator's
    press(window, Qt.Key.Key_Backspace)
    assert "n1" in window.document


def test_a_theme_keeps_its_title(locked):
    window = locked
    click_item(window, 200, -40)  # c1's title bar
    press(window, Qt.Key.Key_R, CTRL)
    editor = window.view.viewport().findChild(QLineEdit, "ThemeTitleEditor")
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    QTest.keyClick(editor, Qt.Key.Key_Backspace)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert window.document.get("c1").title == "Communication"
    assert window.statusBar().currentMessage() == "Participant mode: a theme keeps its title"


def test_a_theme_keeps_its_last_note(locked):
    window = locked
    drag(window, at(window, 80, 100), at(window, 700, 100))  # n1 out of c1: n2 stays
    assert window.document.get("c1").members == ("n2",)
    drag(window, at(window, 260, 100), at(window, 700, 300))  # n2 out: refused
    assert window.document.get("c1").members == ("n2",)
    assert window.view.board_scene.graphics_item("n2").pos().x() == 180
    assert "keeps at least one note" in window.statusBar().currentMessage()


def test_no_file_dialog_and_no_other_board_while_locked(locked, dialogs, tmp_path, qtbot):
    window = locked
    before = records(window)
    for key, modifiers in (
        (Qt.Key.Key_O, CTRL),
        (Qt.Key.Key_N, CTRL),
        (Qt.Key.Key_N, CTRL | SHIFT),
        (Qt.Key.Key_S, CTRL | SHIFT),
        (Qt.Key.Key_I, CTRL),
        (Qt.Key.Key_E, CTRL),
        (Qt.Key.Key_Q, CTRL),
    ):
        press(window, key, modifiers)
    assert dialogs == []
    other = tmp_path / "other.codesign.json"
    save_board(themed_board(), other)
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(other)))
    assert window.document.path is None and records(window) == before
    file_menu = window.menuBar().actions()[0].menu()
    recent = next(a for a in file_menu.actions() if a.menu() is not None)
    assert not recent.isEnabled(), "File > Open Recent is off"
    present = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Present")
    screens = next(a for a in present.actions() if a.menu() is window.room.screen_menu)
    assert not screens.isEnabled(), "the projector screen choice is off"
    assert window.isVisible()


def test_ctrl_s_on_a_board_with_no_file_keeps_the_recovery_copy(locked, dialogs, qtbot):
    window = locked
    add_note_by_hand(window, "Kept in the copy")
    press(window, Qt.Key.Key_S, CTRL)
    assert dialogs == []
    assert window.statusBar().currentMessage().startswith("Kept in the recovery copy")
    window.recovery.autosaver.flush()
    [entry] = window.recovery.store.entries()
    assert entry.lock is not None and PIN not in str(entry.lock)
    assert "Kept in the copy" in {
        getattr(i, "text", "") for i in load_board(entry.board_file).items
    }


def test_paste_adds_notes_but_no_journey_map(locked):
    window = locked
    [journey] = window.document.records_of(JourneyMap)
    window.view.board_scene.select_ids([journey.id])
    press(window, Qt.Key.Key_C, CTRL)
    press(window, Qt.Key.Key_V, CTRL)
    assert len(list(window.document.records_of(JourneyMap))) == 1
    assert "journey maps keep" in window.statusBar().currentMessage()
    window.view.board_scene.select_ids(["n1"])
    press(window, Qt.Key.Key_C, CTRL)
    press(window, Qt.Key.Key_V, CTRL)
    assert len(list(window.document.records_of(Note))) == 5


def test_the_long_press_menu_offers_only_what_the_lock_allows(locked, qtbot, monkeypatch):
    window = locked
    popped: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, *_args: popped.append(menu))
    finger = QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)
    before = records(window)
    for spot in ((100, 185), (500, 260)):  # the theme c1 below its notes, then open canvas
        where = at(window, *spot)
        QTest.touchEvent(window.view.viewport(), finger).press(0, where).commit()
        count = len(popped)
        qtbot.waitUntil(lambda: len(popped) > count, timeout=LONG_PRESS_MS * 5)  # noqa: B023
        QTest.touchEvent(window.view.viewport(), finger).release(0, where).commit()
    theme_menu, canvas_menu = popped
    entries = {a.text().replace("&", ""): a for a in _menu_actions(theme_menu)}
    for text in (
        "Cut",
        "Delete",
        "Ungroup",
        "Delete theme, keep notes",
        "Delete theme with its notes",
    ):
        assert not entries[text].isEnabled()
    entries["Delete"].trigger()  # even triggered from code, the document refuses it
    canvas = {a.text().replace("&", ""): a for a in _menu_actions(canvas_menu)}
    assert not canvas["New journey map"].isEnabled()
    canvas["New journey map"].trigger()
    assert records(window) == before


def test_the_right_click_menu_greys_out_removing_the_facilitators_theme(locked, monkeypatch):
    """Cut and Delete are offered for notes participants added, not for what was there."""
    window = locked
    added = add_note_by_hand(window, "Ring me back")
    theme = right_click_menu(window, monkeypatch, 200, -40)  # the theme c1
    assert window.view.board_scene.selected_ids() == ["c1"]
    assert not theme["Cut"].isEnabled()
    assert not theme["Delete"].isEnabled()
    assert theme["Copy"].isEnabled()
    new = window.document.get(added)
    note = right_click_menu(window, monkeypatch, new.x + 80, new.y + 100)
    assert window.view.board_scene.selected_ids() == [added]
    assert note["Delete"].isEnabled()
    note["Delete"].trigger()
    assert window.document.get(added) is None


def right_click_menu(window, monkeypatch, x: float, y: float) -> dict:
    """The entries of the menu a right-click at board point (x, y) pops up, by their text."""
    popped: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, *_args: popped.append(menu))
    where = at(window, x, y)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, where, window.view.viewport().mapToGlobal(where)
    )
    QApplication.sendEvent(window.view.viewport(), event)
    QTest.qWait(20)  # a person's pause: the shared actions catch up with the selection
    [menu] = popped
    return {a.text().replace("&", ""): a for a in _menu_actions(menu)}


def _menu_actions(menu: QMenu) -> list:
    found = []
    for action in menu.actions():
        found.append(action)
        if action.menu() is not None:
            found += _menu_actions(action.menu())
    return found


def test_every_action_follows_the_rule_and_refused_shortcuts_do_nothing(locked, dialogs):
    window = locked
    window.view.board_scene.select_ids(["c1"])
    for key, action in window.actions.items():
        assert action.objectName() == f"action.{key}"
        if not allowed_while_locked(key):
            assert not action.isEnabled(), key
    before = records(window)
    timer = window.room.timer.state
    for key, action in window.actions.items():
        if allowed_while_locked(key):
            continue
        for sequence in action.shortcuts():
            combo = sequence[0]
            QTest.keyClick(window.view, combo.key(), combo.keyboardModifiers())
    assert records(window) == before
    assert window.room.timer.state is timer
    assert dialogs == []
    assert window.document.is_locked and window.isVisible()


def _panel_buttons(window) -> list[QAbstractButton]:
    """Every button of the window and its panels but Qt's own (dock title bars, overflow)."""
    return [
        button
        for button in window.findChildren(QAbstractButton)
        if not button.objectName().startswith("qt_") and not isinstance(button.parent(), QLineEdit)
    ]


def test_every_panel_button_follows_the_rule_and_refused_clicks_do_nothing(locked, dialogs):
    window = locked
    for key in ("frames_panel", "voting_panel", "themes_panel", "touch_toolbar"):
        window.actions[key].setChecked(True)
    window.room.frames_dock.show()
    window.find_bar.open_bar()
    frames = window.room.frames_dock.widget()
    frames.list.setCurrentRow(1)
    before = records(window)
    clicked = []
    for button in _panel_buttons(window):
        key = policy_key(button)
        assert key is not None, f"a button with no rule: {button.text()!r}"
        if allowed_while_locked(key):
            continue
        assert not button.isEnabled(), key
        if button.isVisible() and default_action(button) is None:
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)
            clicked.append(key)
    assert {"frames.up", "frames.down", "frames.delete", "save_view"} <= set(clicked)
    assert {"timer_toggle", "timer_reset", "timer_set"} <= set(clicked)
    assert records(window) == before
    assert window.room.timer.state is TimerState.READY
    assert dialogs == []


def test_a_panel_cannot_turn_a_refused_button_back_on(locked):
    window = locked
    frames = window.room.frames_dock.widget()
    window.room.frames_dock.show()
    for row in (0, 1, 2):
        frames.list.setCurrentRow(row)  # the panel enables Up and Down for the row
        assert not frames.up_button.isEnabled() and not frames.down_button.isEnabled()


def test_unlocking_gives_everything_back(locked, qtbot):
    window = locked
    frames = window.room.frames_dock.widget()
    window.room.frames_dock.show()
    frames.list.setCurrentRow(1)
    window.room.badge.click()
    dialog = window.room.badge.dialog
    QTest.keyClicks(dialog.pin, PIN)
    QTest.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert not window.document.is_locked
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.actions["open"].isEnabled() and window.actions["undo"].isEnabled()
    assert frames.up_button.isEnabled()
    assert window.room.timer_control.start_button.isEnabled()
    press(window, Qt.Key.Key_Z, CTRL)  # the facilitator's last step before the lock
    assert "Waiting" not in {c.title for c in window.document.records_of(Cluster)}


def test_the_rule_knows_every_window_action():
    """A key the rule names that no action or button has is a typo that would lock too much."""
    buttons = {
        "voting.choose_voter",
        "voting.add_voter",
        "edit_note",
        "find_bar",
    }
    assert ALLOWED_WHILE_LOCKED - set(SPECS) <= buttons


def test_participants_still_vote_and_add_themselves_as_voters(locked, qtbot):
    window = locked
    [voting] = [r for r in window.document.records_of(VotingRound) if r.status == "open"]
    window.actions["voting_panel"].setChecked(True)
    press(window, Qt.Key.Key_D, CTRL | SHIFT)  # voting mode
    assert window.actions["voting_mode"].isChecked()
    field = window.voting.panel.new_name
    field.setFocus()
    QTest.keyClicks(field, "Ruth")
    QTest.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Ruth" in {p.name for p in window.document.records_of(Participant)})
    click_item(window, 260, 80)
    qtbot.waitUntil(lambda: len(window.document.get(voting.id).dots) == 1)
    assert not window.actions["close_round"].isEnabled()
    assert not window.actions["reveal_tally"].isEnabled()


def test_reloading_a_changed_file_never_replaces_the_locked_board(qtbot, tmp_path):
    path = tmp_path / "shared.codesign.json"
    save_board(themed_board(), path)
    window = make_active_window(qtbot, BoardDocument.open(path))
    lock_by_hand(qtbot, window)
    save_board(Board(title="Their version"), path)  # a colleague saves on the shared drive
    qtbot.waitUntil(lambda: window.files.disk_watch.notice.isVisible(), timeout=5000)
    notice = window.files.disk_watch.notice
    [reload] = [
        b for b in notice.findChildren(QToolButton) if b.defaultAction() is notice.reload_action
    ]
    assert policy_key(reload) == "reload" and not allowed_while_locked("reload")
    QTest.mouseClick(reload, Qt.MouseButton.LeftButton)
    assert window.document.is_locked
    assert window.document.info.title == themed_board().title
