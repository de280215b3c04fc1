"""The application class: a QApplication that speaks English plurals from its first text.

Counted texts are written `tr("%n note(s)", "", n)` (see `codesign.canvas.plurals`); the app and
the tests make the same application, so a test reads "1 note" exactly as the room does.
"""

from PySide6.QtWidgets import QApplication

from codesign.canvas.plurals import install_english_plurals


class CodesignApplication(QApplication):
    """The QApplication with English plurals installed from the start."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        install_english_plurals(self)
