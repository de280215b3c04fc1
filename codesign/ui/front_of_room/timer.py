"""The workshop timer: a countdown the room can see, kept apart from any widget that shows it.

The remaining time is always worked out from a monotonic clock, never by counting ticks, so a
busy event loop (a big board being redrawn) delays the display by a frame but never makes
the timer run slow. The clock is injectable so tests drive time by hand, with no sleeps.
"""

import enum
import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

PRESET_MINUTES = (2, 5, 10, 15)
DEFAULT_SECONDS = 5 * 60
LAST_MINUTE = 60
MAX_SECONDS = 24 * 60 * 60
TICK_MS = 200
"""Five refreshes a second keeps the displayed second within a fifth of a second of the truth."""

Clock = Callable[[], float]


class TimerState(enum.Enum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


def format_seconds(seconds: int) -> str:
    """`mm:ss`, with hours folded into the minutes (`75:00`), as kitchen timers show it."""
    seconds = max(0, seconds)
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class WorkshopTimer(QObject):
    tick = Signal(int)
    """Remaining whole seconds (rounded up), emitted when that number changes."""
    last_minute = Signal()
    """Emitted once per run when the remaining time drops to a minute or less."""
    finished = Signal()
    state_changed = Signal(object)
    duration_changed = Signal(int)

    def __init__(self, clock: Clock = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._duration = float(DEFAULT_SECONDS)
        self._remaining_at_anchor = self._duration
        self._anchor: float | None = None
        self._state = TimerState.READY
        self._warned = False
        self.sound = False
        """Beep once at the end (the system bell: QtMultimedia is not part of the app)."""
        self._shown = self.remaining_seconds()
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.update)

    @property
    def state(self) -> TimerState:
        return self._state

    @property
    def duration(self) -> int:
        return int(self._duration)

    def remaining(self) -> float:
        if self._anchor is None:
            return self._remaining_at_anchor
        return max(0.0, self._remaining_at_anchor - (self._clock() - self._anchor))

    def remaining_seconds(self) -> int:
        return math.ceil(self.remaining())

    def in_last_minute(self) -> bool:
        """Running or paused with a minute or less to go: the room should be told."""
        active = self._state in (TimerState.RUNNING, TimerState.PAUSED)
        return active and self.remaining() <= LAST_MINUTE

    def set_duration(self, seconds: int) -> None:
        """Choose the length of the next run; a running or paused timer starts again from it."""
        self._duration = float(min(max(1, int(seconds)), MAX_SECONDS))
        self.duration_changed.emit(self.duration)
        self.reset()

    def set_preset(self, minutes: int) -> None:
        self.set_duration(minutes * 60)

    def start(self) -> None:
        """Run from the current remaining time; a finished timer starts a fresh run."""
        if self._state is TimerState.RUNNING:
            return
        if self._state is TimerState.FINISHED:
            self._reset_values()
        self._anchor = self._clock()
        self._ticker.start()
        self._set_state(TimerState.RUNNING)
        self.update()

    def pause(self) -> None:
        if self._state is not TimerState.RUNNING:
            return
        self._remaining_at_anchor = self.remaining()
        self._anchor = None
        self._ticker.stop()
        self._set_state(TimerState.PAUSED)

    def resume(self) -> None:
        if self._state is TimerState.PAUSED:
            self.start()

    def toggle(self) -> None:
        """One button for the room: start, pause, resume, or start again after the end."""
        if self._state is TimerState.RUNNING:
            self.pause()
        else:
            self.start()

    def add_seconds(self, seconds: int) -> None:
        """More time without a restart: on a running or paused countdown, or, after time is
        up, a fresh run of just that long; before a start it lengthens the run."""
        if self._state is TimerState.READY:
            self.set_duration(self.duration + seconds)
            return
        finished = self._state is TimerState.FINISHED
        room = MAX_SECONDS - self.remaining()
        self._remaining_at_anchor += max(0.0, min(float(seconds), room))
        if self.remaining() > LAST_MINUTE:
            self._warned = False
        if finished:
            self._anchor = self._clock()
            self._ticker.start()
            self._set_state(TimerState.RUNNING)
        self._emit_tick(force=True)

    def reset(self) -> None:
        self._ticker.stop()
        self._reset_values()
        self._set_state(TimerState.READY)
        self._emit_tick(force=True)

    def update(self) -> None:
        """Bring the signals up to date with the clock; the ticker calls this, tests may too."""
        if self._state is not TimerState.RUNNING:
            return
        remaining = self.remaining()
        self._emit_tick()
        if remaining <= LAST_MINUTE and not self._warned:
            self._warned = True
            self.last_minute.emit()
        if remaining <= 0:
            self._ticker.stop()
            self._remaining_at_anchor = 0.0
            self._anchor = None
            self._set_state(TimerState.FINISHED)
            if self.sound:
                QApplication.beep()
            self.finished.emit()

    def _reset_values(self) -> None:
        self._anchor = None
        self._remaining_at_anchor = self._duration
        self._warned = False

    def _emit_tick(self, force: bool = False) -> None:
        shown = self.remaining_seconds()
        if force or shown != self._shown:
            self._shown = shown
            self.tick.emit(shown)

    def _set_state(self, state: TimerState) -> None:
        if state is not self._state:
            self._state = state
            self.state_changed.emit(state)
