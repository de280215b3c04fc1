"""Theme cluster edits, each one undo step, keeping membership and the picture in agreement.

The rule everywhere: a note belongs to the cluster its centre lies in, and a cluster always
contains its members. Moving, dropping and grouping change positions and `members` together,
in the same step, so an undo never leaves a note drawn inside a theme it is not part of.
"""

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from codesign.commands.change_records import ChangeRecords, record_change
from codesign.commands.cluster_placement import clear_of_maps, notes_on_maps
from codesign.commands.journeys import moved_records
from codesign.commands.removal import removal_plan
from codesign.document import BoardDocument, RecordValue
from codesign.model import BoxItem, Cluster, Item, Note, VotingRound
from codesign.model.clustering import (
    CLUSTER_PADDING,
    CLUSTER_TITLE_HEIGHT,
    TIDY_GAP,
    Rect,
    bounds,
    cluster_for_note,
    fit_cluster,
    grow_to_contain,
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


class ClusterEdit:
    """Records changed so far in one gesture, so several rules can touch the same record."""

    def __init__(self, document: BoardDocument) -> None:
        self.document = document
        self.values: dict[str, Item | VotingRound] = {}
        self._clusters = {c.id: c for c in document.records_of(Cluster)}

    def current(self, key: str) -> RecordValue | None:
        return self.values.get(key) or self.document.get(key)

    def put(self, record: Item | VotingRound) -> None:
        self.values[record.id] = record
        if isinstance(record, Cluster):
            self._clusters[record.id] = record

    def clusters(self) -> list[Cluster]:
        return list(self._clusters.values())

    def leave(self, note_ids: Iterable[str], staying_in: str | None = None) -> None:
        """Take the notes out of whichever clusters hold them (except `staying_in`)."""
        leaving = set(note_ids)
        for cluster in self.clusters():
            if cluster.id != staying_in and not leaving.isdisjoint(cluster.members):
                members = tuple(m for m in cluster.members if m not in leaving)
                self.put(cluster.model_copy(update={"members": members}))

    def join(self, cluster_id: str, note_ids: Sequence[str]) -> None:
        """Add the notes to the cluster, grow it round them and keep them drawn above it."""
        self.leave(note_ids, staying_in=cluster_id)
        cluster = self._clusters[cluster_id]
        known = set(cluster.members)
        joining = tuple(n for n in dict.fromkeys(note_ids) if n not in known)
        cluster = cluster.model_copy(update={"members": (*cluster.members, *joining)})
        for note_id in note_ids:
            note = self.current(note_id)
            assert isinstance(note, Note)
            if note.z <= cluster.z:
                note = note.model_copy(update={"z": cluster.z + 1})
                self.put(note)
            cluster = grow_to_contain(cluster, note)
        self.put(cluster)

    def push(self, text: str, merge_key: str | None = None) -> ChangeRecords | None:
        return record_change(self.document, text, self.values.values(), merge_key=merge_key)


def beneath_notes(document: BoardDocument) -> int:
    """A new cluster's z: below every note, so it never hides one it happens to cover."""
    return min((note.z for note in document.records_of(Note)), default=0) - 1


def make_cluster(
    document: BoardDocument, note_ids: Iterable[str], title: str = "", colour: str | None = None
) -> str | None:
    """Group the notes into a new cluster fitted round them; None when no note was given.

    Notes already in another theme move to this one: a note belongs to one cluster at a time.
    """
    on_maps = notes_on_maps(document)
    notes = [note for note in notes_of(document, note_ids) if note.id not in on_maps]
    if not notes:
        return None
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
    edit = ClusterEdit(document)
    edit.leave(cluster.members)
    for record in clear_of_maps(document, cluster, notes):
        edit.put(record)
    edit.push(_tr("Group into cluster"))
    return cluster.id


def add_cluster(
    document: BoardDocument, rect: Rect, title: str = "", colour: str | None = None
) -> str:
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
    edit = ClusterEdit(document)
    edit.put(drawn)
    if inside:
        edit.join(drawn.id, [note.id for note in reading_order(inside)])
    made = edit.current(drawn.id)
    assert isinstance(made, Cluster)
    members = [note for note in map(edit.current, made.members) if isinstance(note, Note)]
    for record in clear_of_maps(document, made, members):
        edit.put(record)
    edit.push(_tr("Add cluster"))
    return drawn.id


def rename_cluster(document: BoardDocument, cluster_id: str, title: str) -> ChangeRecords | None:
    """Typing a title is one step however many keystrokes it takes (they merge)."""
    cluster = _cluster(document, cluster_id).model_copy(update={"title": title})
    return record_change(
        document, _tr("Rename cluster"), [cluster], merge_key=f"title:{cluster_id}"
    )


def add_to_cluster(
    document: BoardDocument, cluster_id: str, note_ids: Iterable[str]
) -> ChangeRecords | None:
    """The notes join the cluster (from a menu, not a drag), so they also move into it.

    Notes already lying in it stay put; the others are lined up under its members, and the
    cluster grows to hold them, so what the room sees matches what the theme holds.
    """
    cluster = _cluster(document, cluster_id)
    notes = notes_of(document, note_ids)
    outside = [n for n in notes if cluster_for_note(n, [cluster]) is None]
    members = bounds(notes_of(document, cluster.members))
    x = cluster.x + CLUSTER_PADDING
    y = members.bottom + TIDY_GAP if members else cluster.y + CLUSTER_TITLE_HEIGHT + CLUSTER_PADDING
    edit = ClusterEdit(document)
    for note in reading_order(outside):
        edit.put(note.model_copy(update={"x": x, "y": y}))
        x += note.width + TIDY_GAP
    edit.join(cluster.id, [note.id for note in notes])
    return edit.push(_tr("Add to cluster"))


def remove_from_cluster(document: BoardDocument, note_ids: Iterable[str]) -> ChangeRecords | None:
    """The notes leave their clusters and step out to the right of them, so they no longer look
    like members."""
    notes = {note.id: note for note in notes_of(document, note_ids)}
    edit = ClusterEdit(document)
    for cluster in edit.clusters():
        y = cluster.y
        for member in cluster.members:
            if member in notes:
                edit.put(
                    notes[member].model_copy(
                        update={"x": cluster.x + cluster.width + TIDY_GAP, "y": y}
                    )
                )
                y += notes[member].height + TIDY_GAP
    edit.leave(notes)
    return edit.push(_tr("Remove from cluster"))


def move_items(
    document: BoardDocument,
    positions: Mapping[str, tuple[float, float]],
    merge_key: str | None = None,
) -> ChangeRecords | None:
    """The end of a drag: items to new top-left corners, in one step, membership following.

    A moved cluster carries its members by the same offset. Every other moved note then
    belongs to the cluster its centre landed in (which grows to contain it), or to none.
    """
    if all(_stays_put(document.get(key), x, y) for key, (x, y) in positions.items()):
        return None
    edit = ClusterEdit(document)
    carried: set[str] = set()
    for key, (x, y) in positions.items():
        item = document.get(key)
        if not isinstance(item, Cluster):
            continue
        dx, dy = x - item.x, y - item.y
        edit.put(item.model_copy(update={"x": x, "y": y}))
        for note in notes_of(document, item.members):
            if note.id not in positions:
                carried.add(note.id)
                edit.put(note.model_copy(update={"x": note.x + dx, "y": note.y + dy}))
    dropped: list[Note] = []
    for key, (x, y) in positions.items():
        item = document.get(key)
        if isinstance(item, BoxItem) and not isinstance(item, Cluster):
            moved = item.model_copy(update={"x": x, "y": y})
            edit.put(moved)
            if isinstance(moved, Note):
                dropped.append(moved)
    _follow_containment(edit, dropped)
    _follow_journeys(edit, positions)
    text = _tr("Move notes") if len(dropped) == len(positions) else _tr("Move items")
    return edit.push(text, merge_key)


def _stays_put(item: RecordValue | None, x: float, y: float) -> bool:
    """A drag let go where it began is no edit: no undo step, no restacking."""
    return isinstance(item, BoxItem) and (item.x, item.y) == (x, y)


def _follow_journeys(edit: ClusterEdit, positions: Mapping[str, tuple[float, float]]) -> None:
    """Moved journey maps bring their notes; notes let go over a map snap into its cell."""
    moved = (edit.current(key) for key in positions)
    boxes = [item for item in moved if isinstance(item, BoxItem) and not isinstance(item, Cluster)]
    for record in moved_records(edit.document, boxes):
        edit.put(record)


def _follow_containment(edit: ClusterEdit, dropped: Sequence[Note]) -> None:
    """Dropped notes join the cluster under their centre or leave theirs, judged all at once
    against where the clusters are after the move, so the order of the selection never matters."""
    clusters = edit.clusters()
    owner = {m: c.id for c in clusters for m in c.members}
    leaving: list[str] = []
    joining: dict[str, list[str]] = {}
    for note in dropped:
        target = cluster_for_note(note, clusters)
        if target is not None:
            joining.setdefault(target.id, []).append(note.id)
        elif note.id in owner:
            leaving.append(note.id)
    edit.leave(leaving)
    for cluster_id, note_ids in joining.items():
        edit.join(cluster_id, note_ids)


def tidy_cluster(document: BoardDocument, cluster_id: str) -> ChangeRecords | None:
    cluster = _cluster(document, cluster_id)
    tidied, notes = tidy(cluster, {n.id: n for n in notes_of(document, cluster.members)})
    return record_change(document, _tr("Tidy cluster"), [tidied, *notes])


def sort_cluster_by_votes(
    document: BoardDocument, cluster_id: str, round_id: str
) -> ChangeRecords | None:
    """Members laid out most-voted first, so the room reads the theme's priorities in order."""
    cluster = _cluster(document, cluster_id)
    voting = document.get(round_id)
    if not isinstance(voting, VotingRound):
        raise KeyError(f"no voting round {round_id!r}")
    notes = {n.id: n for n in notes_of(document, cluster.members)}
    arranged, placed = sort_by_votes(cluster, notes, voting.tally())
    return record_change(document, _tr("Sort cluster by votes"), [arranged, *placed])


def ungroup_clusters(document: BoardDocument, cluster_ids: Iterable[str]) -> ChangeRecords | None:
    """Remove the clusters and keep their notes where they are."""
    return _remove(document, cluster_ids, with_notes=False, text=_tr("Ungroup"))


def delete_clusters(
    document: BoardDocument, cluster_ids: Iterable[str], with_notes: bool
) -> ChangeRecords | None:
    """Remove the clusters, and their notes too if asked, with everything that referred to them."""
    text = _tr("Delete cluster and notes") if with_notes else _tr("Delete cluster")
    return _remove(document, cluster_ids, with_notes=with_notes, text=text)


def _remove(
    document: BoardDocument, cluster_ids: Iterable[str], with_notes: bool, text: str
) -> ChangeRecords | None:
    clusters = [c for c in (document.get(key) for key in cluster_ids) if isinstance(c, Cluster)]
    gone = [c.id for c in clusters]
    if with_notes:
        gone += [m for c in clusters for m in c.members]
    updated, removed = removal_plan(document.items(), document.records_of(VotingRound), gone)
    return record_change(document, text, updated, removed)
