"""Suggested themes: offered from the notes not yet clustered, accepted as one undo step."""

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from codesign.commands.board_edit import BoardEdit
from codesign.commands.clusters import beneath_notes, notes_of
from codesign.commands.outcome import Outcome
from codesign.document import BoardDocument
from codesign.model import BoxItem, Cluster, JourneyMap, Note
from codesign.model.clustering import arrange_in_grid, bounds, next_cluster_colour, reading_order
from codesign.model.ids import new_id
from codesign.model.theme_suggestions import SuggestedCluster, suggest_clusters

SUGGESTION_GAP = 80.0
"""Space between accepted suggested clusters, and between them and the rest of the board."""


def free_notes(document: BoardDocument) -> list[Note]:
    """Notes in no theme and on no journey map: the only ones a suggestion may move, since
    taking a note out of a journey cell or a theme would undo the room's own sorting."""
    placed = {m for c in document.records_of(Cluster) for m in c.members}
    placed.update(p.note for j in document.records_of(JourneyMap) for p in j.placements)
    return [note for note in document.records_of(Note) if note.id not in placed]


def suggestions(document: BoardDocument) -> list[SuggestedCluster]:
    """Themes proposed for the free notes, for a preview to accept or reject."""
    return suggest_clusters(free_notes(document))


def accept_suggestions(document: BoardDocument, accepted: Sequence[SuggestedCluster]) -> Outcome:
    """Make the accepted themes as tidy clusters in a row below the board, in one step.

    Below, not where the notes were: suggested notes come from all over the board, and a cluster
    fitted round scattered notes would cover everything between them.
    """
    everything = bounds(i for i in document.items() if isinstance(i, BoxItem))
    x = everything.x if everything else 0.0
    y = everything.bottom + SUGGESTION_GAP if everything else 0.0
    clusters = list(document.records_of(Cluster))
    edit = BoardEdit(document)
    made: list[str] = []
    for suggestion in accepted:
        notes = notes_of(document, suggestion.note_ids)
        if not notes:
            continue
        placeholder = Cluster(
            id=new_id("cluster"),
            x=x,
            y=y,
            z=beneath_notes(document),
            title=suggestion.title,
            colour=next_cluster_colour(clusters),
        )
        cluster, placed = arrange_in_grid(placeholder, reading_order(notes))
        edit.leave(cluster.members)
        for record in (cluster, *placed):
            edit.put(record)
        clusters.append(cluster)
        made.append(cluster.id)
        x = cluster.x + cluster.width + SUGGESTION_GAP
    return edit.push(QCoreApplication.translate("commands", "Accept suggested clusters"), made=made)
