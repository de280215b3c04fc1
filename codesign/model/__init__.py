"""The board as pure-Python pydantic models: no Qt, so export and the CLI run headless."""

from codesign.model.board import Board, BoardInfo
from codesign.model.items import (
    NOTE_SIZE,
    BoxItem,
    Cluster,
    Connector,
    Item,
    JourneyMap,
    Label,
    Lane,
    Note,
    Placement,
    Shape,
    Stage,
    Stroke,
    UnknownItem,
)
from codesign.model.palette import DEFAULT_NOTE_COLOUR, STICKY_PALETTE, resolve_colour
from codesign.model.votes import Dot, Participant, VotingRound

__all__ = [
    "DEFAULT_NOTE_COLOUR",
    "NOTE_SIZE",
    "STICKY_PALETTE",
    "Board",
    "BoardInfo",
    "BoxItem",
    "Cluster",
    "Connector",
    "Dot",
    "Item",
    "JourneyMap",
    "Label",
    "Lane",
    "Note",
    "Participant",
    "Placement",
    "Shape",
    "Stage",
    "Stroke",
    "UnknownItem",
    "VotingRound",
    "resolve_colour",
]
