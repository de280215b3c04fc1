"""Participants and dot-voting rounds.

Votes are stored as counts of dots per (voter, note), so the file says who placed what, and a
"leave out names" export can drop the voter while keeping every total.
"""

from typing import Annotated, Literal

from pydantic import Field, model_validator

from codesign.model.broken_rules import BrokenRule
from codesign.model.items import Id, Record
from codesign.model.palette import Colour


class Participant(Record):
    id: Id
    name: str = Field(min_length=1, max_length=200)
    colour: Colour = "#3B5BDB"


class Dot(Record):
    voter: Id
    note: Id
    count: Annotated[int, Field(ge=1, le=1000)] = 1


class VotingRound(Record):
    """One round of dot voting: who may place how many dots, on what, and where they went."""

    id: Id
    title: str = ""
    budget: Annotated[int, Field(ge=1, le=1000)] = 3
    allow_stacking: bool = False
    scope: tuple[Id, ...] = ()
    """Cluster ids whose notes may be voted on; empty means every note on the board."""
    hide_tally: bool = False
    status: Literal["open", "closed"] = "open"
    dots: tuple[Dot, ...] = ()

    @model_validator(mode="after")
    def _dots_fit_the_rules(self) -> "VotingRound":
        spent: dict[str, int] = {}
        seen: set[tuple[str, str]] = set()
        for dot in self.dots:
            pair = (dot.voter, dot.note)
            if pair in seen:
                raise BrokenRule(
                    "voter {voter} has two dot entries on note {note}",
                    voter=dot.voter,
                    note=dot.note,
                )
            seen.add(pair)
            if dot.count > 1 and not self.allow_stacking:
                raise BrokenRule(
                    "voter {voter} stacked {count} dots on note {note} "
                    "but this round does not allow stacking",
                    voter=dot.voter,
                    count=dot.count,
                    note=dot.note,
                )
            spent[dot.voter] = spent.get(dot.voter, 0) + dot.count
            if spent[dot.voter] > self.budget:
                raise BrokenRule(
                    "voter {voter} placed more than the budget of {budget} dots",
                    voter=dot.voter,
                    budget=self.budget,
                )
        return self

    def tally(self) -> dict[str, int]:
        """Dots per note id."""
        totals: dict[str, int] = {}
        for dot in self.dots:
            totals[dot.note] = totals.get(dot.note, 0) + dot.count
        return totals
