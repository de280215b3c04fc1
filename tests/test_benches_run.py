"""The benchmarks still run against today's window: `bench.feel_profile` once opened boards
through a method the window had lost. It shares `bench.feel`'s opening, gestures and taps; tiny
boards, offscreen, and no timing asserted."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_bench(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.parametrize("scenario", ["zoom", "tap"])
def test_the_profile_bench_runs(scenario):
    assert "function calls" in run_bench("bench.feel_profile", scenario, "60")
