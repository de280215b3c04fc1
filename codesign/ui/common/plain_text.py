"""Board and file text shown in widgets as the characters it holds, never as markup.

Qt guesses: a QLabel, a QMessageBox or a tooltip whose text looks like HTML is drawn as rich
text, so a note id or a title holding `<img src='…'>` would load a picture from the disk into
an error box, and one `width=60000` wide would push OK off the screen. Every message box the
app shows about a board or a file is made here, plain and cut to a size that fits a screen;
labels and tooltips that show such text go through `plain_label` and `plain_tip`.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from codesign.canvas.tooltips import plain_tip

MAX_SHOWN = 600
"""Characters of one message shown in a box: a title of megabytes must not make one taller
than the screen (Qt already wraps a long word to the screen's width)."""

__all__ = ["plain_tip"]  # with the rest of the plain-text helpers, for widgets

Button = QMessageBox.StandardButton
NO_BUTTONS = Button.NoButton
"""For a box whose buttons are added one by one after it is made."""


def shorten(text: str) -> str:
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: Button = Button.Ok,
) -> QMessageBox:
    """A message box whose title and text are shown as plain text, cut to fit a screen."""
    box = QMessageBox(icon, shorten(title), "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(shorten(text))
    return box


def set_informative_text(box: QMessageBox, text: str) -> None:
    """The second paragraph of a box, plain like its first."""
    box.setInformativeText(shorten(text))
    label = box.findChild(QLabel, "qt_msgbox_informativelabel")
    if label is not None:
        label.setTextFormat(Qt.TextFormat.PlainText)


def _show(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    message_box(parent, icon, title, text).exec()


def warning(parent: QWidget | None, title: str, text: str) -> None:
    _show(parent, QMessageBox.Icon.Warning, title, text)


def critical(parent: QWidget | None, title: str, text: str) -> None:
    _show(parent, QMessageBox.Icon.Critical, title, text)


def information(parent: QWidget | None, title: str, text: str) -> None:
    _show(parent, QMessageBox.Icon.Information, title, text)


def question(
    parent: QWidget | None, title: str, text: str, buttons: Button, default: Button
) -> Button:
    """The standard button chosen (Escape or closing the box gives the Cancel button)."""
    box = message_box(parent, QMessageBox.Icon.Question, title, text, buttons)
    box.setDefaultButton(default)
    box.exec()
    clicked = box.clickedButton()
    return box.standardButton(clicked) if clicked is not None else Button.Cancel


def plain_label(label: QLabel) -> QLabel:
    """`label`, set to show whatever it is given as plain text; returned for chaining."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
