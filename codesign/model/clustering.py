"""Theme clusters as geometry: fitting, tidying, membership by containment, suggestions.

Pure arithmetic on the model, so the canvas, the commands and the PDF agree on where a cluster
is and which notes it holds: a note belongs to the cluster its centre falls in, and a cluster is
always big enough to show its members under its title bar.
"""

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import NamedTuple

from pydantic import BaseModel

from codesign.model.items import BoxItem, Cluster, Note

CLUSTER_TITLE_HEIGHT = 64.0
"""The band at the top of a cluster that holds its title and count badge."""
CLUSTER_PADDING = 24.0
"""Space between a cluster's edge (or title bar) and the notes inside it."""
TIDY_GAP = 20.0
MIN_CLUSTER_WIDTH = 240.0
MIN_CLUSTER_HEIGHT = 160.0
CLUSTER_COLOURS = ("blue", "green", "pink", "orange", "purple", "teal", "yellow", "grey")


class Rect(NamedTuple):
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom

    def united(self, other: "Rect") -> "Rect":
        left, top = min(self.x, other.x), min(self.y, other.y)
        return Rect(
            left, top, max(self.right, other.right) - left, max(self.bottom, other.bottom) - top
        )


def rect_of(item: BoxItem) -> Rect:
    return Rect(item.x, item.y, item.width, item.height)


def centre_of(item: BoxItem) -> tuple[float, float]:
    return item.x + item.width / 2, item.y + item.height / 2


def bounds(items: Iterable[BoxItem]) -> Rect | None:
    """The smallest rectangle around every item, or None when there are none."""
    result: Rect | None = None
    for item in items:
        result = rect_of(item) if result is None else result.united(rect_of(item))
    return result


def fitted_rect(notes: Iterable[BoxItem]) -> Rect | None:
    """The cluster rectangle that shows `notes` with padding all round and the title bar above."""
    inner = bounds(notes)
    if inner is None:
        return None
    outer = _padded(inner)
    return outer._replace(
        width=max(MIN_CLUSTER_WIDTH, outer.width), height=max(MIN_CLUSTER_HEIGHT, outer.height)
    )


def _padded(inner: Rect) -> Rect:
    top = CLUSTER_PADDING + CLUSTER_TITLE_HEIGHT
    return Rect(
        inner.x - CLUSTER_PADDING,
        inner.y - top,
        inner.width + 2 * CLUSTER_PADDING,
        inner.height + top + CLUSTER_PADDING,
    )


def with_rect(cluster: Cluster, rect: Rect) -> Cluster:
    return cluster.model_copy(update=rect._asdict())


def fit_cluster(cluster: Cluster, notes: Iterable[BoxItem]) -> Cluster:
    """`cluster` resized around its notes; an empty cluster keeps its rectangle."""
    rect = fitted_rect(notes)
    return cluster if rect is None else with_rect(cluster, rect)


def grow_to_contain(cluster: Cluster, note: BoxItem) -> Cluster:
    """`cluster` grown (never shrunk) so a note dropped at its edge sits wholly inside it."""
    grown = rect_of(cluster).united(_padded(rect_of(note)))
    return cluster if grown == rect_of(cluster) else with_rect(cluster, grown)


def cluster_at(x: float, y: float, clusters: Iterable[Cluster]) -> Cluster | None:
    """The cluster whose rectangle holds the point, the topmost (by z, then id) if they overlap."""
    hits = [cluster for cluster in clusters if rect_of(cluster).contains(x, y)]
    return max(hits, key=lambda cluster: (cluster.z, cluster.id), default=None)


def cluster_for_note(note: BoxItem, clusters: Iterable[Cluster]) -> Cluster | None:
    """Where a note belongs by the picture: the cluster its centre falls in."""
    return cluster_at(*centre_of(note), clusters)


def reading_order(notes: Iterable[Note]) -> list[Note]:
    """Notes as a person reads them: rows top to bottom, each row left to right.

    A note joins the current row while its centre is above the bottom half of the row's first
    note, so a hand-placed row that wobbles by a few pixels still reads as one row.
    """
    rows: list[list[Note]] = []
    for note in sorted(notes, key=lambda n: (centre_of(n)[1], n.x, n.id)):
        if rows and centre_of(note)[1] < centre_of(rows[-1][0])[1] + rows[-1][0].height / 2:
            rows[-1].append(note)
        else:
            rows.append([note])
    return [note for row in rows for note in sorted(row, key=lambda n: (n.x, n.id))]


def grid_columns(count: int) -> int:
    return max(1, math.ceil(math.sqrt(count)))


def arrange_in_grid(cluster: Cluster, ordered: Sequence[Note]) -> tuple[Cluster, list[Note]]:
    """Lay `ordered` out row-major in a near-square grid under the title bar, then fit.

    Members are stored in the new order, so the side panel and the PDF list them as laid out.
    """
    if not ordered:
        return cluster, []
    columns = grid_columns(len(ordered))
    cell_w = max(note.width for note in ordered) + TIDY_GAP
    cell_h = max(note.height for note in ordered) + TIDY_GAP
    left = cluster.x + CLUSTER_PADDING
    top = cluster.y + CLUSTER_TITLE_HEIGHT + CLUSTER_PADDING
    placed = [
        note.model_copy(
            update={"x": left + (i % columns) * cell_w, "y": top + (i // columns) * cell_h}
        )
        for i, note in enumerate(ordered)
    ]
    fitted = fit_cluster(cluster, placed).model_copy(
        update={"members": tuple(note.id for note in placed)}
    )
    return fitted, placed


def tidy(cluster: Cluster, notes: Mapping[str, Note]) -> tuple[Cluster, list[Note]]:
    """Members in a neat grid, in the order they already read in."""
    return arrange_in_grid(cluster, reading_order(notes[m] for m in cluster.members))


def sort_by_votes(
    cluster: Cluster, notes: Mapping[str, Note], tally: Mapping[str, int]
) -> tuple[Cluster, list[Note]]:
    """Members in a grid, most votes first; equal votes keep their reading order."""
    ordered = reading_order(notes[m] for m in cluster.members)
    ordered.sort(key=lambda note: -tally.get(note.id, 0))
    return arrange_in_grid(cluster, ordered)


def next_cluster_colour(clusters: Iterable[Cluster]) -> str:
    """The least-used cluster colour, so neighbouring themes tend to differ."""
    used = Counter(cluster.colour for cluster in clusters)
    return min(CLUSTER_COLOURS, key=lambda colour: (used[colour], CLUSTER_COLOURS.index(colour)))


class SuggestedCluster(BaseModel, frozen=True):
    """A theme proposed for the facilitator to accept or reject."""

    title: str
    note_ids: tuple[str, ...]
    word: str
    """The stem every note in the group shares."""


_ENGLISH = """a about above after again all also am an and any are as at be because been before
    being below between both but by can could did do does doing don done down during each even every
    few for from further get got had has have having he her here hers him his how i if in into
    is it its just let like lot lots made make many may me more most much must my need no nor
    not now of off on once one only or other our ours out over own really same see she should
    so some such than that the their them then there these they thing things this those through
    to too under until up upon us use very want was way we well were what when where which while
    who whom why will with would yes yet you your yours"""
_WELSH = """a ac ag am ar at bod bydd byddai chi cyn dan dros drwy dy ddim dim e ef efo ei eich ein
    er eu fe fel fo fy gan gall gyda hefyd heb hi hon hwn hwy hyd hyn hynny i iawn mae maen
    mewn mi na nad neu ni nid nhw o oedd oes ond os pan pawb pob rhaid roedd rwy sut sydd tan
    ti trwy un wedi wrth y yma yn yna yr yw ydy ydw ydyn"""
STOP_WORDS = frozenset(_ENGLISH.split()) | frozenset(_WELSH.split())
"""English and Welsh words too common to name a theme, accents already folded."""
_WORD = re.compile(r"[^\W_]+")


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
    for written in _WORD.findall(text.casefold()):
        key = _significant_stem(written)
        if key is not None:
            words.setdefault(key, written)
    return words


@lru_cache(maxsize=65536)
def _significant_stem(written: str) -> str | None:
    """Cached, since a workshop's notes reuse a small vocabulary; None for a stop word."""
    word = written if written.isascii() else fold(written)
    if len(word) < 3 or word in STOP_WORDS or word.isdigit():
        return None
    return stem(word)


def suggest_clusters(notes: Sequence[Note], min_size: int = 2) -> list[SuggestedCluster]:
    """Group notes by the word most of them share, repeatedly; same notes, same suggestions.

    Greedy and explainable: the stem found on the most notes (ties alphabetical) makes the
    first group, its notes are set aside, and counting starts again on the rest. Notes that
    share nothing significant are left out rather than forced into a theme.
    """
    words = {note.id: significant_words(note.text) for note in notes}
    remaining = [note.id for note in reading_order(notes)]
    suggestions: list[SuggestedCluster] = []
    while remaining:
        counts = Counter(s for note_id in remaining for s in words[note_id])
        best = min(counts.items(), key=lambda pair: (-pair[1], pair[0]), default=None)
        if best is None or best[1] < min_size:
            break
        group = tuple(note_id for note_id in remaining if best[0] in words[note_id])
        forms = Counter(words[note_id][best[0]] for note_id in group)
        form = min(forms.items(), key=lambda pair: (-pair[1], pair[0]))[0]
        suggestions.append(SuggestedCluster(title=form.capitalize(), note_ids=group, word=best[0]))
        taken = set(group)
        remaining = [note_id for note_id in remaining if note_id not in taken]
    return suggestions
