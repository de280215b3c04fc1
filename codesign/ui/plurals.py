"""English plural forms for "%n note(s)" strings, until real translation files ship.

Qt's way to say "1 note" and "3 notes" is one source string, `tr("%n note(s)", "", n)`, and a
translation that gives each plural form. English needs a translation too, or the room reads
"3 note(s)"; this translator is that English translation, worked out from the source string,
so every counted phrase can be written the Qt way once and translated into Welsh later.
"""

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication


class EnglishPlurals(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """`(s)` dropped for one, `s` for any other count; None (no translation) otherwise."""
        if n < 0 or "(s)" not in source:
            return None
        return source.replace("(s)", "" if n == 1 else "s")

    def isEmpty(self) -> bool:
        return False


class CodesignApplication(QApplication):
    """The QApplication with English plurals installed from the start."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.plurals = EnglishPlurals(self)
        self.installTranslator(self.plurals)
