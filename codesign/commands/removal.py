"""Deleting items without leaving the board invalid.

A deleted note must also leave its cluster, its journey cell, the connectors that end on it and
the vote dots placed on it, in the same undo step: otherwise the saved file would refer to an id
that is gone and refuse to load. Connectors that end on a deleted connector go too, to a fixed
point.
"""

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from codesign.commands.change_records import record_change
from codesign.commands.outcome import NOTHING, Outcome
from codesign.document import BoardDocument, RecordValue
from codesign.model import Cluster, Connector, Item, JourneyMap, VotingRound


def removal_plan(
    items: Iterable[Item], rounds: Iterable[VotingRound], ids: Iterable[str]
) -> tuple[list[RecordValue], list[str]]:
    """The records to rewrite and the keys to remove so that deleting `ids` keeps every
    reference on the board pointing at something that still exists."""
    by_id = {item.id: item for item in items}
    gone = {key for key in ids if key in by_id}
    ending_at: dict[str, list[str]] = {}
    for item in by_id.values():
        if isinstance(item, Connector):
            ending_at.setdefault(item.source, []).append(item.id)
            ending_at.setdefault(item.target, []).append(item.id)
    waiting = list(gone)  # each key is looked at once: a chain of arrows stays linear
    while waiting:
        for connector_id in ending_at.get(waiting.pop(), ()):
            if connector_id not in gone:
                gone.add(connector_id)
                waiting.append(connector_id)
    updated: list[RecordValue] = []
    for item in by_id.values():
        if item.id in gone:
            continue
        if isinstance(item, Cluster) and not gone.isdisjoint(item.members):
            members = tuple(m for m in item.members if m not in gone)
            updated.append(item.model_copy(update={"members": members}))
        elif isinstance(item, JourneyMap) and any(p.note in gone for p in item.placements):
            placements = tuple(p for p in item.placements if p.note not in gone)
            updated.append(item.model_copy(update={"placements": placements}))
    for voting in rounds:
        dots = tuple(d for d in voting.dots if d.note not in gone)
        scope = tuple(c for c in voting.scope if c not in gone)
        if dots != voting.dots or scope != voting.scope:
            updated.append(voting.model_copy(update={"dots": dots, "scope": scope}))
    return updated, sorted(gone)


def delete_items(document: BoardDocument, ids: Iterable[str], text: str | None = None) -> Outcome:
    """Delete as one step, named `text` (say "Cut") or "Delete"."""
    updated, removed = removal_plan(document.items(), document.records_of(VotingRound), ids)
    if not removed:
        return NOTHING
    text = text or QCoreApplication.translate("commands", "Delete")
    return record_change(document, text, updated, removed)
