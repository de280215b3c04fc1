import pytest
from PySide6.QtWidgets import QApplication, QStyle

from codesign.ui.front_of_room.timer import TimerState, WorkshopTimer
from codesign.ui.front_of_room.timer_widget import AMBER, INK, RED, LargeTimerDisplay, TimerControl
from tests.ui.test_timer import FakeClock


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def timer(qapp, clock):
    timer = WorkshopTimer(clock)
    yield timer
    timer.reset()


@pytest.fixture
def control(qtbot, timer):
    widget = TimerControl(timer)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def large(qtbot, timer):
    widget = LargeTimerDisplay(timer)
    widget.resize(480, 180)
    qtbot.addWidget(widget)
    return widget


def test_the_control_shows_mm_ss_and_a_start_pause_button(control, timer, clock):
    timer.set_preset(2)
    assert control.display.text() == "02:00"
    assert control.start_button.text() == "Start"
    control.start_button.click()
    assert timer.state is TimerState.RUNNING
    assert control.start_button.text() == "Pause"
    clock.advance(15.5)
    timer.update()
    assert control.display.text() == "01:45"
    control.start_button.click()
    assert control.start_button.text() == "Resume"
    control.reset_button.click()
    assert control.display.text() == "02:00"
    assert control.start_button.text() == "Start"


def test_the_preset_menu_offers_2_5_10_15_minutes_and_custom(control, timer):
    texts = [action.text() for action in control.preset_menu.actions() if action.text()]
    assert texts == [
        "2 minutes",
        "5 minutes",
        "10 minutes",
        "15 minutes",
        "Custom…",
        "Sound at the end",
    ]
    control.sound_action.trigger()
    assert timer.sound
    control.preset_menu.actions()[2].trigger()
    assert timer.duration == 600
    assert control.display.text() == "10:00"


def test_a_custom_duration_from_the_popup(control, timer):
    control.show()
    control.show_custom()
    assert control.custom.isVisible()
    control.custom.spin.setValue(7)
    control.custom.accept()
    assert not control.custom.isVisible()
    assert timer.duration == 7 * 60
    assert control.display.text() == "07:00"


def test_the_control_turns_amber_then_red(control, timer, clock):
    timer.set_duration(61)
    timer.start()
    assert INK.name() in control.display.styleSheet()
    clock.advance(2)
    timer.update()
    assert AMBER.name() in control.display.styleSheet()
    clock.advance(60)
    timer.update()
    assert RED.name() in control.display.styleSheet()


def test_the_large_display_normal_last_minute_and_finished(
    large, control, timer, clock, monkeypatch
):
    beeps = []
    monkeypatch.setattr(QApplication, "beep", lambda: beeps.append(True))
    timer.sound = True
    timer.set_duration(90)
    assert (large.look, large.text()) == ("normal", "01:30")
    timer.start()
    clock.advance(31)
    timer.update()
    assert large.look == "last-minute"
    assert large.colour() == AMBER
    assert large.text() == "00:59"
    timer.pause()
    assert large.look == "last-minute"
    assert AMBER.name() in control.display.styleSheet()
    timer.resume()
    clock.advance(60)
    timer.update()
    assert large.look == "finished"
    assert large.colour() == RED
    assert large.text() == "Time's up"
    assert beeps == [True]
    large._on_flash()
    assert large.flash_on is False
    large.grab()
    timer.reset()
    assert large.look == "normal"
    assert large.flash_on is True


def test_the_large_display_paints_at_any_size(large, timer):
    for width, height in ((160, 60), (1200, 400)):
        large.resize(width, height)
        image = large.grab().toImage()
        assert image.width() == width


def test_the_length_menu_arrow_has_room_beside_its_label(control):
    button = control.preset_button
    style = button.style()
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    label = button.fontMetrics().horizontalAdvance(button.text())
    assert button.sizeHint().width() >= label + arrow + 12
