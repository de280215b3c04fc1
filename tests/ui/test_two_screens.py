"""The projector on two real screens: an X server with a laptop screen and a projector screen.

Qt sees each X screen as a QScreen, so this is the one place the wall's screen, its keyboard
and its closing are checked for real. The session runs in its own process (Qt picks its
platform once); it is skipped, saying why, where no Xvfb or window manager is installed.
"""

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LAPTOP, WALL = "1600x1000x24", "1280x720x24"


def _free_display() -> int:
    for number in range(150, 250):
        if (
            not Path(f"/tmp/.X{number}-lock").exists()
            and not Path(f"/tmp/.X11-unix/X{number}").exists()
        ):
            return number
    pytest.skip("no free X display number between :150 and :250")


@pytest.fixture
def x_server(request) -> Iterator[str]:
    """`Xvfb :N -screen 0 ... [-screen 1 ...]` with openbox on it; yields the display name."""
    missing = [tool for tool in ("Xvfb", "openbox") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{' and '.join(missing)} not installed: the two-screen test needs them")
    screens = request.param
    display = f":{_free_display()}"
    arguments = [item for n, size in enumerate(screens) for item in ("-screen", str(n), size)]
    xvfb = subprocess.Popen(
        ["Xvfb", display, *arguments, "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    env = {**os.environ, "DISPLAY": display}
    for _ in range(50):
        if Path(f"/tmp/.X11-unix/X{display[1:]}").exists():
            break
        time.sleep(0.1)
    manager = subprocess.Popen(
        ["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    time.sleep(1.0)
    try:
        yield display
    finally:
        for process in (manager, xvfb):
            process.terminate()
            process.wait(timeout=10)


def _session(display: str, out: Path) -> tuple[dict, str]:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.two_screens_session", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1]), result.stderr


@pytest.mark.parametrize("x_server", [(LAPTOP, WALL)], indirect=True)
def test_the_wall_opens_on_the_second_screen_and_hands_everything_back(x_server, tmp_path):
    report, errors = _session(x_server, tmp_path)
    assert len(report["screens"]) == 2, "Xvfb's two screens are two QScreens"
    assert report["wall_screen"] == report["screens"][1]
    assert report["wall_geometry"] == report["screen_geometry"][1]
    assert report["wall_full_screen"] and not report["wall_windowed"]
    assert report["keyboard_on_laptop"], "opening the wall took the keyboard"
    assert report["wall_zoom"] != 1.0, "the wall opened on a 100 % crop"
    laptop_x, laptop_y, laptop_w, laptop_h = report["laptop_shows"]
    wall_x, wall_y, wall_w, wall_h = report["wall_shows"]
    assert wall_x <= laptop_x + laptop_w / 2 <= wall_x + wall_w
    assert wall_y <= laptop_y + laptop_h / 2 <= wall_y + wall_h
    assert report["presenting"] and report["laptop_full_screen"] and report["menus_hidden"]
    assert report["wall_on_frame"]
    assert report["blank"] and report["unblank"]
    assert report["left_presenting"] and report["wall_after_leaving"]
    assert report["escape_closed_wall"] and report["projector_unticked"]
    assert report["reopened"] and report["other_board"] and report["shortcut_closed_wall"]
    assert report["quit_code"] == 0, "Quit left the wall keeping the app running"
    assert "Traceback" not in errors
    for name in ("wall-selected", "laptop-presenting", "wall-presenting", "wall-blank"):
        assert (tmp_path / f"{name}.png").stat().st_size > 0


@pytest.mark.parametrize("x_server", [(LAPTOP,)], indirect=True)
def test_on_one_screen_the_wall_is_a_window_that_never_hides_the_laptop(x_server, tmp_path):
    report, errors = _session(x_server, tmp_path)
    assert len(report["screens"]) == 1
    assert report["wall_windowed"] and not report["wall_full_screen"]
    x, y, width, height = report["wall_geometry"]
    _sx, _sy, screen_width, screen_height = report["screen_geometry"][0]
    assert width * height <= screen_width * screen_height / 3
    assert 0 <= x <= screen_width - width and 0 <= y <= screen_height - height
    assert report["keyboard_on_laptop"]
    assert report["presenting"] and report["laptop_full_screen"]
    assert report["escape_closed_wall"] and report["shortcut_closed_wall"]
    assert report["quit_code"] == 0
    assert "Traceback" not in errors
