"""How the person answers what the app asks: dialogs, message boxes, file dialogs and popup
menus, found on the screen and answered through their own buttons and boxes.

A dialog run with exec() (a file dialog, a message box) or a menu run with exec() blocks the
click that opened it, so `answering` watches the screen from a timer while that click runs,
as a person reads what appears while their finger is still on the button.
"""

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)

WAIT_MS = 5000


def plain(text: str) -> str:
    """A menu or button text as a person reads it: no mnemonic ampersands, no ellipsis."""
    return text.replace("&", "").rstrip("…").strip()


class Lost(AssertionError):
    """The person could not do what they meant: the thing to press was not on the screen."""


class DialogAnswers:
    """Part of `Person`, which gives it `click_widget`, `choose_in`, `wait_until`."""

    questions: list[str]
    click_widget: Callable[..., None]
    choose_in: Callable[..., object]
    wait_until: Callable[..., None]

    def modal(self, kind: type[QWidget] = QDialog) -> QWidget:
        """The dialog that is waiting for an answer now."""
        self.wait_until(
            lambda: isinstance(QApplication.activeModalWidget(), kind), f"a {kind.__name__}"
        )
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        return dialog

    @contextmanager
    def answering(
        self, answer: Callable[[QWidget], None], popup: str | QMenu = ""
    ) -> Iterator[list[QWidget]]:
        """Answer the next dialog (or the menu `popup`, or of that object name) with `answer`, also
        one that blocks (a file dialog, a message box or menu run with exec): a person watches
        the screen while their click is still running. Yields the list answered."""
        answered: list[QWidget] = []
        showing = QApplication.activePopupWidget if popup else QApplication.activeModalWidget
        before = showing()
        poll = QTimer()
        poll.setInterval(20)

        def look() -> None:
            dialog = showing()
            if dialog is None or dialog is before or not dialog.isVisible():
                return
            if popup and popup not in (dialog, dialog.objectName()):
                return
            poll.stop()
            answered.append(dialog)
            answer(dialog)

        poll.timeout.connect(look)
        poll.start()
        try:
            yield answered
            self.wait_until(lambda: answered, "the dialog to answer")
        finally:
            poll.stop()

    def press_button(self, dialog: QWidget, text: str) -> None:
        """Click the button of `dialog` that reads `text` (a message box's, a button box's)."""
        for button in dialog.findChildren(QAbstractButton):
            if plain(button.text()) == text and button.isVisible():
                self.click_widget(button)
                return
        shown = [plain(b.text()) for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
        raise Lost(f"no button {text!r} in {dialog.windowTitle()!r}: {shown}")

    def fill_file_name(self, dialog: QWidget, path: str) -> None:
        """Type a path into a file dialog's name box and press Enter."""
        assert isinstance(dialog, QFileDialog), f"expected a file dialog, got {dialog!r}"
        name_box = dialog.findChild(QLineEdit, "fileNameEdit")
        if name_box is None:
            raise Lost("the file dialog has no file name box (a native dialog?)")
        self.click_widget(name_box)
        QTest.keyClick(name_box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(name_box, path)
        QTest.keyClick(name_box, Qt.Key.Key_Return)

    def message_box(self, button: str) -> Callable[[QWidget], None]:
        """An answer: read the message box (kept in `questions`), then press `button`."""

        def answer(dialog: QWidget) -> None:
            assert isinstance(dialog, QMessageBox), f"expected a question, got {dialog!r}"
            self.questions.append(dialog.text())
            self.press_button(dialog, button)

        return answer

    def picking(self, menu: str | QMenu, item: str) -> AbstractContextManager[list[QWidget]]:
        """Around a click that pops up `menu` (or the menu of that object name): pick `item`."""

        def pick(shown: QWidget) -> None:
            assert isinstance(shown, QMenu), f"expected a menu, got {shown!r}"
            self.choose_in(shown, item)

        return self.answering(pick, popup=menu)
