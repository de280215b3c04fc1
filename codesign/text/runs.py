"""A line of text cut into runs: one face and one direction each, in the order they are seen.

The PDF exporter writes a line run by run; the canvas hands the whole line to Qt, which finds
the same faces (the chain is registered with it) and applies the same bidirectional rules.

Direction follows the Unicode bidirectional algorithm for plain paragraphs (rules P2-P3, W1-W7
in simplified form, N1-N2, L1-L2; no explicit embeddings, which notes do not carry): a line
that starts in Arabic or Urdu reads right to left, English words inside it keep their order,
and numbers stay left to right.
"""

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from codesign.text.font_chain import PRIMARY, SHAPED, covered, face_for, is_invisible

_RIGHT = frozenset(("R", "AL"))
_NUMBER = frozenset(("EN", "AN"))
_MIRRORED = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")
_OPENING = {"(": ")", "[": "]", "{": "}"}


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    """In logical (typed) order; a right-to-left run is laid out by the shaper or reversed."""
    font: str | None
    """The reportlab font name, or None: no bundled face has these characters."""
    rtl: bool = False

    @property
    def shaped(self) -> bool:
        return self.font in SHAPED

    def visual(self) -> str:
        """The characters left to right, for a face that needs no shaping. Direction marks,
        overrides and other invisible controls are left out: an unshaped face would draw
        them as empty boxes (HarfBuzz handles them in shaped runs)."""
        text = visible(self.text)
        if not self.rtl:
            return text
        return text[::-1].translate(_MIRRORED)


def visible(text: str) -> str:
    """`text` without the characters that have no glyph of their own."""
    if text.isascii() and text.isprintable():
        return text
    return "".join(char for char in text if not is_invisible(char))


@lru_cache(maxsize=65_536)
def font_runs(text: str, bold: bool = False) -> tuple[Run, ...]:
    """`text` cut where the face changes, in logical order (used to measure widths)."""
    if covered(text, bold):
        return (Run(text, PRIMARY[bold].name),)
    runs: list[Run] = []
    start, current = 0, _face_of(text[0], None, bold) if text else None
    for index in range(1, len(text)):
        face = _face_of(text[index], current, bold)
        if face != current:
            runs.append(Run(text[start:index], current))
            start, current = index, face
    runs.append(Run(text[start:], current))
    return tuple(runs)


def _face_of(char: str, current: str | None, bold: bool) -> str | None:
    """Joiners and combining marks stay with the run before them when its face has them."""
    if is_invisible(char):
        return current or PRIMARY[bold].name  # drawn as nothing, never as a placeholder
    if unicodedata.category(char) == "Mn" and current is not None:
        return current
    return face_for(char, bold)


@lru_cache(maxsize=65_536)
def visual_runs(line: str, bold: bool = False) -> tuple[Run, ...]:
    """`line` as runs left to right on the page, each with one face and one direction."""
    if covered(line, bold) and line.isascii():
        return (Run(line, PRIMARY[bold].name),)
    levels = bidi_levels(line)
    pieces: list[tuple[Run, int]] = []
    offset = 0
    for run in font_runs(line, bold):
        start = offset
        offset += len(run.text)
        for index in range(start + 1, offset + 1):
            if index == offset or levels[index] != levels[start]:
                level = levels[start]
                pieces.append((Run(line[start:index], run.font, level % 2 == 1), level))
                start = index
    return tuple(piece for piece, _level in _reorder(pieces))


def _reorder(pieces: list[tuple[Run, int]]) -> list[tuple[Run, int]]:
    """Rule L2: from the highest level down to the lowest odd one, reverse each stretch."""
    if not pieces:
        return pieces
    highest = max(level for _run, level in pieces)
    lowest_odd = min((level for _run, level in pieces if level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(pieces):
            if pieces[index][1] < level:
                index += 1
                continue
            end = index
            while end < len(pieces) and pieces[end][1] >= level:
                end += 1
            pieces[index:end] = pieces[index:end][::-1]
            index = end
    return pieces


def paragraph_is_rtl(text: str) -> bool:
    """Rules P2-P3: the first strong character decides the paragraph's direction."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in _RIGHT:
            return True
    return False


def bidi_levels(text: str) -> list[int]:
    """An embedding level per character: even reads left to right, odd right to left."""
    base = 1 if paragraph_is_rtl(text) else 0
    kinds = [unicodedata.bidirectional(char) for char in text]
    strong = _resolve_weak(kinds, base)
    _resolve_brackets(text, strong, base)
    _resolve_neutrals(strong, base)
    # Rules I1-I2: right to left sits at 1; left to right at 0 in a left-to-right paragraph
    # and at 2 inside a right-to-left one; digits among right-to-left text at 2.
    left = 0 if base == 0 else 2
    levels = [1 if kind == "R" else 2 if kind == "NUM" else left for kind in strong]
    for index in range(len(text) - 1, -1, -1):
        if not text[index].isspace():
            break
        levels[index] = base
    return levels


def _resolve_weak(kinds: list[str], base: int) -> list[str]:
    """Each character as L, R, NUM (a digit) or N (neutral), marks taking their base's kind."""
    resolved: list[str] = []
    last_strong = "R" if base else "L"
    for kind in kinds:
        if kind == "NSM" and resolved:
            resolved.append(resolved[-1])
            continue
        if kind == "L":
            last_strong = "L"
            resolved.append("L")
        elif kind in _RIGHT:
            last_strong = "R"
            resolved.append("R")
        elif kind in _NUMBER:
            resolved.append("L" if last_strong == "L" else "NUM")
        else:
            resolved.append("N")
    return resolved


def _resolve_brackets(text: str, kinds: list[str], base: int) -> None:
    """N0: a bracket pair takes one direction, so "سفر (2)" keeps its brackets round the 2:
    the paragraph's direction if it occurs inside, else the other one if it occurs inside and
    before the pair as well."""
    embedding = "R" if base else "L"
    opened: list[tuple[str, int]] = []
    for index, char in enumerate(text):
        if char in _OPENING:
            opened.append((_OPENING[char], index))
        elif opened and char == opened[-1][0]:
            _closing, start = opened.pop()
            inside = {_side(kind) for kind in kinds[start + 1 : index] if kind != "N"}
            if embedding in inside:
                found = embedding
            elif inside:
                before = next(
                    (_side(kind) for kind in reversed(kinds[:start]) if kind != "N"), embedding
                )
                found = before if before in inside else embedding
            else:
                continue
            kinds[start] = kinds[index] = found


def _resolve_neutrals(kinds: list[str], base: int) -> None:
    """N1-N2: neutrals between two of one direction take it (digits count as right to left);
    otherwise they take the paragraph's direction."""
    embedding = "R" if base else "L"
    index = 0
    while index < len(kinds):
        if kinds[index] != "N":
            index += 1
            continue
        end = index
        while end < len(kinds) and kinds[end] == "N":
            end += 1
        before = _side(kinds[index - 1]) if index else embedding
        after = _side(kinds[end]) if end < len(kinds) else embedding
        kinds[index:end] = [before if before == after else embedding] * (end - index)
        index = end
    for index, kind in enumerate(kinds):
        if kind == "N":
            kinds[index] = embedding


def _side(kind: str) -> str:
    return "R" if kind in ("R", "NUM") else "L"
