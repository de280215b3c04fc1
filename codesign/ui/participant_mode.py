"""Participant mode: the board handed to a room of strangers, with the dangerous doors locked.

People can add, edit, move, recolour and vote on notes; they cannot delete a theme or a journey
map, start another board, close it or quit. Only the facilitator's PIN leaves the mode. The PIN
is kept as a salted PBKDF2 hash, never as text, so it does not sit readable in memory dumps or
settings.

The policy is an allow-list of action keys (the keys of `codesign.ui.actions`): an action added
later is refused while locked until someone decides it is safe, which is the right way round
for a lock.
"""

import hashlib
import hmac
import secrets
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

PBKDF2_ITERATIONS = 120_000
MIN_PIN_LENGTH = 4

ALLOWED_WHILE_LOCKED: frozenset[str] = frozenset(
    {
        "save",
        "undo",
        "redo",
        "copy",
        "paste",
        "duplicate",
        "select_all",
        "new_note",
        "find",
        "find_next",
        "find_previous",
        "front",
        "back",
        "zoom_in",
        "zoom_out",
        "zoom_reset",
        "fit_board",
        "fit_selection",
        "minimap",
        "snap",
        "touch_toolbar",
        "shortcuts",
        "group",
        "draw_theme",
        "rename_theme",
        "recolour_theme",
        "tidy_theme",
        "themes_panel",
        "voting_mode",
        "voting_panel",
        "show_votes",
        "sort_by_votes",
        "participant_mode",
        "present",
        "blank",
        "spotlight",
        "journey.rename_map",
        "journey.rename_stage",
        "journey.rename_lane",
    }
)
"""Keys of actions that are safe in participants' hands: everything they do is undoable and
takes nothing away. Refused by omission, among others: `ungroup`, `delete_theme`,
`delete_theme_notes`, `suggest_themes` (reshapes the whole board), `start_round`,
`close_round` and `reveal_tally` (the facilitator runs the vote), and every journey map
change but renaming (`new_journey`, inserting, moving and removing stages and lanes)."""

ALLOWED_PREFIXES_WHILE_LOCKED: tuple[str, ...] = ("colour.", "align.", "distribute.", "feeling.")
"""Families of actions: recolouring notes, tidying them up, saying how a note feels."""

GUARDED_DELETIONS: frozenset[str] = frozenset({"delete", "cut"})
"""Allowed while locked only when the selection holds no cluster or journey map."""

PROTECTED_KINDS: frozenset[str] = frozenset({"cluster", "journey"})


def allowed_while_locked(key: str) -> bool:
    return key in ALLOWED_WHILE_LOCKED or key.startswith(ALLOWED_PREFIXES_WHILE_LOCKED)


def deletion_allowed(locked: bool, selected_kinds: Iterable[str]) -> bool:
    """Participants may delete their notes, but never a whole theme or journey map."""
    return not locked or PROTECTED_KINDS.isdisjoint(selected_kinds)


def valid_pin(pin: str) -> bool:
    return len(pin) >= MIN_PIN_LENGTH and pin.isdigit()


def hash_pin(pin: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, PBKDF2_ITERATIONS)


class ParticipantLock(QObject):
    changed = Signal(bool)
    """True when the board is locked for participants, False when the facilitator unlocks it."""
    unlock_refused = Signal(int)
    """A wrong PIN was entered; the count of wrong attempts since the lock was turned on."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._salt = b""
        self._hash = b""
        self._failed = 0
        self._guarded: list[QAction] = []
        self._enabled_before: dict[QAction, bool] = {}

    @property
    def is_locked(self) -> bool:
        return bool(self._hash)

    @property
    def failed_attempts(self) -> int:
        return self._failed

    def lock(self, pin: str) -> None:
        """Turn participant mode on; raises ValueError for a PIN shorter than four digits."""
        if not valid_pin(pin):
            raise ValueError(f"a PIN is at least {MIN_PIN_LENGTH} digits")
        if self.is_locked:
            return
        self._salt = secrets.token_bytes(16)
        self._hash = hash_pin(pin, self._salt)
        self._failed = 0
        self._disable_guarded()
        self.changed.emit(True)

    def unlock(self, pin: str) -> bool:
        """Leave participant mode if `pin` is right; a wrong one is counted and refused."""
        if not self.is_locked:
            return True
        if not hmac.compare_digest(hash_pin(pin, self._salt), self._hash):
            self._failed += 1
            self.unlock_refused.emit(self._failed)
            return False
        self._salt = self._hash = b""
        self._failed = 0
        self._restore_guarded()
        self.changed.emit(False)
        return True

    def allows(self, key: str) -> bool:
        return not self.is_locked or allowed_while_locked(key)

    def guard_actions(self, actions: Mapping[str, QAction]) -> None:
        """Disable the window's refused actions while locked, restoring them on unlock.

        Deletion is left enabled for notes: the window's delete handler asks
        `deletion_allowed` about the selection before it deletes anything.
        """
        self._guarded = [
            action
            for key, action in actions.items()
            if not allowed_while_locked(key) and key not in GUARDED_DELETIONS
        ]
        for action in self._guarded:
            action.changed.connect(lambda action=action: self._on_guarded_changed(action))
        if self.is_locked:
            self._disable_guarded()

    def _on_guarded_changed(self, action: QAction) -> None:
        """The window re-enables actions as the selection changes; the lock has the last word,
        and remembers that the window wanted it on for when the board is unlocked."""
        if self.is_locked and action.isEnabled():
            self._enabled_before[action] = True
            action.setEnabled(False)

    def _disable_guarded(self) -> None:
        for action in self._guarded:
            self._enabled_before.setdefault(action, action.isEnabled())
            action.setEnabled(False)

    def _restore_guarded(self) -> None:
        for action, enabled in self._enabled_before.items():
            action.setEnabled(enabled)
        self._enabled_before.clear()
