"""The edit being assembled by a command: changed records gathered, pushed as one undo step.

Shared by the move command and the theme commands, which keep a theme's `members` and the
picture in agreement in the same step.
"""

from collections.abc import Iterable, Sequence

from codesign.commands.change_records import record_change
from codesign.commands.outcome import Outcome
from codesign.document import BoardDocument, RecordValue
from codesign.model import Cluster, Item, Note, VotingRound
from codesign.model.clustering import grow_to_contain


class BoardEdit:
    """Records changed so far in one edit, so several rules (a move, theme membership, journey
    snapping) can touch the same record and still push one undo step."""

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

    def push(self, text: str, merge_key: str | None = None, made: Sequence[str] = ()) -> Outcome:
        return record_change(
            self.document, text, self.values.values(), merge_key=merge_key, made=made
        )
