"""A note's language where its script names one, for `lang` in the accessible report.

Screen readers pick a voice by `lang`: without it, a Bengali note is read with the English
voice as noise. Only scripts that belong to one language here are named (Urdu is told from
Arabic by the letters only Urdu uses); Latin, Cyrillic and Devanagari serve many languages,
so a note in them is left to the page's language unless its letters are unmistakable.
"""

import unicodedata
from collections import Counter

_SCRIPTS = (
    ("HEBREW", "he"),
    ("THAI", "th"),
    ("BENGALI", "bn"),
    ("GURMUKHI", "pa"),
    ("GUJARATI", "gu"),
    ("TAMIL", "ta"),
    ("HANGUL", "ko"),
    ("HIRAGANA", "ja"),
    ("KATAKANA", "ja"),
    ("CJK", "zh"),
    ("ARABIC", "ar"),
    ("CYRILLIC", "cyrillic"),
    ("LATIN", "latin"),
)
_URDU = frozenset("ٹڈڑںےۓھہ")
_UKRAINIAN = frozenset("іїєґІЇЄҐ")


def language_of(text: str) -> str | None:
    """A BCP 47 tag when most of the letters are in a script that names the language."""
    scripts: Counter[str] = Counter()
    for char in text:
        if char.isalpha():
            scripts[_script(char)] += 1
    if not scripts:
        return None
    script, count = scripts.most_common(1)[0]
    if count * 2 <= sum(scripts.values()):
        return None
    if script == "ar" and _URDU.intersection(text):
        return "ur"
    if script == "cyrillic":
        return "uk" if _UKRAINIAN.intersection(text) else None
    if script == "ja" or (script == "zh" and scripts["ja"]):
        return "ja"
    return None if script in ("latin", "other") else script


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    for prefix, tag in _SCRIPTS:
        if name.startswith(prefix):
            return tag
    return "other"
