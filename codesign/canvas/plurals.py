"""English plural forms for the app's own texts: "%n note(s)" reads "1 note", "2 notes".

Counted texts are written the Qt way, `tr("%n note(s)", "", n)`, so a translation (Cymraeg has
six plural forms) gives each count its own words. English is the source language and has no
translation file, and Qt alone would show "1 note(s)"; this translator, installed under any
real one, gives the English forms: "(s)" or "(es)" is dropped for one and kept for the rest.
"""

from PySide6.QtCore import QCoreApplication, QTranslator

from codesign.text.catalogue import english_plural


class EnglishPlurals(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """None (a null string to Qt) lets Qt use the source text itself."""
        if n < 0 or "(" not in source:
            return None
        return english_plural(source, n)

    def isEmpty(self) -> bool:
        return False


def install_english_plurals(app: QCoreApplication) -> None:
    """Once per application, first, so a translation installed later is asked before it."""
    if app.findChild(EnglishPlurals) is None:
        app.installTranslator(EnglishPlurals(app))
