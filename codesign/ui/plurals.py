"""The application class: a QApplication that speaks English plurals from its first text.

Counted texts are written `tr("%n note(s)", "", n)` (see `codesign.canvas.plurals`); the app and
the tests make the same application, so a test reads "1 note" exactly as the room does.
"""

from PySide6.QtWidgets import QApplication

from codesign.canvas.plurals import install_english_plurals
from codesign.ui.responsiveness import UiThreadCollector


class CodesignApplication(QApplication):
    """The QApplication with English plurals installed from the start, whose garbage is
    collected on its own thread (`UiThreadCollector`)."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        install_english_plurals(self)
        self.collector = UiThreadCollector(self)
