"""Suggested themes: free notes grouped by a meaningful word or phrase they share.

Greedy and explainable, so a facilitator can see why notes were put together: the term found
on the most notes makes the first group, its notes are set aside, and counting starts again on
the rest. A theme is only offered when it is worth accepting: a single word must be shared by
at least three notes, a two-word phrase ("case number") by at least two, and neither may be a
common word of English or Welsh. Notes that share nothing meaningful are left alone.
"""

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from pydantic import BaseModel

from codesign.model.clustering import reading_order
from codesign.model.items import Note
from codesign.model.stop_words import STOP_WORDS

MIN_NOTES_FOR_WORD = 3
"""Two notes sharing one word is often chance ("form", "week"); three is a pattern."""
MIN_NOTES_FOR_PHRASE = 2
"""Two notes sharing two words side by side ("case number") have a theme in common."""
_WORD = re.compile(r"[^\W_]+")


class SuggestedCluster(BaseModel, frozen=True):
    """A theme proposed for the facilitator to accept or reject."""

    title: str
    note_ids: tuple[str, ...]
    word: str
    """The stem (or two stems, space-separated) every note in the group shares."""


def fold(text: str) -> str:
    """Lowercase with accents dropped, so `Gŵyl` and `gwyl` are one word."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def stem(word: str) -> str:
    """A light suffix stripper: `letters`→`letter`, `waiting`/`waited`→`wait`, `sharing`→`shar`."""
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        word = word[:-1]
    for suffix in ("ing", "ed", "ly", "ion"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            if suffix != "ion" and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def significant_words(text: str) -> dict[str, str]:
    """The stems of a note's meaningful words, each with the first form it was written in."""
    words: dict[str, str] = {}
    for written in _WORD.findall(text):
        key = _significant_stem(written.casefold())
        if key is not None:
            words.setdefault(key, written)
    return words


def terms(text: str) -> dict[str, str]:
    """A note's meaningful words and its two-word phrases of meaningful words side by side,
    each stem (or pair of stems) with the first form it was written in."""
    found: dict[str, str] = {}
    previous: tuple[str, str] | None = None
    for written in _WORD.findall(text):
        key = _significant_stem(written.casefold())
        if key is None:
            previous = None
            continue
        found.setdefault(key, written)
        if previous is not None and key != previous[0]:
            found.setdefault(f"{previous[0]} {key}", f"{previous[1]} {written}")
        previous = (key, written)
    return found


@lru_cache(maxsize=65536)
def _significant_stem(word: str) -> str | None:
    """Cached, since a workshop's notes reuse a small vocabulary; None for a stop word."""
    folded = word if word.isascii() else fold(word)
    if len(folded) < 3 or folded in STOP_WORDS or not folded.isalpha():
        return None
    return stem(folded)


def _enough(term: str, count: int) -> bool:
    return count >= (MIN_NOTES_FOR_PHRASE if " " in term else MIN_NOTES_FOR_WORD)


def _best(counts: Counter[str]) -> str | None:
    """The term on the most notes; at equal counts a phrase (more telling), then alphabetical."""
    worthy = [(term, count) for term, count in counts.items() if _enough(term, count)]
    if not worthy:
        return None
    return min(worthy, key=lambda pair: (-pair[1], " " not in pair[0], pair[0]))[0]


def _title(term: str, group: Sequence[str], found: dict[str, dict[str, str]]) -> str:
    """The commonest way the notes wrote the term, or a phrase with it that most of them use
    ("Phone calls" rather than "Phone"), with a capital first letter."""
    if " " not in term:
        phrases = Counter(
            key
            for note_id in group
            for key in found[note_id]
            if term in key.split(" ") and " " in key
        )
        common = [key for key, count in phrases.items() if 2 * count >= len(group) and count > 1]
        if common:
            term = min(common, key=lambda key: (-phrases[key], key))
    forms = Counter(found[note_id][term] for note_id in group if term in found[note_id])
    form = min(forms.items(), key=lambda pair: (-pair[1], pair[0]))[0]
    return form[:1].upper() + form[1:]


def suggest_clusters(notes: Sequence[Note]) -> list[SuggestedCluster]:
    """Themes worth accepting among `notes`; the same notes always give the same suggestions.

    The counts are kept up to date as groups are set aside, and each term knows its notes, so
    a wall of 10,000 notes costs one pass over their words plus one scan of the vocabulary per
    theme, never a recount of every note per theme.
    """
    found = {note.id: terms(note.text) for note in notes}
    holders: dict[str, list[str]] = {}
    for note in reading_order(notes):
        for term in found[note.id]:
            holders.setdefault(term, []).append(note.id)
    counts = Counter({term: len(ids) for term, ids in holders.items()})
    taken: set[str] = set()
    suggestions: list[SuggestedCluster] = []
    while (best := _best(counts)) is not None:
        group = tuple(note_id for note_id in holders[best] if note_id not in taken)
        suggestions.append(
            SuggestedCluster(title=_title(best, group, found), note_ids=group, word=best)
        )
        taken.update(group)
        for note_id in group:
            for term in found[note_id]:
                counts[term] -= 1
                if not counts[term]:
                    del counts[term]
    return suggestions
