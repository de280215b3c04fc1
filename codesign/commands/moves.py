"""The one move command: items let go at new places, in one undo step, with what follows them.

Every way of moving (a mouse drag, a touch drag, a gesture on the wall) reports where the items
were let go and ends here: a moved theme carries its members, a moved journey map its placed
notes, and a dropped note joins the theme under its centre or snaps into a map's cell.
"""

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from codesign.commands.board_edit import BoardEdit
from codesign.commands.journeys import moved_records
from codesign.commands.outcome import NOTHING, Outcome
from codesign.document import BoardDocument, RecordValue
from codesign.model import BoxItem, Cluster, Note
from codesign.model.clustering import cluster_for_note


def _tr(text: str) -> str:
    return QCoreApplication.translate("commands", text)


def _notes_of(document: BoardDocument, ids: Sequence[str]) -> list[Note]:
    found = (document.get(key) for key in ids)
    return [note for note in found if isinstance(note, Note)]


def move_items(
    document: BoardDocument,
    positions: Mapping[str, tuple[float, float]],
    merge_key: str | None = None,
) -> Outcome:
    """The end of a drag: items to new top-left corners, in one step, membership following.

    A moved cluster carries its members by the same offset. Every other moved note then
    belongs to the cluster its centre landed in (which grows to contain it), or to none.
    """
    if all(_stays_put(document.get(key), x, y) for key, (x, y) in positions.items()):
        return NOTHING
    edit = BoardEdit(document)
    carried: set[str] = set()
    for key, (x, y) in positions.items():
        item = document.get(key)
        if not isinstance(item, Cluster):
            continue
        dx, dy = x - item.x, y - item.y
        edit.put(item.model_copy(update={"x": x, "y": y}))
        for note in _notes_of(document, item.members):
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


def _follow_journeys(edit: BoardEdit, positions: Mapping[str, tuple[float, float]]) -> None:
    """Moved journey maps bring their notes; notes let go over a map snap into its cell."""
    moved = (edit.current(key) for key in positions)
    boxes = [item for item in moved if isinstance(item, BoxItem) and not isinstance(item, Cluster)]
    for record in moved_records(edit.document, boxes):
        edit.put(record)


def _follow_containment(edit: BoardEdit, dropped: Sequence[Note]) -> None:
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
