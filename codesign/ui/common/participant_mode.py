"""Participant mode in the window: the PIN, its back-off, and greying out what the lock refuses.

The rule itself lives in `codesign.model.participant_policy` and is kept by the document, which
refuses every change it does not allow whatever route the change took. This side only follows
the current board's lock, checks the PIN (slowly, after three wrong tries) and disables the
actions and panel buttons the rule refuses, so nobody is offered what would be refused.
"""

import time
from collections.abc import Callable, Mapping
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QToolButton, QWidget

from codesign.document import BoardDocument
from codesign.model.participant_policy import allowed_while_locked
from codesign.model.pin_key import MIN_PIN_LENGTH, PinKey, valid_pin, wait_after

__all__ = ["MIN_PIN_LENGTH", "ParticipantLock", "allowed_while_locked", "policy_key", "valid_pin"]

POLICY_KEY = "policyKey"
"""The dynamic property naming the rule a panel button is checked against."""
Handler = TypeVar("Handler", bound=Callable[..., object])


def mark_button(button: QAbstractButton, key: str) -> QAbstractButton:
    """Say which rule `button` follows: refused ones are disabled while the board is locked."""
    button.setProperty(POLICY_KEY, key)
    return button


def policy_key(button: QAbstractButton) -> str | None:
    """The button's rule: its own mark, or the key of the window action it stands for."""
    key = button.property(POLICY_KEY)
    if isinstance(key, str):
        return key
    action = default_action(button)
    if action is not None and action.objectName().startswith("action."):
        return action.objectName().removeprefix("action.")
    return None


def default_action(button: QAbstractButton) -> QAction | None:
    """The window action a tool button stands for, whose enabled state it follows."""
    return button.defaultAction() if isinstance(button, QToolButton) else None


class ParticipantLock(QObject):
    changed = Signal(bool)
    """True when the shown board is locked for participants, False when it is not."""
    unlock_refused = Signal(int)
    """A wrong PIN was entered; the count of wrong attempts so far."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock: Callable[[], float] = time.monotonic
        """Monotonic seconds for the PIN back-off; tests drive it by hand."""
        self._document: BoardDocument | None = None
        self._failed = 0
        self._next_try = 0.0
        self._actions: dict[str, QAction] = {}
        self._enabled_before: dict[QAction, bool] = {}
        self._root: QWidget | None = None
        self._buttons_before: dict[QAbstractButton, bool] = {}

    @property
    def is_locked(self) -> bool:
        return self._document is not None and self._document.is_locked

    @property
    def failed_attempts(self) -> int:
        return self._failed

    def seconds_to_wait(self) -> float:
        """How long before the next PIN may be tried; 0 when it may be tried now."""
        return max(0.0, self._next_try - self.clock())

    def attach(self, document: BoardDocument) -> None:
        """Follow the board the window shows now; a restored board may arrive locked."""
        if self._document is not None and shiboken6.isValid(self._document):
            self._document.lock_changed.disconnect(self._on_lock_changed)
        was_locked = self.is_locked
        self._document = document
        document.lock_changed.connect(self._on_lock_changed)
        if document.is_locked != was_locked:
            self._on_lock_changed(document.is_locked)

    def lock(self, pin: str) -> None:
        """Turn participant mode on; raises ValueError for a PIN shorter than four digits."""
        key = PinKey.make(pin)
        if self._document is not None:
            self._failed = 0
            self._next_try = 0.0
            self._document.lock(key)

    def unlock(self, pin: str) -> bool:
        """Leave participant mode if `pin` is right. A wrong one is counted, and after three
        each try waits longer: a try during the wait is refused without being looked at."""
        document = self._document
        key = document.pin_key if document is not None else None
        if document is None or key is None:
            return True
        if self.seconds_to_wait() > 0:
            return False
        if not key.matches(pin):
            self._failed += 1
            self._next_try = self.clock() + wait_after(self._failed)
            self.unlock_refused.emit(self._failed)
            return False
        self._failed = 0
        self._next_try = 0.0
        document.unlock()
        return True

    def guarded(self, key: str, handler: Handler) -> Handler:
        """`handler`, doing nothing while locked when the rule refuses `key`: a disabled action
        can still be triggered from code, and a file dialog must never open while locked."""
        if allowed_while_locked(key):
            return handler

        def run(*args: object) -> object:
            return None if self.is_locked else handler(*args)

        return run  # type: ignore[return-value]

    def guard_actions(self, actions: Mapping[str, QAction]) -> None:
        """Disable the window's refused actions while locked, restoring them on unlock."""
        self._actions = {k: a for k, a in actions.items() if not allowed_while_locked(k)}
        for action in self._actions.values():
            action.changed.connect(lambda action=action: self._on_action_changed(action))
        if self.is_locked:
            self._disable()

    def guard_buttons(self, root: QWidget) -> None:
        """Disable every refused panel button under `root` while locked (see `mark_button`)."""
        self._root = root
        if self.is_locked:
            self._disable()

    def _on_lock_changed(self, locked: bool) -> None:
        if locked:
            self._disable()
        else:
            self._restore()
        self.changed.emit(locked)

    def _on_action_changed(self, action: QAction) -> None:
        """The window re-enables actions as the selection changes; the lock has the last word,
        and remembers that the window wanted it on for when the board is unlocked."""
        if self.is_locked and action.isEnabled():
            self._enabled_before[action] = True
            action.setEnabled(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A panel re-enabling a refused button is overruled the same way as an action."""
        if (
            event.type() == QEvent.Type.EnabledChange
            and isinstance(watched, QAbstractButton)
            and self.is_locked
            and watched.isEnabled()
        ):
            self._buttons_before[watched] = True
            watched.setEnabled(False)
        return False

    def _refused_buttons(self) -> list[QAbstractButton]:
        if self._root is None:
            return []
        guarded = set(self._actions.values())
        return [
            button
            for button in self._root.findChildren(QAbstractButton)
            if (key := policy_key(button)) is not None
            and default_action(button) not in guarded  # those follow their action
            and not allowed_while_locked(key)
        ]

    def _disable(self) -> None:
        for action in self._actions.values():
            self._enabled_before.setdefault(action, action.isEnabled())
            action.setEnabled(False)
        for button in self._refused_buttons():
            self._buttons_before.setdefault(button, button.isEnabled())
            button.setEnabled(False)
            button.installEventFilter(self)

    def _restore(self) -> None:
        for action, enabled in self._enabled_before.items():
            action.setEnabled(enabled)
        self._enabled_before.clear()
        for button, enabled in self._buttons_before.items():
            if shiboken6.isValid(button):
                button.removeEventFilter(self)
                button.setEnabled(enabled)
        self._buttons_before.clear()
