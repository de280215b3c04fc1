"""Translation for the layers without Qt (export, storage, CLI), from the app's own catalogues.

The whole project keeps one catalogue format, Qt's `.ts` (see docs/translating.md). Qt reads
the compiled `.qm`; the layers that must not import Qt read the same `.ts` XML here, with the
same contexts, sources and plural forms, so a translator works in one file. Texts are marked
`translate("report", "Voting results")` (or `marked(...)` for a table translated later), which
`tools.translations` collects like Qt's calls. The language is a context variable, set for one
export with `speaking(language)`, so a PDF written on a worker thread speaks the language it
was asked for while the window goes on in its own. Outside such a block the process's own
language applies (`use_language`): the app sets it with its interface language and the CLI
from `--language` or the system locale, so a storage or validation message comes out in the
language of whoever reads it.
"""

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from codesign.resources import LANGUAGES, resource_root

_LANGUAGE: ContextVar[str | None] = ContextVar("codesign_language", default=None)
_PROCESS_LANGUAGE = ["en"]
"""The language outside any `speaking` block; one per process, set by the app or the CLI."""
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
_PLURAL_ENDING = re.compile(r"\((e?s)\)")


def english_plural(source: str, n: int) -> str:
    """`source` with each "(s)"/"(es)" resolved for `n`; %n is left for the caller to fill in."""
    return _PLURAL_ENDING.sub("" if n == 1 else r"\1", source)


def welsh_form(n: int) -> int:
    """Which of Qt's five Welsh plural forms `n` takes: 0; 1; 2 to 5; 6; 7 and more."""
    if n in (0, 1):
        return n
    if 2 <= n <= 5:
        return 2
    return 3 if n == 6 else 4


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Texts translated inside the block are in `language` ("cy" or "en")."""
    token = _LANGUAGE.set(language if language in LANGUAGES else "en")
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


def language() -> str:
    return _LANGUAGE.get() or _PROCESS_LANGUAGE[0]


def use_language(code: str) -> None:
    """The language texts are in outside a `speaking` block, for the rest of the process."""
    _PROCESS_LANGUAGE[0] = code if code in LANGUAGES else "en"


def system_language(environ: dict[str, str] | None = None) -> str:
    """ "cy" when the locale names Welsh (LANGUAGE's first choice, or the first of LC_ALL,
    LC_MESSAGES and LANG that is set, as gettext reads them), else "en"."""
    environ = dict(os.environ) if environ is None else environ
    first = (environ.get("LANGUAGE") or "").split(":")[0]
    if not first:
        first = next((environ[name] for name in _LOCALE_VARIABLES if environ.get(name)), "")
    return "cy" if first.lower().split(".")[0].split("_")[0] == "cy" else "en"


def marked(context: str, source: str) -> str:
    """Marks a text for the catalogue where it is written down; translated where it is shown."""
    return source


def translate(context: str, source: str, disambiguation: str = "", n: int = -1) -> str:
    """`source` in the current language; a count fills %n and picks the plural form."""
    forms = _catalogue(language()).get((context, source, disambiguation))
    if forms is None:
        text = english_plural(source, n) if n >= 0 else source
    elif n >= 0 and len(forms) > 1:
        text = forms[min(welsh_form(n), len(forms) - 1)]
    else:
        text = forms[0]
    return text.replace("%n", str(n)) if n >= 0 else text


def catalogue_pairs(code: str) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every finished entry without a count."""
    return [
        (context, source, forms[0])
        for (context, source, _comment), forms in _catalogue(code).items()
        if len(forms) == 1 and "%n" not in source
    ]


@cache
def _catalogue(code: str) -> dict[tuple[str, str, str], list[str]]:
    """The finished entries of codesign_<code>.ts; English has none and reads its sources."""
    path = resource_root() / "translations" / f"codesign_{code}.ts"
    if code == "en" or not path.is_file():
        return {}
    found: dict[tuple[str, str, str], list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = forms or [translation.text or ""]
            if all(texts):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                found[key] = texts
    return found
