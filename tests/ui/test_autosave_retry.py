"""A failed autosave says why in full and tries again, sooner then less often, until space
or the folder is back: nothing used to retry, and the status line cut the reason off."""

import shutil

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.conftest import hover, press


def test_autosave_retries_after_a_failure_and_says_why(qtbot, shown):
    folder = shown.recovery.store.folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("in the way")  # a file where the copies' folder should be
    shown.recovery.autosaver.set_interval(1)
    hover(shown, 900, 300)
    press(shown, Qt.Key.Key_N)
    QTest.keyClicks(QApplication.focusWidget(), "Letters arrive late")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    problem = shown.statusBar().findChild(QLabel, "AutosaveProblem")
    qtbot.waitUntil(lambda: problem.isVisible(), timeout=5000)
    assert "a file of that name is in the way" in problem.text()
    assert "Trying again in 2 s." in problem.text()
    assert problem.wordWrap() and problem.textFormat() == Qt.TextFormat.PlainText
    folder.unlink()  # the space comes back, with nobody pressing anything
    qtbot.waitUntil(lambda: shown.recovery.store.entries() != [], timeout=10000)
    qtbot.waitUntil(lambda: not problem.isVisible(), timeout=2000)
