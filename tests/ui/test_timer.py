import pytest
from PySide6.QtWidgets import QApplication

from codesign.ui.front_of_room.timer import TimerState, WorkshopTimer, format_seconds


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def timer(qapp, clock):
    timer = WorkshopTimer(clock)
    ticks, warnings, ends = [], [], []
    timer.tick.connect(ticks.append)
    timer.last_minute.connect(lambda: warnings.append(True))
    timer.finished.connect(lambda: ends.append(True))
    timer.ticks, timer.warnings, timer.ends = ticks, warnings, ends
    yield timer
    timer.reset()


def _run(timer, clock, seconds, step=0.2):
    for _ in range(round(seconds / step)):
        clock.advance(step)
        timer.update()


def test_it_counts_down_from_the_chosen_duration(timer, clock):
    timer.set_duration(90)
    assert timer.remaining_seconds() == 90
    timer.start()
    assert timer.state is TimerState.RUNNING
    _run(timer, clock, 10)
    assert timer.remaining_seconds() == 80
    assert timer.ticks[-1] == 80
    assert timer.ticks == sorted(set(timer.ticks), reverse=True)


def test_a_stalled_event_loop_does_not_slow_it(timer, clock):
    timer.set_duration(300)
    timer.start()
    clock.advance(125)
    timer.update()
    assert timer.remaining_seconds() == 175


def test_pause_stops_the_clock_and_resume_carries_on(timer, clock):
    timer.set_duration(120)
    timer.start()
    _run(timer, clock, 30)
    timer.pause()
    assert timer.state is TimerState.PAUSED
    clock.advance(600)
    timer.update()
    assert timer.remaining_seconds() == 90
    timer.resume()
    _run(timer, clock, 10)
    assert timer.remaining_seconds() == 80
    timer.toggle()
    assert timer.state is TimerState.PAUSED
    timer.toggle()
    assert timer.state is TimerState.RUNNING


def test_last_minute_and_finished_are_signalled_once(timer, clock):
    timer.set_duration(65)
    timer.start()
    _run(timer, clock, 4.8)
    assert timer.warnings == []
    _run(timer, clock, 0.4)
    assert timer.warnings == [True]
    _run(timer, clock, 59.6)
    assert timer.ends == []
    _run(timer, clock, 1)
    assert timer.ends == [True]
    assert timer.warnings == [True]
    assert timer.state is TimerState.FINISHED
    assert timer.remaining_seconds() == 0
    assert timer.ticks[-1] == 0
    _run(timer, clock, 5)
    assert timer.ends == [True]


def test_a_short_timer_is_in_its_last_minute_at_once(timer, clock):
    timer.set_duration(30)
    timer.start()
    assert timer.warnings == [True]


def test_presets_and_reset(timer, clock):
    for minutes in (2, 5, 10, 15):
        timer.set_preset(minutes)
        assert timer.duration == minutes * 60
        assert timer.ticks[-1] == minutes * 60
    timer.start()
    _run(timer, clock, 20)
    timer.reset()
    assert timer.state is TimerState.READY
    assert timer.remaining_seconds() == 15 * 60
    assert timer.ticks[-1] == 15 * 60


def test_start_after_the_end_runs_again(timer, clock):
    timer.set_duration(2)
    timer.start()
    _run(timer, clock, 3)
    assert timer.state is TimerState.FINISHED
    timer.start()
    assert timer.remaining_seconds() == 2
    assert timer.state is TimerState.RUNNING


def test_changing_the_duration_mid_run_starts_afresh(timer, clock):
    timer.start()
    _run(timer, clock, 10)
    timer.set_duration(600)
    assert timer.state is TimerState.READY
    assert timer.remaining_seconds() == 600


def test_custom_durations_are_kept_sane(timer):
    timer.set_duration(0)
    assert timer.duration == 1
    timer.set_duration(10**9)
    assert timer.duration == 24 * 60 * 60


def test_the_real_ticker_drives_it(qtbot, qapp):
    timer = WorkshopTimer()
    timer.set_duration(1)
    with qtbot.waitSignal(timer.finished, timeout=5000):
        timer.start()


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "00:00"), (59, "00:59"), (61, "01:01"), (4500, "75:00"), (-3, "00:00")],
)
def test_format_seconds(seconds, text):
    assert format_seconds(seconds) == text


def test_the_optional_sound_beeps_once_at_the_end(timer, clock, monkeypatch):
    beeps = []
    monkeypatch.setattr(QApplication, "beep", lambda: beeps.append(True))
    timer.set_duration(3)
    timer.start()
    _run(timer, clock, 5)
    assert beeps == []
    timer.sound = True
    timer.start()
    _run(timer, clock, 5)
    assert beeps == [True]
