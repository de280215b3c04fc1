"""The board: what a workshop made, as one validated value.

Validation here is what keeps ids, membership and geometry from ever disagreeing silently: a
reference to an id that is not there, a duplicate id or a note in two clusters is refused with
a message that names the ids, instead of being dropped or drawn wrongly later.
"""

import datetime
from collections.abc import Iterator
from functools import cached_property
from typing import TypeVar

from pydantic import model_validator

from codesign.model.items import (
    Cluster,
    Connector,
    Item,
    JourneyMap,
    Note,
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
    items: tuple[Item, ...] = ()
    rounds: tuple[VotingRound, ...] = ()

    @cached_property
    def by_id(self) -> dict[str, Item]:
        return {item.id: item for item in self.items}

    def of_kind(self, cls: type[T]) -> Iterator[T]:
        return (item for item in self.items if isinstance(item, cls))

    @model_validator(mode="after")
    def _references_agree(self) -> "Board":
        every_id = (
            *(item.id for item in self.items),
            *(p.id for p in self.participants),
            *(r.id for r in self.rounds),
        )
        _unique("", iter(every_id))
        ids = {item.id for item in self.items}
        participant_ids = {p.id for p in self.participants}
        notes = {item.id for item in self.items if isinstance(item, Note)}
        clusters = {item.id for item in self.items if isinstance(item, Cluster)}
        clustered: dict[str, str] = {}
        for item in self.items:
            if isinstance(item, Cluster):
                for member in item.members:
                    _require(member in notes, f"cluster {item.id!r} lists {member!r}, not a note")
                    owner = clustered.setdefault(member, item.id)
                    _require(
                        owner == item.id,
                        f"note {member!r} is in two clusters ({owner!r} and {item.id!r})",
                    )
            elif isinstance(item, JourneyMap):
                _check_journey(item, notes)
            elif isinstance(item, Connector):
                for end in (item.source, item.target):
                    _require(end in ids, f"connector {item.id!r} points at missing {end!r}")
                    _require(end != item.id, f"connector {item.id!r} points at itself")
        for voting in self.rounds:
            for cluster_id in voting.scope:
                _require(
                    cluster_id in clusters,
                    f"voting round {voting.id!r} is scoped to {cluster_id!r}, not a cluster",
                )
            for dot in voting.dots:
                _require(
                    dot.voter in participant_ids,
                    f"voting round {voting.id!r} has a dot from unknown voter {dot.voter!r}",
                )
                _require(
                    dot.note in notes,
                    f"voting round {voting.id!r} has a dot on {dot.note!r}, not a note",
                )
        return self


def _check_journey(journey: JourneyMap, notes: set[str]) -> None:
    stages = _unique(f"stage of journey {journey.id!r}", (s.id for s in journey.stages))
    lanes = _unique(f"lane of journey {journey.id!r}", (lane.id for lane in journey.lanes))
    emotion_lanes = {lane.id for lane in journey.lanes if lane.emotion}
    _unique(f"note placed in journey {journey.id!r}", (p.note for p in journey.placements))
    for place in journey.placements:
        where = f"journey {journey.id!r} places {place.note!r}"
        _require(place.note in notes, f"{where}, not a note")
        _require(place.stage in stages, f"{where} in missing stage {place.stage!r}")
        _require(place.lane in lanes, f"{where} in missing lane {place.lane!r}")
        _require(place.lane not in emotion_lanes, f"{where} in emotion lane {place.lane!r}")


def _unique(what: str, ids: Iterator[str]) -> set[str]:
    seen: set[str] = set()
    for value in ids:
        _require(value not in seen, f"duplicate {what + ' ' if what else ''}id {value!r}")
        seen.add(value)
    return seen


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise ValueError(message)
