"""Theme cluster edits, each one undo step, keeping membership and the picture in agreement.

The rule everywhere: a note belongs to the cluster its centre lies in, and a cluster always
contains its members. Moving, dropping and grouping change positions and `members` together,
in the same step, so an undo never leaves a note drawn inside a theme it is not part of.
"""

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from codesign.commands.board_edit import BoardEdit
from codesign.commands.change_records import record_change
from codesign.commands.cluster_placement import clear_of_maps, notes_on_maps
from codesign.commands.outcome import NOTHING, Outcome
from codesign.commands.removal import removal_plan
from codesign.document import BoardDocument
from codesign.model import Cluster, Note, VotingRound
from codesign.model.clustering import (
    Rect,
    cluster_for_note,
    fit_cluster,
    next_cluster_colour,
    reading_order,
    sort_by_votes,
    tidy,
)
from codesign.model.ids import new_id


def _tr(text: str) -> str:
    return QCoreApplication.translate("commands", text)


def notes_of(document: BoardDocument, ids: Iterable[str]) -> list[Note]:
    found = (document.get(key) for key in dict.fromkeys(ids))
    return [note for note in found if isinstance(note, Note)]


def _clusters(document: BoardDocument) -> list[Cluster]:
    return list(document.records_of(Cluster))


def _cluster(document: BoardDocument, cluster_id: str) -> Cluster:
    cluster = document.get(cluster_id)
    if not isinstance(cluster, Cluster):
        raise KeyError(f"no cluster {cluster_id!r}")
    return cluster


def beneath_notes(document: BoardDocument) -> int:
    """A new cluster's z: below every note, so it never hides one it happens to cover."""
    return min((note.z for note in document.records_of(Note)), default=0) - 1


def make_cluster(
    document: BoardDocument, note_ids: Iterable[str], title: str = "", colour: str | None = None
) -> Outcome:
    """Group the notes into a new cluster fitted round them; nothing when no note was given.

    Notes already in another theme move to this one: a note belongs to one cluster at a time.
    """
    on_maps = notes_on_maps(document)
    notes = [note for note in notes_of(document, note_ids) if note.id not in on_maps]
    if not notes:
        return NOTHING
    clusters = _clusters(document)
    cluster = fit_cluster(
        Cluster(
            id=new_id("cluster"),
            z=beneath_notes(document),
            title=title,
            colour=colour or next_cluster_colour(clusters),
            members=tuple(note.id for note in reading_order(notes)),
        ),
        notes,
    )
    edit = BoardEdit(document)
    edit.leave(cluster.members)
    for record in clear_of_maps(document, cluster, notes):
        edit.put(record)
    return edit.push(_tr("Group into cluster"), made=[cluster.id])


def add_cluster(
    document: BoardDocument, rect: Rect, title: str = "", colour: str | None = None
) -> Outcome:
    """A cluster drawn as a rectangle; free notes whose centres it covers join it (notes in a
    journey map's cells stay there, and a theme drawn over a map moves clear of it)."""
    clusters = _clusters(document)
    drawn = Cluster(
        id=new_id("cluster"),
        z=beneath_notes(document),
        title=title,
        colour=colour or next_cluster_colour(clusters),
        **Rect(*rect)._asdict(),
    )
    taken = {m for c in clusters for m in c.members} | notes_on_maps(document)
    inside = [
        note
        for note in document.records_of(Note)
        if note.id not in taken and cluster_for_note(note, [drawn])
    ]
    edit = BoardEdit(document)
    edit.put(drawn)
    if inside:
        edit.join(drawn.id, [note.id for note in reading_order(inside)])
    made = edit.current(drawn.id)
    assert isinstance(made, Cluster)
    members = [note for note in map(edit.current, made.members) if isinstance(note, Note)]
    for record in clear_of_maps(document, made, members):
        edit.put(record)
    return edit.push(_tr("Add cluster"), made=[drawn.id])


def rename_cluster(document: BoardDocument, cluster_id: str, title: str) -> Outcome:
    """Typing a title is one step however many keystrokes it takes (they merge)."""
    cluster = _cluster(document, cluster_id).model_copy(update={"title": title})
    return record_change(
        document, _tr("Rename cluster"), [cluster], merge_key=f"title:{cluster_id}"
    )


def tidy_cluster(document: BoardDocument, cluster_id: str) -> Outcome:
    cluster = _cluster(document, cluster_id)
    tidied, notes = tidy(cluster, {n.id: n for n in notes_of(document, cluster.members)})
    return record_change(document, _tr("Tidy cluster"), [tidied, *notes])


def sort_cluster_by_votes(document: BoardDocument, cluster_id: str, round_id: str) -> Outcome:
    """Members laid out most-voted first, so the room reads the theme's priorities in order."""
    cluster = _cluster(document, cluster_id)
    voting = document.get(round_id)
    if not isinstance(voting, VotingRound):
        raise KeyError(f"no voting round {round_id!r}")
    notes = {n.id: n for n in notes_of(document, cluster.members)}
    arranged, placed = sort_by_votes(cluster, notes, voting.tally())
    return record_change(document, _tr("Sort cluster by votes"), [arranged, *placed])


def ungroup_clusters(document: BoardDocument, cluster_ids: Iterable[str]) -> Outcome:
    """Remove the clusters and keep their notes where they are."""
    return _remove(document, cluster_ids, with_notes=False, text=_tr("Ungroup"))


def delete_clusters(
    document: BoardDocument, cluster_ids: Iterable[str], with_notes: bool
) -> Outcome:
    """Remove the clusters, and their notes too if asked, with everything that referred to them."""
    text = _tr("Delete cluster and notes") if with_notes else _tr("Delete cluster")
    return _remove(document, cluster_ids, with_notes=with_notes, text=text)


def _remove(
    document: BoardDocument, cluster_ids: Iterable[str], with_notes: bool, text: str
) -> Outcome:
    clusters = [c for c in (document.get(key) for key in cluster_ids) if isinstance(c, Cluster)]
    gone = [c.id for c in clusters]
    if with_notes:
        gone += [m for c in clusters for m in c.members]
    updated, removed = removal_plan(document.items(), document.records_of(VotingRound), gone)
    return record_change(document, text, updated, removed)
