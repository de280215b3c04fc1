"""The rehearsal's window: the real MainWindow, shown, on whatever screen Qt was given.

Offscreen by default (tests/conftest.py sets QT_QPA_PLATFORM). `tools/real_screen` runs these
tests again on a virtual X server with a window manager and sets CODESIGN_REAL_SCREEN=1, so a
run that meant to use a real screen and silently fell back to offscreen fails at once.
"""

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication

from codesign.ui.app import load_bundled_fonts
from codesign.ui.common.branding import UI_FAMILY
from tests.rehearsal.person import Person
from tests.rehearsal.screen import open_window, real_screen_wanted


@pytest.fixture(autouse=True)
def _no_modal_dialogs():
    """Overrides the suite's guard: the person answers every dialog through its widgets."""


@pytest.fixture(scope="module", autouse=True)
def _looks_like_the_app(qapp):
    """The app's own font, and Qt's own file dialogs, whose boxes a person can type into; the
    rest of the suite gets Qt's defaults back afterwards."""
    platform = QGuiApplication.platformName()
    if real_screen_wanted() and platform != "xcb":
        pytest.exit(f"CODESIGN_REAL_SCREEN=1 but Qt runs on {platform!r}, not xcb", returncode=1)
    font = QApplication.font()
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    load_bundled_fonts()
    QApplication.setFont(QFont(UI_FAMILY, 10))
    yield
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, False)
    QApplication.setFont(font)


@pytest.fixture
def person(qtbot) -> Person:
    """A facilitator in front of a freshly started Codesign with an empty board."""
    return Person(open_window(qtbot), qtbot)
