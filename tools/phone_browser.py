"""Debian's chromium, headless, driven by selenium through chromium-driver: the phone page as a
person's phone runs it. Used by the room's browser test and by `tools.room_shots`; `.ci/run`
installs both (`./dev screen-tools`)."""

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)
PHONE_SIZE = (390, 844)
"""CSS pixels of a common phone (iPhone 12 to 15)."""


def browser_paths() -> tuple[str, str] | None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver") or shutil.which("chromium-driver")
    return (chromium, driver) if chromium and driver else None


MISSING = (
    "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver; "
    "./dev screen-tools does)"
)


@contextmanager
def phone_browser(language: str = "en", scale: float = 1.0) -> Iterator[object]:
    """A fresh headless chromium with a phone-sized, touch-enabled viewport."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    paths = browser_paths()
    if paths is None:
        raise RuntimeError(MISSING)
    chromium, driver_path = paths
    profile = Path(tempfile.mkdtemp(prefix="codesign-chromium-"))
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--lang={language}"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    driver = webdriver.Chrome(options=options, service=Service(driver_path))
    try:
        width, height = PHONE_SIZE
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": scale, "mobile": True},
        )
        driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": True})
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
