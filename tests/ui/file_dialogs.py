"""Answering the app's own file dialogs (non-native QFileDialogs) through their widgets: read
the name it suggests and the files it lists, type a name in its name box, press Enter."""

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QListView, QMessageBox

REAL_HOME = Path.home()
"""Read when the tests start, before any test points HOME at a temporary folder."""


@dataclass
class Seen:
    """What each file dialog showed, in the order they were opened."""

    suggested: list[str] = field(default_factory=list)
    listed: list[list[str]] = field(default_factory=list)
    replace_asked: list[str] = field(default_factory=list)
    """The dialog's own "already exists, replace it?" questions, answered Yes."""


def listed(dialog: QFileDialog) -> list[str]:
    view = dialog.findChild(QListView, "listView")
    model, root = view.model(), view.rootIndex()
    return [model.index(row, 0, root).data() for row in range(model.rowCount(root))]


def answer_file_dialogs(monkeypatch, qtbot, typed: list[str], wait_for: str = "") -> Seen:
    """Answer each file dialog in turn by typing the next of `typed` and pressing Enter; an
    Open dialog is first given time to list `wait_for` (it reads the folder in the background)."""
    seen = Seen()
    answers = iter(typed)

    def run(dialog: QFileDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        seen.suggested.append(name.text())
        if wait_for and dialog.acceptMode() == QFileDialog.AcceptMode.AcceptOpen:
            try:
                qtbot.waitUntil(lambda: wait_for in listed(dialog), timeout=3000)
            finally:
                seen.listed.append(listed(dialog))
        answer = next(answers)
        name.selectAll()
        QTest.keyClicks(name, answer)
        completer = name.completer()
        if completer is not None and completer.popup().isVisible():
            QTest.keyClick(completer.popup(), Qt.Key.Key_Escape)  # as a person closes it
        saving = dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
        folder = Path(dialog.directory().absolutePath())
        assert not (saving and folder == REAL_HOME), "point HOME at tmp_path: saving in ~"
        if saving and (folder / answer).exists():
            QTimer.singleShot(0, lambda: _say_yes(seen))
        QTest.keyClick(name, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        return dialog.result()

    monkeypatch.setattr(QFileDialog, "exec", run)
    return seen


def _say_yes(seen: Seen) -> None:
    """Click Yes in the question the dialog shows (it runs its own modal loop) once it is up."""
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(10, lambda: _say_yes(seen))
        return
    seen.replace_asked.append(box.text())
    box.button(QMessageBox.StandardButton.Yes).click()
