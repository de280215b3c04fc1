"""The board: what a workshop made, as one validated value.

Validation here is what keeps ids, membership and geometry from ever disagreeing silently: a
reference to an id that is not there, a duplicate id or a note in two clusters is refused with
a message that names the ids, instead of being dropped or drawn wrongly later.
"""

import datetime
from collections.abc import Iterator
from functools import cached_property
from typing import Annotated, TypeVar

from pydantic import Field, model_validator

from codesign.model.bilingual import BoardLanguages
from codesign.model.bookmarks import Bookmark
from codesign.model.broken_rules import BrokenRule
from codesign.model.items import (
    MAX_ITEMS,
    Cluster,
    Connector,
    Id,
    Item,
    JourneyMap,
    Record,
)
from codesign.model.votes import Participant, VotingRound

T = TypeVar("T")


class BoardInfo(Record):
    """What the session was: shown on the report cover and in the window title."""

    title: str = "Untitled board"
    date: datetime.date | None = None
    facilitator: str = ""
    description: str = ""


class Board(BoardInfo):
    """One id names one thing: ids are unique across items, participants and rounds."""

    participants: tuple[Participant, ...] = ()
    items: Annotated[tuple[Item, ...], Field(max_length=MAX_ITEMS)] = ()
    rounds: tuple[VotingRound, ...] = ()
    bookmarks: tuple[Bookmark, ...] = ()
    frame_order: tuple[Id, ...] = ()
    """The facilitator's order of presentation frames (clusters, journey maps, bookmarks)."""
    languages: BoardLanguages | None = None
    """A bilingual board's two languages and what it shows; None for a board in one language,
    whose exports speak the app's language."""

    @cached_property
    def by_id(self) -> dict[str, Item]:
        return {item.id: item for item in self.items}

    def of_kind(self, cls: type[T]) -> Iterator[T]:
        return (item for item in self.items if isinstance(item, cls))

    @model_validator(mode="after")
    def _references_agree(self) -> "Board":
        # Plain `if` tests rather than a helper taking a message: building 10,000 unused
        # f-strings would triple the cost of loading a large board.
        ids: list[str] = []
        notes: set[str] = set()
        for item in self.items:
            ids.append(item.id)
            if item.kind == "note":
                notes.add(item.id)
        bookmarks = [b.id for b in self.bookmarks]
        _check_unique(
            [*ids, *(p.id for p in self.participants), *(r.id for r in self.rounds), *bookmarks]
        )
        clustered: dict[str, str] = {}
        for item in self.items:
            if isinstance(item, Cluster):
                _check_cluster(item, notes, clustered)
            elif isinstance(item, JourneyMap):
                _check_journey(item, notes)
            elif isinstance(item, Connector):
                _check_connector(item, set(ids))
        _check_votes(self, notes)
        if self.frame_order:
            _check_frame_order(self, bookmarks)
        return self


def _check_cluster(cluster: Cluster, notes: set[str], clustered: dict[str, str]) -> None:
    members = set(cluster.members)
    if (
        members <= notes
        and clustered.keys().isdisjoint(members)
        and len(members) == len(cluster.members)
    ):
        clustered.update(dict.fromkeys(members, cluster.id))
        return
    _check_unique(list(cluster.members), f"member of cluster {cluster.id!r}")
    for member in cluster.members:
        if member not in notes:
            raise BrokenRule(
                "cluster {cluster} lists {member}, not a note", cluster=cluster.id, member=member
            )
        owner = clustered.setdefault(member, cluster.id)
        if owner != cluster.id:
            raise BrokenRule(
                "note {note} is in two clusters ({one} and {other})",
                note=member,
                one=owner,
                other=cluster.id,
            )


def _check_connector(connector: Connector, ids: set[str]) -> None:
    for end in (connector.source, connector.target):
        if end not in ids:
            raise BrokenRule(
                "connector {connector} points at missing {end}", connector=connector.id, end=end
            )
        if end == connector.id:
            raise BrokenRule("connector {connector} points at itself", connector=connector.id)


def _check_votes(board: "Board", notes: set[str]) -> None:
    participants = {p.id for p in board.participants}
    clusters = {item.id for item in board.items if isinstance(item, Cluster)}
    for voting in board.rounds:
        for cluster_id in voting.scope:
            if cluster_id not in clusters:
                raise BrokenRule(
                    "voting round {round} is scoped to {cluster}, not a cluster",
                    round=voting.id,
                    cluster=cluster_id,
                )
        for dot in voting.dots:
            if dot.voter not in participants:
                raise BrokenRule(
                    "voting round {round} has a dot from unknown voter {voter}",
                    round=voting.id,
                    voter=dot.voter,
                )
            if dot.note not in notes:
                raise BrokenRule(
                    "voting round {round} has a dot on {note}, not a note",
                    round=voting.id,
                    note=dot.note,
                )


def _check_journey(journey: JourneyMap, notes: set[str]) -> None:
    where = f"journey {journey.id!r}"
    _check_unique([s.id for s in journey.stages], f"stage of {where}")
    _check_unique([lane.id for lane in journey.lanes], f"lane of {where}")
    _check_unique([p.note for p in journey.placements], f"note placed in {where}")
    stages = {s.id for s in journey.stages}
    lanes = {lane.id for lane in journey.lanes}
    emotion_lanes = {lane.id for lane in journey.lanes if lane.emotion}
    for place in journey.placements:
        problem = (
            "journey {journey} places {note}, not a note"
            if place.note not in notes
            else "journey {journey} places {note}, in missing stage {stage}"
            if place.stage not in stages
            else "journey {journey} places {note}, in missing lane {lane}"
            if place.lane not in lanes
            else "journey {journey} places {note}, in emotion lane {lane}"
            if place.lane in emotion_lanes
            else None
        )
        if problem:
            raise BrokenRule(
                problem, journey=journey.id, note=place.note, stage=place.stage, lane=place.lane
            )


def _check_frame_order(board: "Board", bookmarks: list[str]) -> None:
    frames = {item.id for item in board.items if isinstance(item, Cluster | JourneyMap)}
    frames.update(bookmarks)
    _check_unique(list(board.frame_order), "frame in frame_order")
    for frame in board.frame_order:
        if frame not in frames:
            raise BrokenRule(
                "frame_order lists {frame}, not a cluster, journey map or bookmark", frame=frame
            )


def _check_unique(ids: list[str], what: str = "") -> None:
    if len(set(ids)) == len(ids):
        return
    seen: set[str] = set()
    for value in ids:
        if value in seen:
            raise ValueError(f"duplicate {what + ' ' if what else ''}id {value!r}")
        seen.add(value)
