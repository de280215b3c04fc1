"""The app's language: Cymraeg or English, chosen in Settings or following the system.

Translations are Qt catalogues compiled from translations/*.ts (see docs/translating.md):
codesign_cy.qm holds the app's own texts, qt_cy.qm the texts Qt itself draws (standard
buttons, file dialogs, the text fields' menus), since Qt ships no Welsh. They are installed
after the English plurals translator, so Qt asks them first. Installing or removing a
translator sends every widget a LanguageChange event, which is how the window changes
language without a restart. Dates and numbers follow through the default QLocale.
"""

import math
import os

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTranslator

from codesign.canvas.plurals import english_plural
from codesign.resources import resource_root
from codesign.text.catalogue import use_language
from codesign.ui.common.retranslation import retranslate_all

SYSTEM = "system"
CHOICES: tuple[tuple[str, str], ...] = (
    (SYSTEM, QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system")),
    ("cy", "Cymraeg"),
    ("en", "English"),
)
"""(code, name) as Settings lists them; each language is named in itself, so never translated."""
CATALOGUES = ("codesign", "qt")
PSEUDO_VARIABLE = "CODESIGN_PSEUDO"
"""Set to 1 to make every text 40 % longer, to find labels and buttons that clip."""
PSEUDO_GROWTH = 0.4


def resolved(code: str) -> str:
    """ "cy" or "en": `system` follows the system's language, and a Welsh system gets Welsh."""
    if code == SYSTEM:
        return "cy" if QLocale.system().language() == QLocale.Language.Welsh else "en"
    return code if code in ("cy", "en") else "en"


class _Catalogue(QTranslator):
    """A translator this module installed, so it can find and remove its own."""


class PseudoTranslator(_Catalogue):
    """Every text in English, 40 % longer and bracketed, placeholders and mnemonics intact."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        text = english_plural(source, n) if n >= 0 else source
        return f"[{text}{'·' * math.ceil(len(text) * PSEUDO_GROWTH)}]"

    def isEmpty(self) -> bool:
        return False


_shown = ["en"]
"""The language the texts on screen are in, so a change knows what to change them from."""


def shown_language() -> str:
    """ "cy" or "en": the language the window speaks now (a room's phones speak it too)."""
    return _shown[0]


def install_language(code: str) -> str:
    """Install the catalogues for `code` (or the pseudo-translation); returns the language used.

    Widgets already built get their texts in the new language too (see `retranslation`)."""
    language = _install(code)
    use_language(language)  # storage's messages and the template list follow the window
    if os.environ.get(PSEUDO_VARIABLE) != "1" and language != _shown[0]:
        retranslate_all(_shown[0], language)
    _shown[0] = language
    return language


def _install(code: str) -> str:
    app = QCoreApplication.instance()
    assert app is not None
    for old in app.findChildren(_Catalogue):
        app.removeTranslator(old)
        old.deleteLater()
    language = resolved(code)
    if os.environ.get(PSEUDO_VARIABLE) == "1":
        app.installTranslator(PseudoTranslator(app))
        return language
    if language == "cy":
        for name in CATALOGUES:
            translator = _Catalogue(app)
            if translator.load(str(resource_root() / "translations" / f"{name}_cy.qm")):
                app.installTranslator(translator)
    welsh = QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom)
    english = QLocale.system() if resolved(SYSTEM) == "en" else QLocale(QLocale.Language.English)
    QLocale.setDefault(welsh if language == "cy" else english)
    return language
